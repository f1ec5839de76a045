using System.Collections.Generic;
using System.Linq;
using CdiGen.Generators.Model;

namespace CdiGen.Generators.Emit;

/// <summary>
/// Emits the structural validation of one schema type (required fields, allowed values,
/// patterns, named formats, unique keys, non-empty objects) and the walk that collects the
/// CDI versions its fields and values need.
/// </summary>
internal static class ValidationEmitter
{
    private static readonly Dictionary<string, string> s_formatChecks = new()
    {
        ["kind"] = "CdiNames.ValidateKind",
        ["device-name"] = "CdiNames.ValidateDeviceName",
        ["env"] = "CdiNames.ValidateEnv",
        ["intel-rdt-clos-id"] = "CdiNames.ValidateIntelRdtClosId",
    };

    public static string Emit(GenerationModel model, TypeModel type)
    {
        var w = new SourceWriter().FileHeader(model.Namespace, "System", "System.Collections.Generic", "System.Text.RegularExpressions", "CdiGen.Names", "CdiGen.Validation");
        w.Open($"partial class {type.Name}");
        EmitPatterns(w, type);
        EmitValidate(w, type);
        EmitRequirements(w, model, type);
        w.Close();
        return w.ToString();
    }

    private static void EmitPatterns(SourceWriter w, TypeModel type)
    {
        foreach (var property in type.Properties)
        {
            if (property.Pattern is not null)
            {
                w.Line($"private static readonly Regex {PatternField(property)} = new({SourceWriter.Literal(property.Pattern)}, RegexOptions.CultureInvariant);");
            }
            for (var i = 0; i < property.ValueRules.Length; i++)
            {
                w.Line($"private static readonly Regex {RuleField(property, i)} = new({SourceWriter.Literal(property.ValueRules[i].Pattern)}, RegexOptions.CultureInvariant);");
            }
        }
        w.Line();
    }

    private static string PatternField(PropertyModel property) => $"s_{CSharp.ToCamel(property.ClrName)}Pattern";

    private static string RuleField(PropertyModel property, int index) => $"s_{CSharp.ToCamel(property.ClrName)}Rule{index}";

    private static void EmitValidate(SourceWriter w, TypeModel type)
    {
        w.Summary("Checks the rules of the CDI schema that need no host, reporting each violation to <paramref name=\"context\"/>.");
        w.Open("public void Validate(ValidationContext context)");
        foreach (var property in type.Properties)
        {
            EmitPropertyChecks(w, property);
        }
        w.Close();
        w.Line();
    }

    private static void EmitPropertyChecks(SourceWriter w, PropertyModel property)
    {
        var name = property.ClrName;
        var field = SourceWriter.Literal(property.JsonName);
        var code = SourceWriter.Literal(property.Diagnostic);
        var json = property.JsonName;

        if (property.Required)
        {
            var missing = property.IsList || property.Kind == ValueKind.StringMap ? $"{name} is not {{ Count: > 0 }}"
                : property.Kind == ValueKind.String ? $"string.IsNullOrEmpty({name})"
                : property.Kind == ValueKind.Object ? null
                : $"{name} is null";
            if (missing is not null)
            {
                w.Open($"if ({missing})");
                w.Line($"context.Missing({field}, {code});");
                w.Close();
            }
        }
        if (property.IsList && property.MinItems > 0 && !property.Required)
        {
            w.Open($"if ({name} is {{ Count: < {property.MinItems} }})");
            w.Line($"context.Report({field}, \"needs at least {property.MinItems} item(s)\", {code});");
            w.Close();
        }
        if (!property.IsList && property.Kind == ValueKind.String)
        {
            EmitStringChecks(w, property, name, field, code);
        }
        if (property.Kind == ValueKind.Object && !property.IsList)
        {
            var required = TypeNames.IsReferenceRequired(property);
            var value = required ? name : CSharp.ToCamel(name);
            if (property.NonEmpty)
            {
                w.Open($"if ({name} is not {{ IsEmpty: false }} {(required ? "" : value)})".Replace(" )", ")"));
                w.Line($"context.Report({field}, \"\\\"{json}\\\" must not be empty\", {code});");
                w.Close();
                w.Open("else");
            }
            else if (!required)
            {
                w.Open($"if ({name} is {{ }} {value})");
            }
            w.Line($"context.Path.Push({field});");
            w.Line($"{value}.Validate(context);");
            w.Line("context.Path.Pop();");
            if (property.NonEmpty || !required)
            {
                w.Close();
            }
        }
        if (property.IsList && (property.Kind == ValueKind.Object || property.Format is not null || property.UniqueKeys.Length > 0))
        {
            EmitListChecks(w, property, name, field, code);
        }
    }

