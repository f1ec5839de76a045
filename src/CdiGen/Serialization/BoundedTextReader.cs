using System;
using System.IO;
using System.Text;

namespace CdiGen.Serialization;

/// <summary>
/// The text of a YAML document as the parser sees it: at most
/// <see cref="DocumentLimits.MaxDocumentSize"/> characters, and, when the text comes from a
/// UTF-8 file, decoded strictly, so invalid bytes fail the read instead of becoming U+FFFD
/// (Go's YAML reader rejects them too), and free of the characters YAML forbids
/// (<see cref="YamlCharacters"/>), which YamlDotNet would let through. Only text outside the
/// fast reader's subset comes here, so the character check keeps to a plain loop.
/// </summary>
internal sealed class BoundedTextReader : TextReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly TextReader _inner;
    private readonly bool _ownsInner;
    private long _count;

    // Everything read so far: for rules that look at a value as written (GoYamlRules), and for
    // the position of a forbidden character. Only text outside the fast reader's subset comes
    // here, so the copy is rare.
    private readonly StringBuilder _read = new();

    private BoundedTextReader(TextReader inner, bool ownsInner)
    {
        _inner = inner;
        _ownsInner = ownsInner;
    }

    /// <summary>Wraps <paramref name="text"/>; a fresh UTF-8 <see cref="StreamReader"/> is re-opened with a strict decoder.</summary>
    public static BoundedTextReader For(TextReader text)
    {
        if (text is StreamReader { BaseStream: { CanSeek: true } stream } reader
            && stream.Position == 0
            && reader.CurrentEncoding is UTF8Encoding)
        {
            // The caller's reader has read nothing yet (position 0), so nothing is skipped.
            if (stream.Length > DocumentLimits.MaxDocumentSize)
            {
                throw new DocumentTooLargeException(DocumentLimits.TooLarge(stream.Length, "bytes"));
            }
            return new BoundedTextReader(new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true), ownsInner: true);
        }
        return new BoundedTextReader(text, ownsInner: false);
    }

    public override int Peek() => _inner.Peek();

    public override int Read()
    {
        var c = _inner.Read();
        if (c >= 0)
        {
            Count(1);
            Inspect([(char)c]);
        }
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int read = Count(_inner.Read(buffer));
        Inspect(buffer[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsInner)
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>The text read between two character indexes (clamped to what was read).</summary>
    public string TextBetween(long start, long end)
    {
        int from = (int)Math.Clamp(start, 0, _read.Length);
        int to = (int)Math.Clamp(end, from, _read.Length);
        return _read.ToString(from, to - from);
    }

    private void Inspect(ReadOnlySpan<char> chunk)
    {
        _read.Append(chunk);
        int forbidden = YamlCharacters.IndexOfForbidden(chunk);
        if (forbidden >= 0)
        {
            var (line, column) = PositionOf(_read.Length - chunk.Length + forbidden);
            throw new ForbiddenCharacterException(chunk[forbidden], line, column);
        }
    }

    // Line breaks counted as YamlDotNet counts them (CRLF once), so the position matches its other errors.
    private (long Line, long Column) PositionOf(int index)
    {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++)
        {
            char c = _read[i];
            if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 >= _read.Length || _read[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private int Count(int read)
    {
        _count += read;
        if (_count > DocumentLimits.MaxDocumentSize)
        {
            throw new DocumentTooLargeException(DocumentLimits.TooLarge(_count, "characters"));
        }
        return read;
    }
}

/// <summary>The YAML text passed <see cref="DocumentLimits.MaxDocumentSize"/>; becomes a <see cref="CdiFormatException"/>.</summary>
internal sealed class DocumentTooLargeException(string message) : Exception(message);

/// <summary>The YAML text holds a character YAML forbids; becomes a <see cref="CdiFormatException"/>.</summary>
internal sealed class ForbiddenCharacterException(char character, long line, long column)
    : Exception(YamlCharacters.Describe(character))
{
    /// <summary>The 1-based line of the character.</summary>
    public long Line { get; } = line;

    /// <summary>The 1-based column of the character.</summary>
    public long Column { get; } = column;
}
