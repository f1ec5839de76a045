extern alias analyzers;

using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using analyzers::CdiGen.Analyzers.SpecFiles;
using CdiGen.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CdiGen.Cli.Commands;

/// <summary>
/// <c>cdi lint FILE...</c>: the analyzers' rules (CDI001 to CDI013) on spec files, printed as
/// the build prints them: <c>FILE(LINE,COL): error CDI001: message</c>. With <c>--fix</c>,
/// raises each file's cdiVersion to what it needs, in place and atomically, touching nothing
/// else in the file.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Spec files to lint.", Arity = ArgumentArity.OneOrMore };
        var fix = new Option<bool>("--fix") { Description = "Raise cdiVersion where a field or value needs a newer one (CDI001), then lint again." };
        var command = new Command("lint", "Check spec files with the analyzer rules and print diagnostics in MSBuild format.") { files, fix };
        command.SetAction(result =>
        {
            var failed = false;
            foreach (var file in result.GetValue(files)!)
            {
                string text;
                try
                {
                    text = File.ReadAllText(file);
                    if (result.GetValue(fix) && SpecFileLint.RaiseVersion(text) is { } fixedText)
                    {
                        AtomicFile.WriteText(file, fixedText);
                        text = fixedText;
                    }
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"cdi: {file}: {error.Message}");
                    failed = true;
                    continue;
                }
                foreach (var diagnostic in SpecFileLint.Analyze(file, SourceText.From(text)))
                {
                    console.Output.WriteLine(Format(diagnostic));
                    failed |= diagnostic.Severity == DiagnosticSeverity.Error;
                }
            }
            return failed ? CdiCommandLine.Failure : CdiCommandLine.Success;
        });
        return command;
    }

    /// <summary>One diagnostic as MSBuild prints it, with 1-based line and column.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{diagnostic.Location.GetLineSpan().Path}({position.Line + 1},{position.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
