using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace CdiGen.Package.Tests;

/// <summary>
/// A user's project references the packed CdiGen, and the generator, its dependencies, the
/// schema and the MSBuild glue all work from the package alone.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed partial class ConsumerTests(PackedPackage package, ITestOutputHelper output)
{
    private const string SpecFile = """
        cdiVersion: "1.0.0"
        kind: example.com/gpu
        containerEdits:
          env:
            - EXAMPLE_DRIVER=1
        devices:
          - name: gpu0
            containerEdits:
              deviceNodes:
                - path: /dev/null
                  type: c
                  major: 1
                  minor: 3
          - name: gpu1
            containerEdits:
              additionalGids: [44]
        """;

    private const string ReadingProgram = """
        using CdiGen.Model;

        // Reads the spec with the model generated in this project from the packaged schema.
        var spec = Spec.ReadFile(args[0]);
        Console.WriteLine($"kind: {spec.Kind}");
        foreach (var device in spec.Devices)
        {
            Console.WriteLine($"device: {device.Name}");
        }
        Console.WriteLine($"declared: {spec.CdiVersion}");
        Console.WriteLine($"minimum: {spec.MinimumRequiredVersion()}");
        Console.WriteLine($"errors: {spec.Validate().Count}");
        """;

    private const string GidsProgram = """
        using CdiGen.Model;

        var edits = new ContainerEdits();
        Console.WriteLine(edits.AdditionalGids);
        """;

    [Fact]
    public async Task Builds_and_runs_a_project_that_reads_a_spec_with_the_generated_model()
    {
        var consumer = ConsumerProject.Create(package, "Reader", "", new Dictionary<string, string>
        {
            ["Program.cs"] = ReadingProgram,
            ["gpu.cdi.yaml"] = SpecFile,
        });

        var build = await consumer.BuildAsync();
        Report(build);
        Assert.True(build.ExitCode == 0, build.Describe());
        // A generator that fails to load (a missing dependency) is only a warning, CS8785 or
        // CS8032; the generator's own problems are CDIGEN warnings. None may appear.
        Assert.DoesNotMatch(GeneratorProblem(), build.Output);

        var run = await consumer.RunAsync(Path.Combine(consumer.Directory, "gpu.cdi.yaml"));
        Report(run);
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(
            [
                "kind: example.com/gpu",
                "device: gpu0",
                "device: gpu1",
                "declared: 1.0.0",
                "minimum: 0.7.0",
                "errors: 0",
            ],
            Lines(run.Output));
    }

    [Fact]
    public async Task Pinned_to_0_5_0_the_model_has_no_additionalGids()
    {
        var consumer = ConsumerProject.Create(package, "Pinned", "<CdiGenTargetVersion>0.5.0</CdiGenTargetVersion>", new Dictionary<string, string>
        {
            ["Program.cs"] = GidsProgram,
        });

        var build = await consumer.BuildAsync();
        Report(build);

        Assert.NotEqual(0, build.ExitCode);
        // The member is simply not generated; any other error would mean the pin broke the model.
        var errors = CompilerErrors().Matches(build.Output).Select(m => m.Groups["id"].Value).Distinct().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, id => Assert.Contains(id, new[] { "CS0117", "CS1061" }));
        Assert.Contains("AdditionalGids", build.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(GeneratorProblem(), build.Output);
    }

    private void Report(CliResult result) =>
        output.WriteLine($"{result.CommandLine}: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:F1} s (pack took {package.Pack?.Elapsed.TotalSeconds:F1} s)");

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"\b(CS8785|CS8032|CS8784|CDIGEN\d{3})\b")]
    private static partial Regex GeneratorProblem();

    [GeneratedRegex(@"error (?<id>[A-Z]+\d+):")]
    private static partial Regex CompilerErrors();
}
