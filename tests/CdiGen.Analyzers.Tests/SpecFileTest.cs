using CdiGen.Analyzers.SpecFiles;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CdiGen.Analyzers.Tests;

/// <summary>
/// The spec-file analyzer under Microsoft.CodeAnalysis.Testing: the spec file is an
/// AdditionalFile with span markup inside it, its CdiGenKind=Spec metadata comes from a
/// global analyzer config as the package's targets would set it.
/// </summary>
internal sealed class SpecFileTest : CSharpAnalyzerTest<SpecFileAnalyzer, DefaultVerifier>
{
    public SpecFileTest(string path, string markup, string? extraConfig = null)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net8.0-offline");
        TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        TestState.Sources.Add("class Empty { }");
        TestState.AdditionalFiles.Add((path, markup));
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\n{extraConfig}\n[{path}]\nbuild_metadata.AdditionalFiles.CdiGenKind = Spec\n"));
    }

    /// <summary>Runs the analyzer over one spec file; the markup's spans are the expected diagnostics.</summary>
    public static Task VerifyAsync(string path, string markup, params DiagnosticResult[] expected)
    {
        var test = new SpecFileTest(path, markup);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
