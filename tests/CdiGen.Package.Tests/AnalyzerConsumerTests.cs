using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace CdiGen.Package.Tests;

/// <summary>
/// The packed analyzers check a consumer's spec files in <c>dotnet build</c>: a spec that
/// uses a field its declared version lacks fails the build with CDI001 at the exact key.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed partial class AnalyzerConsumerTests(PackedPackage package, ITestOutputHelper output)
{
    private const string Program = """
        Console.WriteLine("built");
        """;

    private const string BadSpec = """
        cdiVersion: "0.5.0"
        kind: legacy.example.com/fpga
        devices:
          - name: fpga0
            containerEdits:
              additionalGids: [44]
        """;

    private const string CleanSpec = """
        cdiVersion: "0.7.0"
        kind: legacy.example.com/fpga
        devices:
          - name: fpga0
            containerEdits:
              additionalGids: [44]
        """;

    [Fact]
    public async Task A_spec_file_needing_a_newer_version_fails_the_build_with_CDI001_at_the_key()
    {
        var consumer = ConsumerProject.Create(package, "BadSpec", "", new Dictionary<string, string>
        {
            ["Program.cs"] = Program,
            ["cdi/legacy.yaml"] = BadSpec,
        });

        var build = await consumer.BuildAsync();
        output.WriteLine(build.Describe());

        Assert.NotEqual(0, build.ExitCode);
        var expected = $"{Path.Combine(consumer.Directory, "cdi", "legacy.yaml")}(6,7): error CDI001: additionalGids requires cdiVersion 0.7.0 or later; this spec declares 0.5.0";
        Assert.Contains(expected, build.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(LoadProblem(), build.Output);
    }

    [Fact]
    public async Task A_clean_spec_file_gives_no_CDI_diagnostic()
    {
        var consumer = ConsumerProject.Create(package, "CleanSpec", "", new Dictionary<string, string>
        {
            ["Program.cs"] = Program,
            ["devices.cdi.yaml"] = CleanSpec,
        });

        var build = await consumer.BuildAsync();
        output.WriteLine(build.Describe());

        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.DoesNotMatch(CdiDiagnostic(), build.Output);
        Assert.DoesNotMatch(LoadProblem(), build.Output);
    }

    [GeneratedRegex(@"\b(CS8032|CS8033|CS8784|CS8785|AD0001)\b")]
    private static partial Regex LoadProblem();

    [GeneratedRegex(@"\bCDI\d{3}\b")]
    private static partial Regex CdiDiagnostic();
}
