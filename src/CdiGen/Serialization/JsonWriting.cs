using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CdiGen.Serialization;

/// <summary>Primitives generated JSON writers call for values that are more than one token.</summary>
public static class JsonWriting
{
    /// <summary>
    /// Writer options for spec documents: two-space indentation and no escaping of HTML
    /// characters, as Go's encoder writes them with HTML escaping off.
    /// </summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a named list of strings.</summary>
    public static void WriteStringList(Utf8JsonWriter writer, JsonEncodedText name, List<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes a named list of unsigned integers.</summary>
    public static void WriteUInt32List(Utf8JsonWriter writer, JsonEncodedText name, List<uint> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes a named map of strings to strings.</summary>
    public static void WriteStringMap(Utf8JsonWriter writer, JsonEncodedText name, Dictionary<string, string> values)
    {
        writer.WriteStartObject(name);
        foreach (var pair in values)
        {
            writer.WriteString(pair.Key, pair.Value);
        }
        writer.WriteEndObject();
    }
}
