using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CdiGen.Analyzers.Code;
using CdiGen.Analyzers.Diagnostics;
using CdiGen.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CdiGen.Analyzers.SpecFiles;

/// <summary>
/// The spec-file rules as a library: the analyzer reports through this, and so does
/// <c>cdi lint</c>, so the tool's diagnostics are the build's, id for id and span for span.
/// </summary>
public static class SpecFileLint
{
    /// <summary>
    /// The diagnostic property that CDI001 carries: the version the flagged field or value needs,
    /// for fixes that raise <c>cdiVersion</c>.
    /// </summary>
    public const string RequiredVersionProperty = SinceAnalyzer.RequiredVersionProperty;

    /// <summary>The diagnostics of one spec file, each located at its key or value.</summary>
    public static ImmutableArray<Diagnostic> Analyze(string path, SourceText text)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var finding in SpecChecker.Check(text.ToString()))
        {
            var additional = finding.Related is { } related ? new[] { LocationOf(path, text, related) } : null;
            var properties = finding.Descriptor.Id == CdiDiagnostics.NeedsNewerVersion.Id && finding.Arguments.Length > 1
                ? ImmutableDictionary<string, string?>.Empty.Add(RequiredVersionProperty, finding.Arguments[1]?.ToString())
                : null;
            diagnostics.Add(Diagnostic.Create(finding.Descriptor, LocationOf(path, text, finding.Span), additional, properties, finding.Arguments));
        }
        return diagnostics.ToImmutable();
    }

    /// <summary>
    /// The text with its <c>cdiVersion</c> value raised to the highest version a CDI001 asks
    /// for, changing nothing else (quotes, a leading <c>v</c>, comments and layout stay);
    /// <c>null</c> when no CDI001 asks for more or the file declares no version to raise.
    /// </summary>
    public static string? RaiseVersion(string text)
    {
        CdiVersion? required = null;
        foreach (var finding in SpecChecker.Check(text))
        {
            if (finding.Descriptor.Id == CdiDiagnostics.NeedsNewerVersion.Id
                && finding.Arguments.Length > 1
                && CdiVersion.TryParse(finding.Arguments[1]?.ToString(), out var version)
                && (required is not { } highest || version.CompareTo(highest) > 0))
            {
                required = version;
            }
        }
        if (required is not { } raised || VersionValue(text) is not { } value)
        {
            return null;
        }
        var span = value.Span;
        var current = text.Substring(span.Start, span.Length);
        // Keep the value's quoting and a leading 'v': only the digits change.
        var quote = current.Length > 1 && current[0] is '"' or '\'' ? 1 : 0;
        var prefix = current.Length > quote && current[quote] == 'v' ? "v" : "";
        var replacement = current.Substring(0, quote) + prefix + raised.Text + current.Substring(current.Length - quote);
        return text.Substring(0, span.Start) + replacement + text.Substring(span.End);
    }

    private static YamlScalarNode? VersionValue(string text)
    {
        if (YamlTreeReader.Read(text).Root is not YamlMappingNode root)
        {
            return null;
        }
        var field = CdiSchemaFacts.FindType(CdiSchemaFacts.RootType)!.Fields.First(f => f.Role == "version");
        return root.Entries.FirstOrDefault(e => string.Equals(e.Key.Value, field.JsonName, StringComparison.Ordinal)).Value as YamlScalarNode;
    }

    private static Location LocationOf(string path, SourceText text, TextSpan span) =>
        Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
}
