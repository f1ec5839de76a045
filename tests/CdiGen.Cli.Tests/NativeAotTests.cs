using System.Diagnostics;

namespace CdiGen.Cli.Tests;

/// <summary>
/// The tool publishes as NativeAOT with no trimming or AOT warnings, and the native binary
/// works. Slow (a full publish), so it is one test doing both.
/// </summary>
public sealed class NativeAotTests
{
    [Fact]
    public void The_tool_publishes_as_native_aot_without_warnings_and_runs()
    {
        using var directory = new TempDirectory();
        var output = Path.Combine(directory.Path, "out");
        var project = Path.Combine(RepoRoot(), "src", "CdiGen.Cli", "CdiGen.Cli.csproj");

        var publish = Dotnet(
            "publish", project, "-r", "linux-x64", "-p:PublishAot=true", "-o", output,
            // Its own build tree, so the publish never touches the outputs the tests run from.
            "--artifacts-path", Path.Combine(directory.Path, "artifacts"), "-p:UseSharedCompilation=false");

        Assert.True(publish.ExitCode == 0, publish.Output);
        var warnings = publish.Output.Split('\n').Where(line => line.Contains("warning ", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));

        var spec = directory.File("legacy.cdi.yaml", "cdiVersion: 0.5.0\nkind: example.com/x\ndevices:\n- name: x\n  containerEdits:\n    additionalGids: [44]\n");
        var lint = Run(Path.Combine(output, "cdi"), "lint", spec);
        Assert.Equal(1, lint.ExitCode);
        Assert.Equal($"{spec}(6,5): error CDI001: additionalGids requires cdiVersion 0.7.0 or later; this spec declares 0.5.0", lint.Output.Trim());
        Assert.Equal((0, "0.7.0"), (Run(Path.Combine(output, "cdi"), "minver", spec) is var minver ? (minver.ExitCode, minver.Output.Trim()) : default));
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "CdiGen.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("CdiGen.sln not found above the test output");
        }
        return directory.FullName;
    }

    private static (int ExitCode, string Output) Dotnet(params string[] args) => Run("dotnet", args);

    private static (int ExitCode, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 10 minutes");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
