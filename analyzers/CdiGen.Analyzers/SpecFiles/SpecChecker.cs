using System;
using System.Collections.Generic;
using System.Linq;
using CdiGen.Analyzers.Diagnostics;
using CdiGen.Analyzers.Facts;
using CdiGen.Names;
using Microsoft.CodeAnalysis.Text;

namespace CdiGen.Analyzers.SpecFiles;

/// <summary>
/// Checks one spec file's tree against the schema facts (<see cref="CdiSchemaFacts"/>): fields
/// known, present under the declared version, of the right shape, and valid by the
/// runtime's own name and edit rules. Lenient paths that only Go takes are warned about.
/// </summary>
internal sealed class SpecChecker
{
    // Aliases let a small file stand for a huge tree; the walk stops after this many values.
    private const int MaxVisitedNodes = 1_000_000;

    private readonly List<SpecFinding> _findings = new();
    private readonly ValueChecks _values;
    private CdiVersion? _declared;
    private CdiVersion _required = CdiVersion.Parse(CdiSchemaFacts.MinimumVersion);
    private int _visited;

    private SpecChecker() => _values = new ValueChecks(_findings);

    /// <summary>Checks a file's text; the findings are in file order of discovery.</summary>
    public static IReadOnlyList<SpecFinding> Check(string text)
    {
        var checker = new SpecChecker();
        checker.Run(text);
        return checker._findings;
    }

    private void Run(string text)
    {
        var read = YamlTreeReader.Read(text);
        if (read.Error is not null)
        {
            Report(CdiDiagnostics.BadSyntaxOrType, read.ErrorSpan, read.Error);
            return;
        }

        if (read.SecondDocument is { } second)
        {
            Report(CdiDiagnostics.LenientGoPath, second, "a second YAML document is ignored: only the first document of a spec file is read");
        }

        if (read.Root is not YamlMappingNode root)
        {
            Report(CdiDiagnostics.BadSyntaxOrType, read.Root?.Span ?? default, "a spec file must hold a mapping with cdiVersion, kind and devices");
            return;
        }

        var rootType = CdiSchemaFacts.FindType(CdiSchemaFacts.RootType)!;
        var versionSpan = ReadDeclaredVersion(root, rootType);
        try
        {
            CheckObject(root, rootType, FirstKeySpan(root));
        }
        catch (WalkBudgetExceeded)
        {
            Report(CdiDiagnostics.BadSyntaxOrType, root.Span.Length > 0 ? new TextSpan(root.Span.Start, 1) : root.Span,
                $"the spec expands to more than {MaxVisitedNodes} values (through aliases); it is not checked further");
            return;
        }

        if (_declared is { } declared && versionSpan is { } span)
        {
            if (declared.CompareTo(_required) > 0)
            {
                Report(CdiDiagnostics.VersionHigherThanNeeded, span, declared.Text, _required.Text);
            }
            else if (declared.CompareTo(CdiVersion.Parse(CdiSchemaFacts.MinimumVersion)) < 0)
            {
                Report(CdiDiagnostics.NeedsNewerVersion, span, "every spec", CdiSchemaFacts.MinimumVersion, declared.Text);
            }
        }
    }

    // The declared version decides every version rule, so it is read before the walk.
    private TextSpan? ReadDeclaredVersion(YamlMappingNode root, CdiTypeFacts rootType)
    {
        var field = rootType.Fields.First(f => f.Role == "version");
        var entry = root.Entries.FirstOrDefault(e => string.Equals(e.Key.Value, field.JsonName, StringComparison.OrdinalIgnoreCase));
        if (entry.Key is null || entry.Value is YamlScalarNode { IsNull: true })
        {
            return null;
        }

        if (entry.Value is not YamlScalarNode scalar)
        {
            return null;
        }

        var text = ValueChecks.GoString(scalar);
        if (text is null || !CdiVersion.TryParse(text, out var version))
        {
            var how = text is not null && text != scalar.Value ? $" (YAML reads the unquoted {scalar.Value} as \"{text}\"; quote it)" : "";
            Report(CdiDiagnostics.BadVersion, scalar.Span, $"cdiVersion \"{scalar.Value}\" is not a version of the form major.minor.patch{how}");
            return null;
        }

        if (!CdiSchemaFacts.Versions.Contains(version.Text))
        {
            Report(CdiDiagnostics.BadVersion, scalar.Span, $"cdiVersion {scalar.Value} is not a known CDI version (known: {string.Join(", ", CdiSchemaFacts.Versions)})");
            return null;
        }

        _declared = version;
        return scalar.Span;
    }

    private void CheckObject(YamlMappingNode mapping, CdiTypeFacts type, TextSpan anchor)
    {
        Visit();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key;
            var field = FindField(type, key);
            if (field is null)
            {
                continue;
            }

            seen.Add(field.JsonName);
            if (entry.Value is YamlScalarNode { IsNull: true })
            {
                if (field.NonEmpty)
                {
                    Report(CdiDiagnostics.ById(field.DiagnosticId), key.Span, $"{field.JsonName} must not be empty");
                }

                continue;
            }

            CheckVersion(field, key);
            CheckValue(field, key, entry.Value);
        }

