using System.Diagnostics;
using System.Text;

namespace CdiGen.Ide.Tests;

/// <summary>The outcome of one command: exit code and the interleaved output.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>Everything the command printed, to read the cause of a failure in the test log.</summary>
    public string Describe() => $"`{CommandLine}` exited with {ExitCode}. Output:{Environment.NewLine}{Output}";
}

/// <summary>Runs the dotnet CLI as a user would, outside the test host's MSBuild environment, with a timeout.</summary>
public static class ProcessRunner
{
    /// <summary>
    /// A start info for <paramref name="fileName"/> whose environment has none of the MSBuild
    /// settings <c>dotnet test</c> exports for its own build: a child build, or the MSBuild that
    /// csharp-ls locates, must see the SDK the way a user's shell does.
    /// </summary>
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var name in start.Environment.Keys.Where(IsMSBuildSetting).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // Build servers outlive the command and keep its output pipes open; none may linger.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        return start;
    }

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>; a hung command is killed and fails.</summary>
    public static async Task<CommandResult> DotNetAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = StartInfo(DotNetExecutable, workingDirectory, arguments);
        start.RedirectStandardInput = false;
        var output = new StringBuilder();
        var commandLine = "dotnet " + string.Join(' ', arguments);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(new CommandResult(commandLine, -1, Snapshot(output)).Describe());
        }
        // The parameterless wait also drains the redirected output.
        await process.WaitForExitAsync();
        return new CommandResult(commandLine, process.ExitCode, Snapshot(output));
    }

    /// <summary>The dotnet host running this test, so children use the same SDK.</summary>
    public static string DotNetExecutable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static bool IsMSBuildSetting(string name) =>
        name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || name.Equals("MSBuildExtensionsPath", StringComparison.OrdinalIgnoreCase)
        || name.Equals("MSBuildSDKsPath", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
