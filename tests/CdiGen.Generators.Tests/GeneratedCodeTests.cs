using Microsoft.CodeAnalysis;

namespace CdiGen.Generators.Tests;

/// <summary>The emitted sources compile cleanly and match the checked-in baselines.</summary>
public sealed class GeneratedCodeTests
{
    [Fact]
    public void Emitted_sources_compile_without_warnings()
    {
        var (output, generatorDiagnostics, result) = GeneratorHarness.Run();

        Assert.Empty(generatorDiagnostics);
        Assert.True(result.GeneratedTrees.Length > 20, $"only {result.GeneratedTrees.Length} files were generated");
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Emitted_sources_match_the_baselines()
    {
        var (_, _, result) = GeneratorHarness.Run();
        var generated = result.Results.Single().GeneratedSources
            .ToDictionary(source => source.HintName, source => source.SourceText.ToString());
        var directory = GeneratorHarness.BaselineDirectory;

        if (Environment.GetEnvironmentVariable("CDIGEN_UPDATE_BASELINES") == "1")
        {
            foreach (var stale in Directory.GetFiles(directory, "*.cs"))
            {
                File.Delete(stale);
            }
            foreach (var (hintName, text) in generated)
            {
                File.WriteAllText(Path.Combine(directory, hintName), text);
            }
        }

        var baselines = Directory.GetFiles(directory, "*.cs").ToDictionary(path => Path.GetFileName(path), File.ReadAllText);
        Assert.Equal(baselines.Keys.Order(StringComparer.Ordinal), generated.Keys.Order(StringComparer.Ordinal));
        foreach (var (hintName, text) in generated)
        {
            Assert.True(
                baselines[hintName] == text,
                $"{hintName} differs from its baseline; review the change, then run the tests with CDIGEN_UPDATE_BASELINES=1 to accept it");
        }
    }

    [Fact]
    public void Every_versioned_member_carries_its_attribute()
    {
        var (output, _, _) = GeneratorHarness.Run();
        var edits = output.GetTypeByMetadataName("CdiGen.Model.ContainerEdits")!;
        var intelRdt = output.GetTypeByMetadataName("CdiGen.Model.IntelRdt")!;

        Assert.Equal("0.7.0", SinceOf(edits.GetMembers("AdditionalGids").Single()));
        Assert.Equal("1.1.0", SinceOf(edits.GetMembers("NetDevices").Single()));
        Assert.Null(SinceOf(edits.GetMembers("Env").Single()));
        var enableCmt = intelRdt.GetMembers("EnableCMT").Single();
        Assert.Equal("0.7.0", SinceOf(enableCmt));
        Assert.Equal("1.1.0", enableCmt.GetAttributes().Single(a => a.AttributeClass!.Name == "CdiRemovedAttribute").ConstructorArguments[0].Value);
    }

    private static string? SinceOf(ISymbol member) =>
        member.GetAttributes().SingleOrDefault(a => a.AttributeClass!.Name == "CdiSinceAttribute")?.ConstructorArguments[0].Value as string;
}
