using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using CdiGen.Generators.Diagnostics;
using CdiGen.Generators.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace CdiGen.Generators.Schema;

/// <summary>
/// Loads the schema files with NJsonSchema and walks them from the root into a
/// <see cref="SchemaModel"/>, checking every CdiGen keyword on the way.
/// </summary>
internal sealed class SchemaModelBuilder
{
    private readonly ImmutableArray<SchemaFile> _files;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<JsonSchema, string> _typeNames = new();
    private readonly List<TypeModel> _types = new();
    private readonly HashSet<string> _knownVersions = new(StringComparer.Ordinal);
    private string _rootPath = "";

    public SchemaModelBuilder(ImmutableArray<SchemaFile> files) => _files = files;

    public SchemaReadResult Build(CancellationToken cancellationToken)
    {
        var root = FindRoot();
        if (root is null)
        {
            return Result(null);
        }
        _rootPath = root.Path;

        var byName = new Dictionary<string, SchemaFile>(StringComparer.Ordinal);
        foreach (var file in _files)
        {
            byName[file.FileName] = file;
        }
        var loaded = new List<JsonSchema>();
        JsonSchema rootSchema;
        try
        {
            rootSchema = JsonSchema.FromJsonAsync(root.Text, root.Path, AdditionalFilesReferenceResolver.Factory(byName, loaded), cancellationToken)
                .GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            _diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.UnreadableSchema, root.Path, root.FileName, Innermost(error).Message));
            return Result(null);
        }

        var versions = ReadVersions(rootSchema);
        var minimum = ReadVersionKeyword(rootSchema.ExtensionData, SchemaKeywords.MinimumVersion, "(root)") ?? versions.FirstOrDefault() ?? "0.0.0";

        foreach (var document in loaded.Prepend(rootSchema))
        {
            foreach (var definition in document.Definitions)
            {
                _typeNames[definition.Value] = definition.Key;
            }
        }
        var rootName = string.IsNullOrEmpty(rootSchema.Title) ? "Spec" : rootSchema.Title!;
        _typeNames[rootSchema] = rootName;

        var pending = new Queue<JsonSchema>();
        var queued = new HashSet<JsonSchema> { rootSchema };
        pending.Enqueue(rootSchema);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var schema = pending.Dequeue();
            _types.Add(BuildType(_typeNames[schema], schema, referenced =>
            {
                if (queued.Add(referenced))
                {
                    pending.Enqueue(referenced);
                }
            }));
        }

        var model = new SchemaModel(versions.ToEquatableArray(), minimum, rootName, _types.ToEquatableArray());
        return Result(_diagnostics.Count == 0 ? model : null);
    }

    private SchemaFile? FindRoot()
    {
        var roots = new List<SchemaFile>();
        foreach (var file in _files)
        {
            try
            {
                if (JObject.Parse(file.Text).Property(SchemaKeywords.Versions) is not null)
                {
                    roots.Add(file);
                }
            }
            catch (JsonException error)
            {
                _diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.UnreadableSchema, file.Path, file.FileName, error.Message));
            }
        }
        if (_diagnostics.Count > 0)
        {
            return null;
        }
        if (roots.Count != 1)
        {
            _diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.NoRootSchema, null,
                roots.Count == 0 ? "none" : string.Join(", ", roots.Select(file => file.FileName))));
            return null;
        }
        return roots[0];
    }

    private List<string> ReadVersions(JsonSchema root)
    {
        var versions = new List<string>();
        var token = Keyword(root.ExtensionData, SchemaKeywords.Versions);
        if (token is not JArray list || list.Count == 0)
        {
            BadKeyword("(root)." + SchemaKeywords.Versions, "expected a non-empty list of versions such as \"1.0.0\"");
            return versions;
        }
        SemanticVersion? previous = null;
        foreach (var item in list)
        {
            var text = item.Type == JTokenType.String ? (string?)item : null;
            if (!SemanticVersion.TryParse(text, out var version) || text!.StartsWith("v", StringComparison.Ordinal))
            {
                BadKeyword("(root)." + SchemaKeywords.Versions, $"'{item}' is not a version of the form major.minor.patch");
                continue;
            }
            if (previous is { } last && version.CompareTo(last) <= 0)
            {
                BadKeyword("(root)." + SchemaKeywords.Versions, $"versions must be listed oldest first without repeats; '{text}' comes after '{last}'");
            }
            previous = version;
            versions.Add(text);
            _knownVersions.Add(text);
        }
        return versions;
    }

    private TypeModel BuildType(string name, JsonSchema schema, Action<JsonSchema> reference)
    {
        var properties = new List<PropertyModel>();
        foreach (var pair in schema.Properties)
        {
            var property = BuildProperty(name, pair.Key, pair.Value, schema.RequiredProperties.Contains(pair.Key), reference);
            if (property is not null)
            {
                properties.Add(property);
            }
        }
        if (properties.Count > 64)
        {
            BadKeyword(name, "a type may have at most 64 properties (readers track them in a 64-bit mask)");
        }
        return new TypeModel(name, Clean(schema.Description), properties.ToEquatableArray());
    }

    private PropertyModel? BuildProperty(string typeName, string jsonName, JsonSchemaProperty property, bool required, Action<JsonSchema> reference)
    {
        var where = typeName + "." + jsonName;
        var actual = property.ActualSchema;
        var isList = actual.Type.HasFlag(JsonObjectType.Array);
        var valueSchema = isList ? actual.Item?.ActualSchema : actual;
        if (valueSchema is null)
        {
            BadKeyword(where, "a list must declare the schema of its items");
            return null;
        }
        var kind = KindOf(valueSchema, where, out var objectType);
        if (kind is null)
        {
            return null;
        }
        if (objectType is not null)
        {
            reference(valueSchema);
        }
        if (isList && kind == ValueKind.StringMap)
        {
            BadKeyword(where, "a list of maps is not supported");
            return null;
        }

        var itemSchema = isList ? actual.Item : null;
        var format = StringKeyword(property, SchemaKeywords.Format, where)
            ?? StringKeyword(actual, SchemaKeywords.Format, where)
            ?? (itemSchema is null ? null : StringKeyword(itemSchema, SchemaKeywords.Format, where) ?? StringKeyword(itemSchema.ActualSchema, SchemaKeywords.Format, where));
        CheckChoice(format, SchemaKeywords.Formats, where, SchemaKeywords.Format);
        var merge = StringKeyword(property, SchemaKeywords.Merge, where);
        CheckChoice(merge, SchemaKeywords.Merges, where, SchemaKeywords.Merge);
        var diagnostic = StringKeyword(property, SchemaKeywords.Diagnostic, where);
        CheckChoice(diagnostic, SchemaKeywords.DiagnosticIds, where, SchemaKeywords.Diagnostic);
        var role = StringKeyword(property, SchemaKeywords.Role, where);
        CheckChoice(role, SchemaKeywords.Roles, where, SchemaKeywords.Role);

        var pattern = property.Pattern ?? actual.Pattern;
        CheckPattern(pattern, where);
        var uniqueKeys = StringList(property, SchemaKeywords.UniqueKeys, where);
        foreach (var key in uniqueKeys)
        {
            if (objectType is null || !valueSchema.Properties.ContainsKey(key))
            {
                BadKeyword(where, $"{SchemaKeywords.UniqueKeys} names '{key}', which is not a property of the list's items");
            }
        }

        return new PropertyModel(
            JsonName: jsonName,
            ClrName: char.ToUpperInvariant(jsonName[0]) + jsonName.Substring(1),
            Description: Clean(property.Description ?? actual.Description),
            Kind: kind.Value,
            IsList: isList,
            ObjectType: objectType,
            Required: required,
            Since: ReadVersionKeyword(property.ExtensionData, SchemaKeywords.Since, where),
            Removed: ReadVersionKeyword(property.ExtensionData, SchemaKeywords.Removed, where),
            Format: format,
            Enum: (actual.Enumeration ?? Array.Empty<object>()).Select(value => value?.ToString() ?? "").ToEquatableArray(),
            Pattern: pattern,
            MinLength: property.MinLength ?? actual.MinLength ?? 0,
            MinItems: property.MinItems > 0 ? property.MinItems : actual.MinItems,
            NonEmpty: Keyword(property.ExtensionData, SchemaKeywords.NonEmpty) is JValue { Type: JTokenType.Boolean } flag && (bool)flag,
            UniqueKeys: uniqueKeys.ToEquatableArray(),
            ValueRules: ReadValueRules(property, where).ToEquatableArray(),
            Merge: merge,
            Role: role,
            Diagnostic: diagnostic ?? "CDI007");
    }

    private ValueKind? KindOf(JsonSchema schema, string where, out string? objectType)
    {
        objectType = null;
        var type = schema.Type;
        if (type.HasFlag(JsonObjectType.String))
        {
            return ValueKind.String;
        }
        if (type.HasFlag(JsonObjectType.Boolean))
        {
            return ValueKind.Boolean;
        }
        if (type.HasFlag(JsonObjectType.Integer))
        {
            return schema.Minimum == 0 && schema.Maximum == uint.MaxValue ? ValueKind.UInt32 : ValueKind.Int64;
        }
        if (type.HasFlag(JsonObjectType.Object))
        {
            if (schema.Properties.Count > 0)
            {
                if (!_typeNames.TryGetValue(schema, out objectType))
                {
                    BadKeyword(where, "an object with properties must be a named definition referenced with $ref");
                    return null;
                }
                return ValueKind.Object;
            }
            if (schema.AdditionalPropertiesSchema?.ActualSchema.Type.HasFlag(JsonObjectType.String) == true)
            {
                return ValueKind.StringMap;
            }
        }
        BadKeyword(where, $"unsupported schema type '{type}'; expected string, boolean, integer, a list, a named object or a map of strings");
        return null;
    }

    private List<ValueRuleModel> ReadValueRules(JsonSchema property, string where)
    {
        var rules = new List<ValueRuleModel>();
        var token = Keyword(property.ExtensionData, SchemaKeywords.ValueRules);
        if (token is null)
        {
            return rules;
        }
        if (token is not JArray list)
        {
            BadKeyword(where, $"{SchemaKeywords.ValueRules} must be a list of {{since, pattern, description}}");
            return rules;
        }
        foreach (var item in list)
        {
            var since = (string?)item["since"];
            var pattern = (string?)item["pattern"];
            var description = (string?)item["description"];
            if (since is null || pattern is null || string.IsNullOrEmpty(description))
            {
                BadKeyword(where, $"each entry of {SchemaKeywords.ValueRules} needs since, pattern and description");
                continue;
            }
            CheckVersion(since, where, SchemaKeywords.ValueRules);
            CheckPattern(pattern, where);
            rules.Add(new ValueRuleModel(since, pattern, description!));
        }
        return rules;
    }

    private string? ReadVersionKeyword(IDictionary<string, object?>? extensionData, string keyword, string where)
    {
        var token = Keyword(extensionData, keyword);
        if (token is null)
        {
            return null;
        }
        var text = token.Type == JTokenType.String ? (string?)token : null;
        if (text is null)
        {
            BadKeyword(where, $"{keyword} must be a version string");
            return null;
        }
        CheckVersion(text, where, keyword);
        return text;
    }

    private void CheckVersion(string text, string where, string keyword)
    {
        if (!_knownVersions.Contains(text))
        {
            BadKeyword(where, $"{keyword} '{text}' is not one of the versions in {SchemaKeywords.Versions}");
        }
    }

    private void CheckChoice(string? value, ImmutableArray<string> choices, string where, string keyword)
    {
        if (value is not null && !choices.Contains(value))
        {
            BadKeyword(where, $"{keyword} '{value}' is not one of: {string.Join(", ", choices)}");
        }
    }

    private void CheckPattern(string? pattern, string where)
    {
        if (pattern is null)
        {
            return;
        }
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException error)
        {
            BadKeyword(where, $"'{pattern}' is not a valid regular expression: {error.Message}");
        }
    }

    private string? StringKeyword(JsonSchema schema, string keyword, string where)
    {
        var token = Keyword(schema.ExtensionData, keyword);
        if (token is null)
        {
            return null;
        }
        if (token.Type != JTokenType.String)
        {
            BadKeyword(where, $"{keyword} must be a string");
            return null;
        }
        return (string?)token;
    }

    private List<string> StringList(JsonSchema schema, string keyword, string where)
    {
        var token = Keyword(schema.ExtensionData, keyword);
        if (token is null)
        {
            return new List<string>();
        }
        if (token is not JArray list || list.Any(item => item.Type != JTokenType.String))
        {
            BadKeyword(where, $"{keyword} must be a list of strings");
            return new List<string>();
        }
        return list.Select(item => (string)item!).ToList();
    }

    // NJsonSchema keeps unknown keywords as plain objects or JTokens; JToken.FromObject gives one shape.
    private static JToken? Keyword(IDictionary<string, object?>? extensionData, string keyword) =>
        extensionData is not null && extensionData.TryGetValue(keyword, out var value) && value is not null
            ? value as JToken ?? JToken.FromObject(value)
            : null;

    private void BadKeyword(string where, string message) =>
        _diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.BadKeyword, _rootPath, System.IO.Path.GetFileName(_rootPath), where, message));

    private SchemaReadResult Result(SchemaModel? model) => new(model, _diagnostics.ToEquatableArray());

    private static string? Clean(string? description) =>
        string.IsNullOrWhiteSpace(description) ? null : description!.Trim();

    private static Exception Innermost(Exception error)
    {
        while (error.InnerException is not null)
        {
            error = error.InnerException;
        }
        return error;
    }
}
