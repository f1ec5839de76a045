using System.Diagnostics;

namespace CdiGen.Ide.Tests;

/// <summary>
/// The csharp-ls language server as a dotnet tool under the repository's artifacts/tools
/// (git-ignored): CI machines are fresh, so the test installs it itself, once per machine.
/// </summary>
public static class CsharpLs
{
    /// <summary>The version whose behaviour the test relies on: analyzers only when the client asks, diagnostics pushed.</summary>
    public const string Version = "0.28.0";

    private const string PackageId = "csharp-ls";

    /// <summary>Installs the pinned version unless it is there already; returns the tool's executable.</summary>
    public static async Task<string> EnsureInstalledAsync(string repositoryRoot)
    {
        var toolPath = Path.Combine(repositoryRoot, "artifacts", "tools");
        var executable = Path.Combine(toolPath, OperatingSystem.IsWindows() ? PackageId + ".exe" : PackageId);
        if (File.Exists(executable) && Directory.Exists(Path.Combine(toolPath, ".store", PackageId, Version)))
        {
            return executable;
        }

        // `update` installs when the tool is missing and replaces any other version.
        var install = await ProcessRunner.DotNetAsync(repositoryRoot, TimeSpan.FromMinutes(3),
            "tool", "update", "--tool-path", toolPath, PackageId, "--version", Version, "--allow-downgrade");
        if (install.ExitCode != 0 || !File.Exists(executable))
        {
            throw new InvalidOperationException($"Installing {PackageId} {Version} failed. " + install.Describe());
        }
        return executable;
    }

    /// <summary>A start info for the server over stdio, with <paramref name="workspace"/> as its working directory.</summary>
    public static ProcessStartInfo StartInfo(string executable, string workspace)
    {
        var start = ProcessRunner.StartInfo(executable, workspace, ["--loglevel", "info"]);
        // The tool is framework-dependent: point its apphost at the runtime running this test.
        var dotnet = ProcessRunner.DotNetExecutable;
        if (Path.IsPathRooted(dotnet) && Path.GetDirectoryName(dotnet) is { } root)
        {
            start.Environment["DOTNET_ROOT"] = root;
        }
        return start;
    }
}
