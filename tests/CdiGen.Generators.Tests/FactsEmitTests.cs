using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CdiGen.Generators.Tests;

/// <summary>
/// <c>CdiGenEmit=Facts</c>: the generator emits only <c>CdiSchemaFacts</c>, the table the
/// analyzers read, in a form a netstandard2.0 project with no runtime reference compiles.
/// </summary>
public sealed class FactsEmitTests
{
    private static readonly Dictionary<string, string> FactsMode = new() { ["CdiGenEmit"] = "Facts", ["CdiGenNamespace"] = "CdiGen.Analyzers.Facts" };

    private static string FactsBaselineDirectory => Path.Combine(GeneratorHarness.BaselineDirectory, "Facts");

    [Fact]
    public void Facts_mode_emits_one_file_that_compiles_as_CSharp_10_without_the_runtime()
    {
        var (_, generatorDiagnostics, result) = GeneratorHarness.Run(FactsMode);

        Assert.Empty(generatorDiagnostics);
        var tree = Assert.Single(result.GeneratedTrees);
        Assert.EndsWith("CdiSchemaFacts.g.cs", tree.FilePath, StringComparison.Ordinal);
        var compilation = CSharpCompilation.Create(
            "FactsOnly",
            new[] { CSharpSyntaxTree.ParseText(tree.GetText(), new CSharpParseOptions(LanguageVersion.CSharp10)) },
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Facts_carry_the_version_rules_of_the_schema()
    {
        var (_, _, result) = GeneratorHarness.Run(FactsMode);
        var text = Assert.Single(result.GeneratedTrees).GetText().ToString();

        Assert.Contains("public const string MinimumVersion = \"0.3.0\";", text, StringComparison.Ordinal);
        Assert.Contains("new CdiFieldFacts(\"additionalGids\", \"AdditionalGids\", CdiFieldKind.UInt32, true, null, false, \"0.7.0\", null,", text, StringComparison.Ordinal);
        Assert.Contains("new CdiFieldFacts(\"enableCMT\", \"EnableCMT\", CdiFieldKind.Boolean, false, null, false, \"0.7.0\", \"1.1.0\",", text, StringComparison.Ordinal);
        Assert.Contains("new CdiValueRuleFacts(\"0.5.0\", \"^[0-9]\", \"a device name that starts with a digit\")", text, StringComparison.Ordinal);
        Assert.DoesNotContain("class Spec", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_emit_mode_is_CDIGEN004_and_the_model_is_emitted()
    {
        var (_, generatorDiagnostics, result) = GeneratorHarness.Run(new Dictionary<string, string> { ["CdiGenEmit"] = "Tables" });

        var diagnostic = Assert.Single(generatorDiagnostics);
        Assert.Equal("CDIGEN004", diagnostic.Id);
        Assert.Contains("CdiGenEmit", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(result.GeneratedTrees, tree => tree.FilePath.EndsWith("Spec.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Facts_match_the_baseline()
    {
        var (_, _, result) = GeneratorHarness.Run(FactsMode);
        var source = Assert.Single(result.Results.Single().GeneratedSources);
        var path = Path.Combine(FactsBaselineDirectory, source.HintName);

        if (Environment.GetEnvironmentVariable("CDIGEN_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(FactsBaselineDirectory);
            File.WriteAllText(path, source.SourceText.ToString());
        }

        Assert.True(
            File.ReadAllText(path) == source.SourceText.ToString(),
            $"{source.HintName} differs from its baseline; review the change, then run the tests with CDIGEN_UPDATE_BASELINES=1 to accept it");
    }
}
