using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CdiGen.Generators.Tests;

/// <summary>
/// The pipeline does no work it need not: an unrelated edit leaves every step cached, a
/// whitespace edit of the schema stops at the schema model, a real schema edit re-emits.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly string[] s_trackedSteps =
    {
        TrackingNames.Options, TrackingNames.SchemaFiles, TrackingNames.SchemaModel, TrackingNames.GenerationModel, TrackingNames.Diagnostics,
    };

    [Fact]
    public void An_unrelated_csharp_edit_reruns_no_step()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(GeneratorHarness.SchemaFiles(), trackSteps: true).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("class A { int x; }", new CSharpParseOptions(LanguageVersion.CSharp12), path: "Source0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in s_trackedSteps)
        {
            var reasons = Reasons(result, step);
            Assert.True(reasons.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged),
                $"step {step} ran again: {string.Join(", ", reasons)}");
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void A_whitespace_edit_of_the_schema_stops_at_the_schema_model()
    {
        var files = GeneratorHarness.SchemaFiles();
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(files, trackSteps: true).RunGenerators(compilation);

        var root = files.Single(f => f.Path.EndsWith("cdi.schema.json", StringComparison.Ordinal));
        var reformatted = new InMemoryAdditionalText(root.Path, root.GetText()!.ToString().Replace("\n", "\n  "));
        driver = driver.ReplaceAdditionalText(root, reformatted).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.SchemaFiles));
        Assert.All(Reasons(result, TrackingNames.SchemaModel), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Reasons(result, TrackingNames.GenerationModel), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void A_schema_edit_changes_the_output()
    {
        var files = GeneratorHarness.SchemaFiles();
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(files, trackSteps: true).RunGenerators(compilation);
        var before = Source(driver, "ContainerEdits.g.cs");

        var defs = files.Single(f => f.Path.EndsWith("cdi-defs.schema.json", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(defs.Path, defs.GetText()!.ToString()
            .Replace("Extra group ids for the container's process", "Supplementary group ids"));
        driver = driver.ReplaceAdditionalText(defs, edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.SchemaModel));
        var after = Source(driver, "ContainerEdits.g.cs");
        Assert.NotEqual(before, after);
        Assert.Contains("Supplementary group ids", after);
    }

    private static ImmutableArray<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(run => run.Outputs).Select(output => output.Reason).ToImmutableArray()
            : throw new Xunit.Sdk.XunitException($"step {step} was not tracked");

    private static string Source(GeneratorDriver driver, string hintName) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
