using System;
using System.CommandLine;
using System.IO;
using CdiGen.Cli.Commands;

namespace CdiGen.Cli;

/// <summary>
/// The <c>cdi</c> command tree and its exit-code contract: 0 success, 1 a failed check or
/// operation, 2 a usage error. Results go to <c>Output</c>, errors to <c>Error</c>, so the
/// whole tool runs in-process in tests.
/// </summary>
internal static class CdiCommandLine
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("Container Device Interface (CDI) tool: validate, lint and generate CDI specs, list and inject devices.");
        root.Add(ValidateCommand.Create(console));
        root.Add(MinverCommand.Create(console));
        root.Add(LintCommand.Create(console));
        root.Add(GenerateCommand.Create(console));
        root.Add(InjectCommand.Create(console));
        root.Add(ResolveCommand.Create(console));
        foreach (var list in ListCommands.Create(console))
        {
            root.Add(list);
        }
        root.Add(MonitorCommand.Create(console));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"cdi: {problem.Message}");
            }
            error.WriteLine("Run 'cdi --help' for usage.");
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}

/// <summary>Where a command writes its results and its errors.</summary>
internal sealed record CliConsole(TextWriter Output, TextWriter Error)
{
    /// <summary>Writes an error line and returns the failure exit code.</summary>
    public int Fail(string message)
    {
        Error.WriteLine($"cdi: {message}");
        return CdiCommandLine.Failure;
    }
}