    private static void EmitStringChecks(SourceWriter w, PropertyModel property, string name, string field, string code)
    {
        var value = CSharp.ToCamel(name) + "Value";
        var checks = new List<string>();
        if (property.MinLength > 0 && !property.Required)
        {
            checks.Add($"if ({value}.Length < {property.MinLength}) context.Report({field}, \"must not be empty\", {code});");
        }
        if (property.Enum.Length > 0)
        {
            var allowed = string.Join(" or ", property.Enum.Select(v => v.Length == 0 ? "empty" : $"\\\"{v}\\\""));
            var test = string.Join(" or ", property.Enum.Select(SourceWriter.Literal));
            checks.Add($"if ({value} is not ({test})) context.Report({field}, $\"\\\"{{{value}}}\\\" is not allowed; expected {allowed}\", {code});");
        }
        if (property.Pattern is not null)
        {
            checks.Add($"if (!{PatternField(property)}.IsMatch({value})) context.Report({field}, \"\\\"\" + {value} + \"\\\" does not match \" + {SourceWriter.Literal(property.Pattern)}, {code});");
        }
        if (property.Format is not null)
        {
            checks.Add($"context.Check({field}, {s_formatChecks[property.Format]}({value}), {code});");
        }
        if (checks.Count == 0)
        {
            return;
        }
        var guard = property.Required ? $"if ({name} is {{ Length: > 0 }} {value})" : $"if ({name} is {{ }} {value})";
        w.Open(guard);
        foreach (var check in checks)
        {
            var split = check.IndexOf(") context.", System.StringComparison.Ordinal);
            if (check.StartsWith("if (", System.StringComparison.Ordinal) && split > 0)
            {
                w.Open(check.Substring(0, split + 1));
                w.Line(check.Substring(split + 2));
                w.Close();
            }
            else
            {
                w.Line(check);
            }
        }
        w.Close();
    }

    private static void EmitListChecks(SourceWriter w, PropertyModel property, string name, string field, string code)
    {
        var list = CSharp.ToCamel(name);
        w.Open($"if ({name} is {{ }} {list})");
        w.Line($"context.Path.Push({field});");
        foreach (var key in property.UniqueKeys)
        {
            w.Line($"var seen{Pascal(key)} = new HashSet<string>(StringComparer.Ordinal);");
        }
        w.Open($"for (var i = 0; i < {list}.Count; i++)");
        if (property.Kind == ValueKind.Object || property.UniqueKeys.Length > 0)
        {
            w.Line("context.Path.Push(i);");
            if (property.Kind == ValueKind.Object)
            {
                w.Line($"{list}[i].Validate(context);");
            }
            foreach (var key in property.UniqueKeys)
            {
                var keyProperty = Pascal(key);
                w.Open($"if ({list}[i].{keyProperty} is {{ Length: > 0 }} {CSharp.ToCamel(keyProperty)} && !seen{keyProperty}.Add({CSharp.ToCamel(keyProperty)}))");
                w.Line($"context.Report({SourceWriter.Literal(key)}, $\"\\\"{{{CSharp.ToCamel(keyProperty)}}}\\\" appears more than once in \\\"{property.JsonName}\\\"\", {code});");
                w.Close();
            }
            w.Line("context.Path.Pop();");
        }
        if (property.Format is not null && property.Kind == ValueKind.String)
        {
            w.Open($"if ({s_formatChecks[property.Format]}({list}[i]) is {{ }} error)");
            w.Line("context.Path.Push(i);");
            w.Line($"context.Report(error, {code});");
            w.Line("context.Path.Pop();");
            w.Close();
        }
        w.Close();
        w.Line("context.Path.Pop();");
        w.Close();
    }

