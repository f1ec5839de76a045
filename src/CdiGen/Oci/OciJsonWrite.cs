using System.Collections.Generic;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>Writers for the list shapes the OCI model uses.</summary>
internal static class OciJsonWrite
{
    public static void StringList(Utf8JsonWriter writer, List<string> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static void UInt32List(Utf8JsonWriter writer, List<uint> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    public static void ObjectList<T>(Utf8JsonWriter writer, List<T> values)
        where T : OciObject
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            value.WriteObject(writer);
        }

        writer.WriteEndArray();
    }
}
