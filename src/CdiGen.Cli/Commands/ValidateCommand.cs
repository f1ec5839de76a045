using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CdiGen.Registry;
using CdiGen.Cli.Model;
using CdiGen.Serialization;

namespace CdiGen.Cli.Commands;

/// <summary><c>cdi validate FILE...</c>: reads and validates each spec file, one verdict line per problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Spec files to validate; without any, every spec file of the spec directories.", Arity = ArgumentArity.ZeroOrMore };
        var specDirs = SpecDirectoryOption.Create();
        var command = new Command("validate", "Validate CDI spec files: prints \"PATH: ok\" or \"PATH: error: ...\" for each.") { files, specDirs };
        command.SetAction(result =>
        {
            var named = result.GetValue(files) ?? [];
            if (named.Length > 0)
            {
                return Report(console, named.SelectMany(Verdicts));
            }
            using var registry = SpecDirectoryOption.Open(result, specDirs);
            return Report(console, DirectoryVerdicts(registry));
        });
        return command;
    }

    private static int Report(CliConsole console, IEnumerable<string> verdicts)
    {
        var failed = false;
        foreach (var line in verdicts)
        {
            console.Output.WriteLine(line);
            failed |= !line.EndsWith(": ok", StringComparison.Ordinal);
        }
        return failed ? CdiCommandLine.Failure : CdiCommandLine.Success;
    }

    /// <summary>
    /// A verdict for every spec file the registry scanned, in directory priority order: its
    /// errors (unreadable, invalid, or a device conflicting with another file), or ok.
    /// </summary>
    private static IEnumerable<string> DirectoryVerdicts(CdiRegistry registry)
    {
        var snapshot = registry.Snapshot;
        var paths = snapshot.Specs.Select(spec => spec.Path)
            .Concat(snapshot.Errors.Select(error => error.Path))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(path => DirectoryIndex(registry, path))
            .ThenBy(path => path, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var errors = snapshot.GetErrors(path);
            if (errors.Count == 0)
            {
                yield return $"{path}: ok";
                continue;
            }
            foreach (var error in errors)
            {
                // Registry messages name their file already; the verdict line names it once.
                var message = error.Message.StartsWith(path + ": ", StringComparison.Ordinal) ? error.Message[(path.Length + 2)..] : error.Message;
                yield return $"{path}: error: {(error.Code is null ? "" : error.Code + ": ")}{message}";
            }
        }
    }

    private static int DirectoryIndex(CdiRegistry registry, string path)
    {
        var directory = Path.GetDirectoryName(path);
        for (var i = 0; i < registry.SpecDirectories.Count; i++)
        {
            if (string.Equals(Path.TrimEndingDirectorySeparator(registry.SpecDirectories[i]), directory, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return int.MaxValue;
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
