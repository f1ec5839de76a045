using CdiGen.Generators.Model;

namespace CdiGen.Generators.Emit;

/// <summary>The C# types of properties, as the emitters spell them.</summary>
internal static class TypeNames
{
    /// <summary>The type of one value (or list item) of the property.</summary>
    public static string Item(PropertyModel property) => property.Kind switch
    {
        ValueKind.String => "string",
        ValueKind.Boolean => "bool",
        ValueKind.Int64 => "long",
        ValueKind.UInt32 => "uint",
        ValueKind.StringMap => "Dictionary<string, string>",
        _ => property.ObjectType!,
    };

    /// <summary>The declared type of the property, nullable unless the schema requires it.</summary>
    public static string Property(PropertyModel property)
    {
        var item = Item(property);
        var type = property.IsList ? $"List<{item}>" : item;
        return IsReferenceRequired(property) ? type : type + "?";
    }

    /// <summary>
    /// Required strings, lists and objects are non-nullable and start empty; numbers and
    /// booleans stay nullable so a missing value can be told from zero or false.
    /// </summary>
    public static bool IsReferenceRequired(PropertyModel property) =>
        property.Required && (property.IsList || property.Kind is ValueKind.String or ValueKind.Object or ValueKind.StringMap);

    /// <summary>The initializer of a required reference-typed property.</summary>
    public static string Initializer(PropertyModel property) =>
        property.IsList || property.Kind != ValueKind.String ? " = new();" : " = \"\";";
}
