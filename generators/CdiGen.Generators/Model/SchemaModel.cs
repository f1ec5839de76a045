namespace CdiGen.Generators.Model;

/// <summary>
/// Everything the emitters need from the CDI schema, as plain equatable data: no
/// NJsonSchema objects, no Roslyn symbols, no text positions.
/// </summary>
/// <param name="Versions">The known CDI versions, oldest first.</param>
/// <param name="MinimumVersion">The lowest version any spec can require.</param>
/// <param name="RootType">The name of the document's root type (the spec).</param>
/// <param name="Types">Every object type, the root first.</param>
internal sealed record SchemaModel(
    EquatableArray<string> Versions,
    string MinimumVersion,
    string RootType,
    EquatableArray<TypeModel> Types);

/// <summary>An object type of the schema, emitted as a class.</summary>
internal sealed record TypeModel(string Name, string? Description, EquatableArray<PropertyModel> Properties);

/// <summary>The shape of a property's value, or of each item when the property is a list.</summary>
internal enum ValueKind
{
    String,
    Boolean,
    Int64,
    UInt32,
    Object,
    StringMap,
}

/// <summary>A property of an object type with every fact the schema keywords give it.</summary>
/// <param name="JsonName">The name in spec files.</param>
/// <param name="ClrName">The C# property name.</param>
/// <param name="Description">Documentation from the schema.</param>
/// <param name="Kind">The value's shape, or the item's shape for a list.</param>
/// <param name="IsList">Whether the value is a list of <paramref name="Kind"/>.</param>
/// <param name="ObjectType">The type name when <paramref name="Kind"/> is <see cref="ValueKind.Object"/>.</param>
/// <param name="Required">Whether the schema requires the property.</param>
/// <param name="Since">The first CDI version with the property (<c>x-cdi-since</c>).</param>
/// <param name="Removed">The first CDI version without it (<c>x-cdi-removed</c>).</param>
/// <param name="Format">A named value rule checked by the runtime (<c>x-cdi-format</c>), for the value or each item.</param>
/// <param name="Enum">The allowed values, when the schema lists them.</param>
/// <param name="Pattern">A regular expression the value must match.</param>
/// <param name="MinLength">The shortest allowed string.</param>
/// <param name="MinItems">The fewest allowed list items.</param>
/// <param name="NonEmpty">Whether an object value must set at least one field (<c>x-cdi-non-empty</c>).</param>
/// <param name="UniqueKeys">Fields of list items that must be unique across the list (<c>x-cdi-unique-keys</c>).</param>
/// <param name="ValueRules">Values that need a newer version than the property itself (<c>x-cdi-value-rules</c>).</param>
/// <param name="Merge">How the field merges into an OCI spec (<c>x-cdi-merge</c>).</param>
/// <param name="Role">A special meaning, such as <c>version</c> (<c>x-cdi-role</c>).</param>
/// <param name="Diagnostic">The diagnostic id its rules report (<c>x-cdi-diagnostic</c>, default CDI007).</param>
internal sealed record PropertyModel(
    string JsonName,
    string ClrName,
    string? Description,
    ValueKind Kind,
    bool IsList,
    string? ObjectType,
    bool Required,
    string? Since,
    string? Removed,
    string? Format,
    EquatableArray<string> Enum,
    string? Pattern,
    int MinLength,
    int MinItems,
    bool NonEmpty,
    EquatableArray<string> UniqueKeys,
    EquatableArray<ValueRuleModel> ValueRules,
    string? Merge,
    string? Role,
    string Diagnostic);

/// <summary>A value pattern that needs a newer version than its property (<c>x-cdi-value-rules</c>).</summary>
/// <param name="Since">The first version that accepts such values.</param>
/// <param name="Pattern">A regular expression that matches the values concerned.</param>
/// <param name="Description">What such a value is, e.g. "a device name that starts with a digit".</param>
internal sealed record ValueRuleModel(string Since, string Pattern, string Description);
