using System;
using System.Buffers.Text;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>
/// Writes a raw JSON value that was kept from the input back through a
/// <see cref="Utf8JsonWriter"/>: into indented output token by token, so it is indented like
/// the rest of the document while numbers and strings keep their original spelling wherever
/// the writer allows it; into compact output as captured: the original tokens without whitespace.
/// </summary>
internal static class RawJsonWriter
{
    /// <summary>Writes a value that directly follows a property name.</summary>
    public static void WriteMemberValue(Utf8JsonWriter writer, ReadOnlySpan<byte> raw)
    {
        if (!writer.Options.Indented)
        {
            // Captured compact (see OciJsonReader.CaptureUnknownMember): copied as it is.
            writer.WriteRawValue(raw, skipInputValidation: true);
            return;
        }

        var reader = new Utf8JsonReader(raw);
        bool afterName = true;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    writer.WriteStartObject();
                    afterName = false;
                    break;
                case JsonTokenType.EndObject:
                    writer.WriteEndObject();
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteStartArray();
                    afterName = false;
                    break;
                case JsonTokenType.EndArray:
                    writer.WriteEndArray();
                    break;
                case JsonTokenType.PropertyName:
                    WriteName(writer, ref reader);
                    afterName = true;
                    continue;
                default:
                    WritePrimitive(writer, ref reader, raw, afterName);
                    break;
            }

            afterName = false;
        }
    }

    private static void WriteName(Utf8JsonWriter writer, ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            writer.WritePropertyName(reader.GetString()!);
        }
        else
        {
            writer.WritePropertyName(reader.ValueSpan);
        }
    }

    private static void WritePrimitive(Utf8JsonWriter writer, ref Utf8JsonReader reader, ReadOnlySpan<byte> raw, bool afterName)
    {
        if (afterName)
        {
            // After a property name the writer formats raw values correctly, so the
            // original bytes (escapes, number spelling) survive exactly.
            int start = (int)reader.TokenStartIndex;
            int end = (int)reader.BytesConsumed;
            writer.WriteRawValue(raw.Slice(start, end - start), skipInputValidation: true);
            return;
        }

        // Inside arrays the writer does not indent raw values, so use typed writes.
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (reader.ValueIsEscaped)
                {
                    writer.WriteStringValue(reader.GetString());
                }
                else
                {
                    writer.WriteStringValue(reader.ValueSpan);
                }

                break;
            case JsonTokenType.Number:
                WriteNumber(writer, reader.ValueSpan);
                break;
            case JsonTokenType.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonTokenType.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> text)
    {
        if (Utf8Parser.TryParse(text, out long integer, out int used) && used == text.Length && IsCanonicalInteger(text))
        {
            writer.WriteNumberValue(integer);
            return;
        }

        if (Utf8Parser.TryParse(text, out ulong large, out used) && used == text.Length && IsCanonicalInteger(text))
        {
            writer.WriteNumberValue(large);
            return;
        }

        // A fraction or exponent: JsonDocument writes numbers with their original text.
        using var document = JsonDocument.Parse(text.ToArray());
        document.RootElement.WriteTo(writer);
    }

    private static bool IsCanonicalInteger(ReadOnlySpan<byte> text)
    {
        // JSON integers have no leading zeros and no '+', so any all-digit text (with an
        // optional '-') formats back to itself.
        int start = text.Length > 0 && text[0] == (byte)'-' ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        for (int i = start; i < text.Length; i++)
        {
            if (text[i] < (byte)'0' || text[i] > (byte)'9')
            {
                return false;
            }
        }

        // "-0" would come back as "0".
        return text.Length - start == 1 ? !(start == 1 && text[1] == (byte)'0') : text[start] != (byte)'0';
    }
}
