using System;
using System.CommandLine;
using CdiGen.Cli.Model;
using CdiGen.Serialization;

namespace CdiGen.Cli.Commands;

/// <summary><c>cdi validate FILE...</c>: reads and validates each spec file, one verdict line per problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Spec files to validate.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Validate CDI spec files: prints \"PATH: ok\" or \"PATH: error: ...\" for each.") { files };
        command.SetAction(result => Run(console, result.GetValue(files)!));
        return command;
    }

    private static int Run(CliConsole console, string[] files)
    {
        var failed = false;
        foreach (var file in files)
        {
            foreach (var line in Verdicts(file))
            {
                console.Output.WriteLine(line);
                failed |= !line.EndsWith(": ok", StringComparison.Ordinal);
            }
        }
        return failed ? CdiCommandLine.Failure : CdiCommandLine.Success;
    }

    /// <summary>"PATH: ok", or one "PATH: error: ..." line per problem.</summary>
    public static string[] Verdicts(string file)
    {
        Spec spec;
        try
        {
            spec = Spec.ReadFile(file);
        }
        catch (CdiFormatException error)
        {
            return [$"{file}: error: {error.Message}"];
        }
        catch (Exception error) when (error is System.IO.IOException or UnauthorizedAccessException)
        {
            return [$"{file}: error: {error.Message}"];
        }
        var errors = spec.Validate();
        if (errors.Count == 0)
        {
            return [$"{file}: ok"];
        }
        return Array.ConvertAll([.. errors], e => $"{file}: error: {e.Code}: {e}");
    }
}
