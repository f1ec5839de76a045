using System;
using System.CommandLine;
using CdiGen.Cli.Model;
using CdiGen.Registry;

namespace CdiGen.Cli.Commands;

/// <summary>
/// The repeatable <c>--spec-dir</c> option: the spec directories in priority order, replacing
/// the defaults (<c>/etc/cdi</c>, <c>/var/run/cdi</c>).
/// </summary>
internal static class SpecDirectoryOption
{
    public static Option<string[]> Create() => new("--spec-dir")
    {
        Description = "A CDI spec directory (repeatable, in priority order: a later one wins); default /etc/cdi then /var/run/cdi.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>A registry over the chosen directories, reading specs with the tool's generated model.</summary>
    public static CdiRegistry Open(ParseResult result, Option<string[]> option, bool autoRefresh = false)
    {
        var directories = result.GetValue(option);
        return new CdiRegistry(new CdiRegistryOptions
        {
            SpecDirectories = directories is { Length: > 0 } ? directories : CdiSpecDirectories.Default,
            ReadSpec = static path => Spec.ReadFile(path),
            AutoRefresh = autoRefresh,
        });
    }

    /// <summary>Writes the registry's file errors to standard error, as context for a failure.</summary>
    public static void ReportErrors(CliConsole console, CdiRegistry registry)
    {
        foreach (var error in registry.Errors)
        {
            console.Error.WriteLine($"cdi: spec error: {error.Path}: {error.Message}");
        }
    }

    /// <summary>Options with a fixed set of values.</summary>
    public static Option<string> Choice(string name, string description, string defaultValue, params string[] choices)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(choices);
        return option;
    }

    public static bool IsJson(string? format) => string.Equals(format, "json", StringComparison.Ordinal);
}
