using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CdiGen.Analyzers.Diagnostics;
using CdiGen.Analyzers.Facts;
using CdiGen.Annotations;
using CdiGen.Names;
using CdiGen.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CdiGen.Analyzers.SpecFiles;

/// <summary>
/// Checks single values: their YAML type as Go's reader resolves it (YAML 1.1), their range,
/// and the runtime's rules for the field (<c>x-cdi-format</c>, enum, pattern, minimum length).
/// </summary>
internal sealed class ValueChecks
{
    private readonly List<SpecFinding> _findings;

    public ValueChecks(List<SpecFinding> findings) => _findings = findings;

    /// <summary>
    /// The string Go puts into a string field for this scalar: quoted text as written, plain
    /// text resolved by YAML 1.1 (<c>yes</c> is <c>"true"</c>, <c>1.0</c> is <c>"1"</c>); null
    /// for an integer Go cannot hold.
    /// </summary>
    public static string? GoString(YamlScalarNode scalar) =>
        !scalar.IsPlain ? scalar.Value
        : Yaml11Scalar.TryToGoString(Yaml11Scalar.Resolve(scalar.Value), out var text) ? text
        : null;

    /// <summary>Checks a scalar field; returns its string value when it is a string that may be checked further.</summary>
    public string? CheckScalar(CdiFieldFacts field, YamlTreeNode node)
    {
        if (node is not YamlScalarNode scalar)
        {
            Report(CdiDiagnostics.BadSyntaxOrType, node.Span, $"{field.JsonName} must be {Expected(field.Kind)}, not a {(node is YamlSequenceNode ? "list" : "mapping")}");
            return null;
        }

        switch (field.Kind)
        {
            case CdiFieldKind.Boolean:
                CheckBoolean(field, scalar);
                return null;
            case CdiFieldKind.Int64:
            case CdiFieldKind.UInt32:
                CheckInteger(field, scalar);
                return null;
            default:
                return CheckString(field, scalar);
        }
    }

    /// <summary>Checks a string map, which in CDI is always annotations: Kubernetes key rules and string values.</summary>
    public void CheckAnnotations(CdiFieldFacts field, YamlScalarNode key, YamlTreeNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Report(CdiDiagnostics.BadSyntaxOrType, node.Span, $"{field.JsonName} must be a mapping of strings to strings");
            return;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var entry in map.Entries)
        {
            foreach (var problem in KubernetesAnnotations.ValidateKey(entry.Key.Value))
            {
                Report(CdiDiagnostics.BadAnnotation, entry.Key.Span, $"invalid annotation key {NameText.Quote(entry.Key.Value)}: {problem}");
            }

            if (entry.Value is not YamlScalarNode value)
            {
                Report(CdiDiagnostics.BadSyntaxOrType, entry.Value.Span, $"the value of annotation {NameText.Quote(entry.Key.Value)} must be a string");
                continue;
            }

            pairs.Add(new KeyValuePair<string, string>(entry.Key.Value, CheckString(field, value) ?? ""));
        }

