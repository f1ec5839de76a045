using System.Linq;
using CdiGen.Generators.Model;

namespace CdiGen.Generators.Emit;

/// <summary>
/// Emits <c>CdiSchemaFacts</c> (mode <c>CdiGenEmit=Facts</c>): every version fact and value
/// rule of the schema as plain data, so the analyzers check spec files against the same
/// schema the model is generated from instead of a second hand-written table.
/// </summary>
/// <remarks>
/// The output must compile for netstandard2.0 with C# 7.3-era features only (no records, no
/// init accessors, no BCL types newer than netstandard2.0), because analyzers target it.
/// </remarks>
internal static class FactsEmitter
{
    public const string TypeName = "CdiSchemaFacts";

    public static string Emit(GenerationModel model)
    {
        var schema = model.Schema;
        var access = CSharp.Accessibility(model.IsPublic);
        var w = new SourceWriter().FileHeader(model.Namespace, "System.Collections.Generic");
        EmitShapes(w, access);

        w.Summary("The facts of the CDI schema: known versions and, per object type, each field's rules.");
        w.Open($"{access} static class {TypeName}");
        w.Summary("Every version the schema knows, oldest first.");
        w.Line("public static readonly IReadOnlyList<string> Versions = new[] { "
            + string.Join(", ", schema.Versions.Select(SourceWriter.Literal)) + " };");
        w.Line();
        w.Summary("The lowest version any spec requires.");
        w.Line($"public const string MinimumVersion = {SourceWriter.Literal(schema.MinimumVersion)};");
        w.Line();
        w.Summary("The name of the document's root type.");
        w.Line($"public const string RootType = {SourceWriter.Literal(schema.RootType)};");
        w.Line();
        w.Summary("Every object type, the root first.");
        w.Line("public static readonly IReadOnlyList<CdiTypeFacts> Types = new[]");
        w.Line("{");
        foreach (var type in schema.Types)
        {
            w.Line($"    new CdiTypeFacts({SourceWriter.Literal(type.Name)}, new[]");
            w.Line("    {");
            foreach (var property in type.Properties)
            {
                w.Line("        " + Field(property) + ",");
            }
            w.Line("    }),");
        }
        w.Line("};");
        w.Line();
        w.Summary("The type named <paramref name=\"name\"/>, or null.");
        w.Open("public static CdiTypeFacts? FindType(string name)");
        w.Open("foreach (var type in Types)");
        w.Open("if (type.Name == name)");
        w.Line("return type;");
        w.Close();
        w.Close();
        w.Line("return null;");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string Field(PropertyModel p) =>
        "new CdiFieldFacts("
        + string.Join(", ",
            SourceWriter.Literal(p.JsonName),
            SourceWriter.Literal(p.ClrName),
            "CdiFieldKind." + p.Kind,
            Bool(p.IsList),
            Text(p.ObjectType),
            Bool(p.Required),
            Text(p.Since),
            Text(p.Removed),
            Text(p.Format),
            Strings(p.Enum),
            Text(p.Pattern),
            p.MinLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.MinItems.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Bool(p.NonEmpty),
            Strings(p.UniqueKeys),
            Rules(p),
            Text(p.Role),
            SourceWriter.Literal(p.Diagnostic))
        + ")";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Text(string? value) => value is null ? "null" : SourceWriter.Literal(value);

    private static string Strings(EquatableArray<string> values) =>
        values.Length == 0
            ? "new string[0]"
            : "new[] { " + string.Join(", ", values.Select(SourceWriter.Literal)) + " }";

    private static string Rules(PropertyModel p) =>
        p.ValueRules.Length == 0
            ? "new CdiValueRuleFacts[0]"
            : "new[] { " + string.Join(", ", p.ValueRules.Select(rule =>
                $"new CdiValueRuleFacts({SourceWriter.Literal(rule.Since)}, {SourceWriter.Literal(rule.Pattern)}, {SourceWriter.Literal(rule.Description)})")) + " }";

    // The fixed shapes the data is made of; plain classes so netstandard2.0 needs no polyfills.
    private static void EmitShapes(SourceWriter w, string access)
    {
        w.Summary("The shape of a field's value, or of each item when the field is a list.");
        w.Open($"{access} enum CdiFieldKind");
        foreach (var kind in new[] { "String", "Boolean", "Int64", "UInt32", "Object", "StringMap" })
        {
            w.Summary(kind == "StringMap" ? "A map of strings to strings." : kind == "Object" ? "An object of another schema type." : $"A {kind} value.");
            w.Line(kind + ",");
        }
        w.Close();
        w.Line();

        w.Summary("A value pattern that needs a newer version than its field (<c>x-cdi-value-rules</c>).");
        w.Open($"{access} sealed class CdiValueRuleFacts");
        w.Summary("Creates the rule.");
        w.Open("public CdiValueRuleFacts(string since, string pattern, string description)");
        w.Line("Since = since;");
        w.Line("Pattern = pattern;");
        w.Line("Description = description;");
        w.Close();
        Property(w, "string", "Since", "The first version that accepts such values.");
        Property(w, "string", "Pattern", "A regular expression matching the values concerned.");
        Property(w, "string", "Description", "What such a value is, for messages.");
        w.Close();
        w.Line();

        w.Summary("An object type of the schema and its fields.");
        w.Open($"{access} sealed class CdiTypeFacts");
        w.Summary("Creates the type.");
        w.Open("public CdiTypeFacts(string name, IReadOnlyList<CdiFieldFacts> fields)");
        w.Line("Name = name;");
        w.Line("Fields = fields;");
        w.Close();
        Property(w, "string", "Name", "The type name.");
        Property(w, "IReadOnlyList<CdiFieldFacts>", "Fields", "The fields, in schema order.");
        w.Close();
        w.Line();

        w.Summary("One field of an object type with every rule the schema gives it.");
        w.Open($"{access} sealed class CdiFieldFacts");
        w.Summary("Creates the field.");
        w.Open("public CdiFieldFacts(string jsonName, string clrName, CdiFieldKind kind, bool isList, string? objectType, bool required, string? since, string? removed, string? format, IReadOnlyList<string> @enum, string? pattern, int minLength, int minItems, bool nonEmpty, IReadOnlyList<string> uniqueKeys, IReadOnlyList<CdiValueRuleFacts> valueRules, string? role, string diagnosticId)");
        foreach (var (name, parameter) in FieldMembers)
        {
            w.Line($"{name} = {parameter};");
        }
        w.Close();
        Property(w, "string", "JsonName", "The name in spec files.");
        Property(w, "string", "ClrName", "The name of the generated C# property.");
        Property(w, "CdiFieldKind", "Kind", "The value's shape, or each item's shape for a list.");
        Property(w, "bool", "IsList", "Whether the value is a list.");
        Property(w, "string?", "ObjectType", "The type name when the kind is an object.");
        Property(w, "bool", "Required", "Whether the schema requires the field.");
        Property(w, "string?", "Since", "The first version with the field.");
        Property(w, "string?", "Removed", "The first version without the field.");
        Property(w, "string?", "Format", "A named value rule the runtime implements (<c>x-cdi-format</c>).");
        Property(w, "IReadOnlyList<string>", "Enum", "The allowed values; empty when any value is allowed.");
        Property(w, "string?", "Pattern", "A regular expression the value must match.");
        Property(w, "int", "MinLength", "The shortest allowed string.");
        Property(w, "int", "MinItems", "The fewest allowed list items.");
        Property(w, "bool", "NonEmpty", "Whether an object value must set at least one field.");
        Property(w, "IReadOnlyList<string>", "UniqueKeys", "Item fields whose values must be unique within the list.");
        Property(w, "IReadOnlyList<CdiValueRuleFacts>", "ValueRules", "Values that need a newer version than the field itself.");
        Property(w, "string?", "Role", "A special meaning, such as <c>version</c>.");
        Property(w, "string", "DiagnosticId", "The diagnostic id the field's rules report.");
        w.Close();
        w.Line();
    }

    private static readonly (string Name, string Parameter)[] FieldMembers =
    {
        ("JsonName", "jsonName"), ("ClrName", "clrName"), ("Kind", "kind"), ("IsList", "isList"),
        ("ObjectType", "objectType"), ("Required", "required"), ("Since", "since"), ("Removed", "removed"),
        ("Format", "format"), ("Enum", "@enum"), ("Pattern", "pattern"), ("MinLength", "minLength"),
        ("MinItems", "minItems"), ("NonEmpty", "nonEmpty"), ("UniqueKeys", "uniqueKeys"),
        ("ValueRules", "valueRules"), ("Role", "role"), ("DiagnosticId", "diagnosticId"),
    };

    private static void Property(SourceWriter w, string type, string name, string summary)
    {
        w.Line();
        w.Summary(summary);
        w.Line($"public {type} {name} {{ get; }}");
    }
}