    private static string Pascal(string jsonName) => char.ToUpperInvariant(jsonName[0]) + jsonName.Substring(1);

    private static void EmitRequirements(SourceWriter w, GenerationModel model, TypeModel type)
    {
        w.Summary("Reports every field and value that needs a particular CDI version, or that a version removed.");
        w.Open("internal void CollectRequirements(VersionRequirements requirements)");
        foreach (var property in type.Properties)
        {
            var name = property.ClrName;
            var field = SourceWriter.Literal(property.JsonName);
            if (property.Since is not null)
            {
                w.Open($"if ({IsSet(property)})");
                w.Line($"requirements.Require({field}, {field}, {Version(model, property.Since)});");
                w.Close();
            }
            if (property.Removed is not null)
            {
                w.Open($"if ({name} is not null)");
                w.Line($"requirements.Removed({field}, {field}, {Version(model, property.Removed)});");
                w.Close();
            }
            for (var i = 0; i < property.ValueRules.Length; i++)
            {
                var rule = property.ValueRules[i];
                w.Open($"if ({name} is {{ }} {CSharp.ToCamel(name)}{i} && {RuleField(property, i)}.IsMatch({CSharp.ToCamel(name)}{i}))");
                w.Line($"requirements.Require({field}, {SourceWriter.Literal(rule.Description)}, {Version(model, rule.Since)});");
                w.Close();
            }
            if (property.Kind == ValueKind.Object)
            {
                EmitRequirementsRecursion(w, property);
            }
        }
        w.Close();
    }

    private static void EmitRequirementsRecursion(SourceWriter w, PropertyModel property)
    {
        var name = property.ClrName;
        var field = SourceWriter.Literal(property.JsonName);
        var local = CSharp.ToCamel(name) + "Value";
        w.Open($"if ({name} is {{ }} {local})");
        w.Line($"requirements.Path.Push({field});");
        if (property.IsList)
        {
            w.Open($"for (var i = 0; i < {local}.Count; i++)");
            w.Line("requirements.Path.Push(i);");
            w.Line($"{local}[i].CollectRequirements(requirements);");
            w.Line("requirements.Path.Pop();");
            w.Close();
        }
        else
        {
            w.Line($"{local}.CollectRequirements(requirements);");
        }
        w.Line("requirements.Path.Pop();");
        w.Close();
    }

    /// <summary>Whether a versioned field counts as used: set, and not an empty list, map, string or object.</summary>
    private static string IsSet(PropertyModel property) =>
        property.IsList || property.Kind == ValueKind.StringMap ? $"{property.ClrName} is {{ Count: > 0 }}"
        : property.Kind == ValueKind.String ? $"!string.IsNullOrEmpty({property.ClrName})"
        : property.Kind == ValueKind.Object ? $"{property.ClrName} is not null"
        : property.Kind == ValueKind.Boolean ? $"{property.ClrName} == true"
        : $"{property.ClrName} is not null";

    /// <summary>A version as its named field when the model knows it, else constructed (pinned targets drop newer ones).</summary>
    public static string Version(GenerationModel model, string version)
    {
        if (model.Schema.Versions.Contains(version))
        {
            return $"{VersionEmitter.TypeName}.{CSharp.VersionField(version)}";
        }
        var parts = version.Split('.');
        return $"new {VersionEmitter.TypeName}({parts[0]}, {parts[1]}, {parts[2]})";
    }
}