        foreach (var problem in KubernetesAnnotations.Validate(pairs).Where(p => p.StartsWith("annotations are too large", System.StringComparison.Ordinal)))
        {
            Report(CdiDiagnostics.BadAnnotation, key.Span, problem);
        }
    }

    private string? CheckString(CdiFieldFacts field, YamlScalarNode scalar)
    {
        var text = GoString(scalar);
        if (text is null)
        {
            Report(CdiDiagnostics.BadSyntaxOrType, scalar.Span, $"{field.JsonName}: the unquoted number {scalar.Value} does not fit 64 bits, so Go cannot read it as a string");
            return null;
        }

        if (text != scalar.Value)
        {
            Report(CdiDiagnostics.LenientGoPath, scalar.Span, $"the unquoted value {scalar.Value} of {field.JsonName} is read by YAML 1.1 as \"{text}\"; quote it");
        }
        else if (scalar.IsPlain && text.Length == 0)
        {
            // A list item with nothing after its dash: a null that Go reads as "".
            Report(CdiDiagnostics.LenientGoPath, scalar.Span, $"an empty item of {field.JsonName} is null, which Go reads as \"\"; write \"\" or remove it");
        }

        var descriptor = CdiDiagnostics.ById(field.DiagnosticId);
        if (text.Length < field.MinLength)
        {
            Report(descriptor, scalar.Span, $"{field.JsonName} must not be empty");
        }
        else if (FormatError(field, text) is { } error)
        {
            Report(descriptor, scalar.Span, error);
        }
        else if (field.Enum.Count > 0 && !field.Enum.Contains(text))
        {
            Report(descriptor, scalar.Span, $"invalid {field.JsonName} {NameText.Quote(text)}: must be one of {string.Join(", ", field.Enum.Select(NameText.Quote))}");
        }
        else if (field.Pattern is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant))
        {
            Report(descriptor, scalar.Span, $"invalid {field.JsonName} {NameText.Quote(text)}: must match {pattern}");
        }

        return text;
    }

    // The named rules of the schema (x-cdi-format) are the runtime's own, compiled in here.
    private static string? FormatError(CdiFieldFacts field, string text) => field.Format switch
    {
        "kind" => CdiNames.ValidateKind(text),
        "device-name" => CdiNames.ValidateDeviceName(text),
        "env" => CdiNames.ValidateEnv(text),
        "intel-rdt-clos-id" => CdiNames.ValidateIntelRdtClosId(text),
        _ => null,
    };

    private void CheckBoolean(CdiFieldFacts field, YamlScalarNode scalar)
    {
        var resolved = scalar.IsPlain ? Yaml11Scalar.Resolve(scalar.Value) : default;
        if (!scalar.IsPlain || resolved.Kind != Yaml11Kind.Bool)
        {
            Report(CdiDiagnostics.BadSyntaxOrType, scalar.Span, $"{field.JsonName} must be true or false, not {Show(scalar)}");
        }
        else if (scalar.Value is not ("true" or "false"))
        {
            Report(CdiDiagnostics.LenientGoPath, scalar.Span, $"{scalar.Value} is a boolean ({(resolved.BooleanValue ? "true" : "false")}) only in YAML 1.1; write {(resolved.BooleanValue ? "true" : "false")}");
        }
    }

    private void CheckInteger(CdiFieldFacts field, YamlScalarNode scalar)
    {
        var resolved = scalar.IsPlain ? Yaml11Scalar.Resolve(scalar.Value) : default;
        if (!scalar.IsPlain || resolved.Kind != Yaml11Kind.Int)
        {
            Report(CdiDiagnostics.BadSyntaxOrType, scalar.Span, $"{field.JsonName} must be an integer, not {Show(scalar)}");
            return;
        }

        var fits = field.Kind == CdiFieldKind.UInt32
            ? resolved.TryGetUInt64(out var unsigned) && unsigned <= uint.MaxValue
            : resolved.TryGetInt64(out _);
        if (!fits)
        {
            var range = field.Kind == CdiFieldKind.UInt32 ? "0 to 4294967295" : "a signed 64-bit integer";
            Report(CdiDiagnostics.BadSyntaxOrType, scalar.Span, $"{field.JsonName} {scalar.Value} is out of range ({range})");
            return;
        }

        if (IsYaml11OnlyInteger(scalar.Value))
        {
            Report(CdiDiagnostics.LenientGoPath, scalar.Span, $"{scalar.Value} is read by YAML 1.1 as {resolved.IntegerValue} (a leading 0 means octal there, not in YAML 1.2 or JSON); write {resolved.IntegerValue} or 0o{System.Convert.ToString((long)resolved.IntegerValue, 8)}");
        }

        if (field.JsonName == "additionalGids" && resolved.IntegerValue.IsZero)
        {
            _findings.Add(new SpecFinding(CdiDiagnostics.ZeroGid, scalar.Span, System.Array.Empty<object>()));
        }
    }

    // 0640 (octal in YAML 1.1, decimal 640 in YAML 1.2) and 1_000 (digit groups, YAML 1.1 only).
    private static bool IsYaml11OnlyInteger(string text)
    {
        var digits = text.TrimStart('+', '-');
        return digits.IndexOf('_') >= 0
            || (digits.Length > 1 && digits[0] == '0' && char.IsDigit(digits[1]));
    }

    private static string Expected(CdiFieldKind kind) => kind switch
    {
        CdiFieldKind.Boolean => "true or false",
        CdiFieldKind.Int64 or CdiFieldKind.UInt32 => "an integer",
        _ => "a string",
    };

    private static string Show(YamlScalarNode scalar) => scalar.IsPlain ? scalar.Value : NameText.Quote(scalar.Value) + " (quoted, so a string)";

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, string message) =>
        _findings.Add(new SpecFinding(descriptor, span, new object[] { message }));
}
