using Microsoft.CodeAnalysis;

namespace CdiGen.Generators.Tests;

/// <summary>The MSBuild options shape the generated code, and bad ones are reported.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void Namespace_and_accessibility_follow_the_options()
    {
        var (output, diagnostics, _) = GeneratorHarness.Run(new Dictionary<string, string>
        {
            ["CdiGenNamespace"] = "Acme.Devices",
            ["CdiGenAccessibility"] = "public",
        });

        Assert.Empty(diagnostics);
        var spec = output.GetTypeByMetadataName("Acme.Devices.Spec");
        Assert.NotNull(spec);
        Assert.Equal(Accessibility.Public, spec!.DeclaredAccessibility);
    }

    [Fact]
    public void Types_are_internal_by_default()
    {
        var (output, _, _) = GeneratorHarness.Run();
        Assert.Equal(Accessibility.Internal, output.GetTypeByMetadataName("CdiGen.Model.Spec")!.DeclaredAccessibility);
    }

    [Fact]
    public void A_pinned_target_version_drops_newer_members_so_using_them_does_not_compile()
    {
        const string usesAdditionalGids = "class User { void M() { var edits = new CdiGen.Model.ContainerEdits(); edits.AdditionalGids = null; } }";
        var (output, diagnostics, _) = GeneratorHarness.Run(
            new Dictionary<string, string> { ["CdiGenTargetVersion"] = "0.5.0" }, null, usesAdditionalGids);

        Assert.Empty(diagnostics);
        Assert.Contains(output.GetDiagnostics(), d => d.Id == "CS1061" && d.GetMessage().Contains("AdditionalGids"));
        Assert.Null(output.GetTypeByMetadataName("CdiGen.Model.IntelRdt"));
        var version = output.GetTypeByMetadataName("CdiGen.Model.CdiSpecVersion")!;
        Assert.NotEmpty(version.GetMembers("V0_5_0"));
        Assert.Empty(version.GetMembers("V0_6_0"));
    }

    [Fact]
    public void The_same_code_compiles_without_a_pin()
    {
        const string usesAdditionalGids = "class User { void M() { var edits = new CdiGen.Model.ContainerEdits(); edits.AdditionalGids = null; } }";
        var (output, _, _) = GeneratorHarness.Run(null, null, usesAdditionalGids);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("CdiGenNamespace", "not a namespace!")]
    [InlineData("CdiGenNamespace", "class.Model")]
    [InlineData("CdiGenAccessibility", "protected")]
    [InlineData("CdiGenTargetVersion", "0.9.0")]
    [InlineData("CdiGenTargetVersion", "latest")]
    public void A_bad_option_is_reported_as_CDIGEN004(string property, string value)
    {
        var (_, diagnostics, _) = GeneratorHarness.Run(new Dictionary<string, string> { [property] = value });

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CDIGEN004", diagnostic.Id);
        Assert.Contains(property, diagnostic.GetMessage());
    }
}