        foreach (var field in type.Fields)
        {
            if (field.Required && !seen.Contains(field.JsonName))
            {
                Report(CdiDiagnostics.ById(field.DiagnosticId), anchor, $"{Describe(type)} is missing the required field {field.JsonName}");
            }
        }
    }

    private CdiFieldFacts? FindField(CdiTypeFacts type, YamlScalarNode key)
    {
        var exact = type.Fields.FirstOrDefault(f => f.JsonName == key.Value);
        if (exact is not null)
        {
            return exact;
        }

        var folded = type.Fields.FirstOrDefault(f => string.Equals(f.JsonName, key.Value, StringComparison.OrdinalIgnoreCase));
        if (folded is not null)
        {
            Report(CdiDiagnostics.LenientGoPath, key.Span, $"the key '{key.Value}' matches the field '{folded.JsonName}' only case-insensitively");
            return folded;
        }

        var suggestion = NameSuggestion.Closest(key.Value, type.Fields.Select(f => f.JsonName), minimumAllowance: 1);
        var hint = suggestion is null
            ? "; known fields: " + string.Join(", ", type.Fields.Select(f => f.JsonName))
            : $"; did you mean '{suggestion}'?";
        Report(CdiDiagnostics.UnknownField, key.Span, $"unknown field '{key.Value}' in {Describe(type)}{hint}");
        return null;
    }

    private void CheckVersion(CdiFieldFacts field, YamlScalarNode key)
    {
        if (field.Since is { } since)
        {
            var needed = CdiVersion.Parse(since);
            _required = CdiVersion.Max(_required, needed);
            if (_declared is { } declared && declared.CompareTo(needed) < 0)
            {
                Report(CdiDiagnostics.NeedsNewerVersion, key.Span, field.JsonName, since, declared.Text);
            }
        }

        if (field.Removed is { } removed && _declared is { } current && current.CompareTo(CdiVersion.Parse(removed)) >= 0)
        {
            Report(CdiDiagnostics.RemovedInVersion, key.Span, field.JsonName, removed, current.Text);
        }
    }

    private void CheckValue(CdiFieldFacts field, YamlScalarNode key, YamlTreeNode value)
    {
        if (!field.IsList)
        {
            CheckItem(field, key, value);
            return;
        }

        if (value is not YamlSequenceNode list)
        {
            Report(CdiDiagnostics.BadSyntaxOrType, value.Span, $"{field.JsonName} must be a list");
            return;
        }

        if (list.Items.Count < field.MinItems)
        {
            Report(CdiDiagnostics.ById(field.DiagnosticId), key.Span, $"{field.JsonName} must have at least {field.MinItems} item{(field.MinItems == 1 ? "" : "s")}");
        }

        foreach (var item in list.Items)
        {
            CheckItem(field, key, item);
        }

        UniqueKeys.Check(field, list, _findings);
    }

    private void CheckItem(CdiFieldFacts field, YamlScalarNode key, YamlTreeNode value)
    {
        Visit();
        switch (field.Kind)
        {
            case CdiFieldKind.Object:
                if (value is not YamlMappingNode mapping)
                {
                    Report(CdiDiagnostics.BadSyntaxOrType, value.Span, $"{field.JsonName} must be a mapping of {field.ObjectType} fields");
                    return;
                }

                if (field.NonEmpty && !mapping.Entries.Any(e => e.Value is not YamlScalarNode { IsNull: true }))
                {
                    Report(CdiDiagnostics.ById(field.DiagnosticId), key.Span, $"{field.JsonName} must not be empty");
                }

                CheckObject(mapping, CdiSchemaFacts.FindType(field.ObjectType!)!, field.IsList ? FirstKeySpan(mapping) : key.Span);
                break;
            case CdiFieldKind.StringMap:
                _values.CheckAnnotations(field, key, value);
                break;
            default:
                if (_values.CheckScalar(field, value) is { } text)
                {
                    CheckValueRules(field, (YamlScalarNode)value, text);
                }

                break;
        }
    }

    private void CheckValueRules(CdiFieldFacts field, YamlScalarNode value, string text)
    {
        foreach (var rule in field.ValueRules)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(text, rule.Pattern))
            {
                continue;
            }

            var needed = CdiVersion.Parse(rule.Since);
            _required = CdiVersion.Max(_required, needed);
            if (_declared is { } declared && declared.CompareTo(needed) < 0)
            {
                Report(CdiDiagnostics.NeedsNewerVersion, value.Span, rule.Description, rule.Since, declared.Text);
            }
        }
    }

    private void Visit()
    {
        if (++_visited > MaxVisitedNodes)
        {
            throw new WalkBudgetExceeded();
        }
    }

    private static TextSpan FirstKeySpan(YamlMappingNode mapping) =>
        mapping.Entries.Count > 0 ? mapping.Entries[0].Key.Span : new TextSpan(mapping.Span.Start, Math.Min(1, mapping.Span.Length));

    private static string Describe(CdiTypeFacts type) => type.Name == CdiSchemaFacts.RootType ? "the spec" : type.Name;

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments) =>
        _findings.Add(new SpecFinding(descriptor, span, arguments));

    private sealed class WalkBudgetExceeded : Exception
    {
    }
}
