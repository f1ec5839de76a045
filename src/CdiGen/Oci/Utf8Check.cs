using System;
using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CdiGen.Oci;

/// <summary>
/// Rejects invalid UTF-8 up front: the JSON reader checks it only in strings it decodes,
/// and unknown members are copied without decoding.
/// </summary>
internal static class Utf8Check
{
    public static void ThrowIfInvalid(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            return;
        }

        int offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8.Slice(offset), out _, out int used) != OperationStatus.Done)
            {
                break;
            }

            offset += used;
        }

        var (line, column) = TextPosition.At(utf8, offset);
        throw new OciFormatException("invalid UTF-8", line, column, offset);
    }
}
