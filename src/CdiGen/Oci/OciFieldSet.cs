using System;
using System.Text;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>
/// The members an OCI object type models, in runtime-spec declaration order. The index of
/// a name is its field id; that order decides where a member added by an edit is written.
/// </summary>
internal sealed class OciFieldSet
{
    private readonly byte[][] _utf8;

    public OciFieldSet(params string[] names)
    {
        if (names.Length > 64)
        {
            // Field presence is tracked in a 64-bit mask.
            throw new ArgumentException("at most 64 fields", nameof(names));
        }

        _utf8 = new byte[names.Length][];
        Encoded = new JsonEncodedText[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            _utf8[i] = Encoding.UTF8.GetBytes(names[i]);
            Encoded[i] = JsonEncodedText.Encode(names[i]);
        }
    }

    public int Count => _utf8.Length;

    public JsonEncodedText[] Encoded { get; }

    /// <summary>The field id of the property name under the reader, or -1.</summary>
    public int Match(ref Utf8JsonReader reader)
    {
        for (int i = 0; i < _utf8.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
