using System.Diagnostics;
using System.Globalization;

namespace CdiGen.Package.Tests;

/// <summary>
/// The <c>cdi</c> tool as operators get it: packed as the dotnet tool <c>CdiGen.Cli</c>,
/// installed from a local feed with <c>dotnet tool install</c>, and run as <c>cdi</c>.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cdigen-tool-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task The_tool_installs_from_its_package_and_runs_as_cdi()
    {
        var version = "0.0.0-tool.t" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var feed = Path.Combine(_root, "feed");
        var tools = Path.Combine(_root, "tools");

        var pack = await DotNetCli.RunAsync(RepositoryRootAttribute.Current,
        [
            "pack", "src/CdiGen.Cli/CdiGen.Cli.csproj", "-c", "Release", "-o", feed,
            "--artifacts-path", Path.Combine(_root, "artifacts"), "-p:Version=" + version, "--disable-build-servers", "-nologo",
        ]);
        Assert.True(pack.ExitCode == 0, pack.Describe());
        Assert.True(File.Exists(Path.Combine(feed, $"CdiGen.Cli.{version}.nupkg")), pack.Describe());

        var install = await DotNetCli.RunAsync(_root,
            ["tool", "install", "CdiGen.Cli", "--version", version, "--tool-path", tools, "--add-source", feed]);
        Assert.True(install.ExitCode == 0, install.Describe());

        var spec = Path.Combine(_root, "legacy.cdi.yaml");
        File.WriteAllText(spec, "cdiVersion: 0.5.0\nkind: example.com/x\ndevices:\n- name: x\n  containerEdits:\n    additionalGids: [44]\n");
        var (lintCode, lintOutput) = Run(Path.Combine(tools, "cdi"), "lint", spec);
        Assert.Equal((1, $"{spec}(6,5): error CDI001: additionalGids requires cdiVersion 0.7.0 or later; this spec declares 0.5.0"), (lintCode, lintOutput.Trim()));
        var (helpCode, help) = Run(Path.Combine(tools, "cdi"), "--help");
        Assert.Equal(0, helpCode);
        foreach (var command in new[] { "inject", "validate", "minver", "lint", "devices", "vendors", "classes", "specs", "resolve", "monitor", "generate" })
        {
            Assert.Contains($"  {command}", help);
        }
    }

    private static (int ExitCode, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), $"{program} did not exit within a minute");
        return (process.ExitCode, output.Result + error.Result);
    }
}
