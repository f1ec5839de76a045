using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
#if !CDI_NO_SCHEMA_VALIDATION
using CdiGen.Cli.Schema;
#endif
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
        var schema = new Option<string?>("--schema")
        {
            Description = "Also validate each named file against a JSON schema with NJsonSchema: CdiGen's own schema, or the given schema file.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("validate", "Validate CDI spec files: prints \"PATH: ok\" or \"PATH: error: ...\" for each.") { files, specDirs, schema };
        command.SetAction(result =>
        {
            var named = result.GetValue(files) ?? [];
            Func<string, IReadOnlyList<string>>? schemaCheck = null;
            if (result.GetResult(schema) is not null)
            {
#if CDI_NO_SCHEMA_VALIDATION
                return console.Fail("schema validation is not part of the NativeAOT build of cdi; use the dotnet tool (dotnet tool install CdiGen.Cli)");
#else
                try
                {
                    schemaCheck = SchemaValidator.Load(result.GetValue(schema)).Validate;
                }
                catch (Exception error) when (error is IOException or InvalidOperationException or Newtonsoft.Json.JsonException)
                {
                    return console.Fail($"cannot load the schema: {error.Message}");
                }
#endif
            }
            if (named.Length > 0)
            {
                return Report(console, named.SelectMany(file => Verdicts(file, schemaCheck)));
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

    /// <summary>"PATH: ok", or one "PATH: error: ..." line per problem, with the schema violations <paramref name="schemaCheck"/> finds in the text.</summary>
    public static string[] Verdicts(string file, Func<string, IReadOnlyList<string>>? schemaCheck = null)
    {
        var schemaErrors = new List<string>();
        if (schemaCheck is not null)
        {
            try
            {
                schemaErrors.AddRange(schemaCheck(File.ReadAllText(file)).Select(problem => $"{file}: error: schema: {problem}"));
            }
            catch (Exception error) when (error is YamlDotNet.Core.YamlException or IOException or UnauthorizedAccessException)
            {
                // The reader below reports unreadable files with their position.
            }
        }
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
        var lines = spec.Validate().Select(e => $"{file}: error: {e.Code}: {e}").Concat(schemaErrors).ToArray();
        return lines.Length == 0 ? [$"{file}: ok"] : lines;
    }
}
