using System;

namespace CdiGen.Oci;

/// <summary>Turns byte offsets in UTF-8 text into the line/column pairs people read.</summary>
internal static class TextPosition
{
    /// <summary>1-based line and column (in scalar values) of <paramref name="offset"/>.</summary>
    public static (long Line, long Column) At(ReadOnlySpan<byte> utf8, long offset)
    {
        if (offset > utf8.Length)
        {
            offset = utf8.Length;
        }

        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        long column = 1;
        for (int i = lineStart; i < offset; i++)
        {
            // Continuation bytes (10xxxxxx) belong to the character before them.
            if ((utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    /// <summary>
    /// The byte offset of a position the JSON reader reports as a 0-based line number and
    /// a 0-based byte position within that line.
    /// </summary>
    public static long OffsetOf(ReadOnlySpan<byte> utf8, long zeroBasedLine, long bytePositionInLine)
    {
        int offset = 0;
        for (long line = 0; line < zeroBasedLine; line++)
        {
            int next = utf8.Slice(offset).IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8.Length;
            }

            offset += next + 1;
        }

        return Math.Min(utf8.Length, offset + bytePositionInLine);
    }
}
