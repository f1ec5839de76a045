using System;
using System.IO;
using System.Text;

namespace CdiGen.Serialization;

/// <summary>
/// The text of a YAML document as the parser sees it: at most
/// <see cref="DocumentLimits.MaxDocumentSize"/> characters, and, when the text comes from a
/// UTF-8 file, decoded strictly, so invalid bytes fail the read instead of becoming U+FFFD
/// (Go's YAML reader rejects them too).
/// </summary>
internal sealed class BoundedTextReader : TextReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly TextReader _inner;
    private readonly bool _ownsInner;
    private long _count;

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
        }
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Count(_inner.Read(buffer, index, count));

    public override int Read(Span<char> buffer) => Count(_inner.Read(buffer));

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsInner)
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
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
