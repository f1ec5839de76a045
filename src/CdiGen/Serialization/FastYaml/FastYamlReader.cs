using System;
using System.Buffers;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CdiGen.Serialization.FastYaml;

/// <summary>
/// Reads the YAML subset spec files are written in (block mappings and sequences, one-line
/// flow collections, one-line plain and quoted scalars, comments, a leading <c>---</c>) into
/// the exact events YamlDotNet's <see cref="Parser"/> would produce, marks included, several
/// times faster. Anything else (anchors, tags, block or multi-line scalars, tabs, CR, text
/// outside printable ASCII, a second document, and every malformed input) is declined before
/// a single event is handed out, so the caller re-reads the whole text with YamlDotNet and
/// its error messages and positions stay the only ones users see.
/// </summary>
internal sealed partial class FastYamlReader
{
    // Deeper than any spec; beyond it YamlDotNet reads the text and YamlReadContext reports the depth.
    private const int MaxNesting = 64;

    // YamlDotNet refuses simple keys longer than 1024 characters; staying well under keeps the
    // fast path out of that rule.
    private const int MaxKeyLength = 1000;

    // Printable ASCII and LF: everything else (tabs, CR, BOMs, non-ASCII whose index YamlDotNet
    // counts differently, control characters) goes to YamlDotNet.
    private static readonly SearchValues<char> s_subsetCharacters = SearchValues.Create(
        "\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private readonly string _text;
    private readonly List<ParsingEvent> _events;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _nesting;

    private FastYamlReader(string text)
    {
        _text = text;
        // About one event per 20 characters in spec files; sized once to avoid regrowth.
        _events = new List<ParsingEvent>(text.Length / 16 + 8);
    }

    /// <summary>
    /// The events of <paramref name="text"/>, or <c>null</c> when the text is outside the
    /// subset (or malformed) and must be read by YamlDotNet.
    /// </summary>
    public static List<ParsingEvent>? TryRead(string text)
    {
        if (text.Length > DocumentLimits.MaxDocumentSize || text.AsSpan().IndexOfAnyExcept(s_subsetCharacters) >= 0)
        {
            return null;
        }
        var reader = new FastYamlReader(text);
        try
        {
            reader.ReadStream();
            return reader._events;
        }
        catch (DeclinedException)
        {
            return null;
        }
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Peek(int offset = 0) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private int Column => _pos - _lineStart;

    private Mark Mark() => new(_pos, _line, _pos - _lineStart + 1);

    // YamlDotNet moves the stream end to the start of a new line when the last line has text.
    private Mark StreamEndMark() => _pos > _lineStart ? new Mark(_pos, _line + 1, 1) : new Mark(_pos, _line, 1);

    // Where YamlDotNet ends a block collection: at the next token; at the end of the text, a
    // collection indented deeper than the last line's length is closed before the stream end
    // moves to a new line, so it ends on that last line.
    private Mark BlockEndMark(int indent) => AtEnd && indent <= Column ? StreamEndMark() : Mark();

    // A fresh instance each time: readers run on several threads, and a thrown exception is written to.
    private static DeclinedException Decline() => new();

    private void ReadStream()
    {
        var streamStart = new Mark(0, 1, 1);
        _events.Add(new StreamStart(streamStart, streamStart));
        SkipBlankLines(allowDocumentStart: true);
        if (AtEnd)
        {
            throw Decline();
        }
        if (Column == 0 && IsDocumentMarker('-'))
        {
            var start = Mark();
            _pos += 3;
            var end = Mark();
            EndOfLine();
            SkipBlankLines(allowDocumentStart: false);
            if (AtEnd)
            {
                throw Decline();
            }
            _events.Add(new DocumentStart(null, new TagDirectiveCollection(), false, start, end));
        }
        else
        {
            var start = Mark();
            _events.Add(new DocumentStart(null, new TagDirectiveCollection(), true, start, start));
        }
        if (IsBlockEntry())
        {
            ReadBlockSequence(Column, indentless: false);
        }
        else
        {
            ReadBlockMapping(Column);
        }
        if (!AtEnd)
        {
            throw Decline();
        }
        var streamEnd = StreamEndMark();
        _events.Add(new DocumentEnd(true, streamEnd, streamEnd));
        _events.Add(new StreamEnd(streamEnd, streamEnd));
    }

    private void ReadBlockMapping(int indent)
    {
        Enter();
        var start = Mark();
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
        while (true)
        {
            ReadKey(flow: false);
            if (!IsValueIndicator())
            {
                throw Decline();
            }
            _pos++;
            var afterColon = Mark();
            SkipSpaces();
            if (AtEnd || Peek() is '\n' or '#')
            {
                EndOfLine();
                SkipBlankLines(allowDocumentStart: false);
                ReadValueOnLaterLines(indent, afterColon);
            }
            else
            {
                ReadInlineValue();
                EndOfLine();
                SkipBlankLines(allowDocumentStart: false);
            }
            if (AtEnd || Column < indent)
            {
                break;
            }
            if (Column > indent || IsBlockEntry())
            {
                throw Decline();
            }
        }
        var end = BlockEndMark(indent);
        _events.Add(new MappingEnd(end, end));
        _nesting--;
    }

    // A key with nothing after its colon: a nested block collection, an indentless sequence,
    // or an empty (null) value. A scalar on the next line is valid YAML but not in the subset.
    private void ReadValueOnLaterLines(int indent, Mark afterColon)
    {
        if (!AtEnd && Column > indent)
        {
            if (IsBlockEntry())
            {
                ReadBlockSequence(Column, indentless: false);
            }
            else
            {
                ReadBlockMapping(Column);
            }
        }
        else if (!AtEnd && Column == indent && IsBlockEntry())
        {
            ReadBlockSequence(indent, indentless: true);
        }
        else
        {
            // YamlDotNet places an empty value right after its colon.
            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, string.Empty, ScalarStyle.Plain, true, false, afterColon, afterColon));
        }
    }

    private void ReadBlockSequence(int indent, bool indentless)
    {
        Enter();
        var start = Mark();
        // YamlDotNet's indentless sequence starts with the "-" token itself; a nested one with
        // the zero-width token it inserts when the indentation grows.
        var startEnd = indentless ? new Mark(_pos + 1, _line, _pos - _lineStart + 2) : start;
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, start, startEnd));
        while (true)
        {
            _pos++;
            SkipSpaces();
            ReadEntry();
            if (AtEnd || Column < indent)
            {
                break;
            }
            if (Column > indent)
            {
                throw Decline();
            }
            if (!IsBlockEntry())
            {
                if (indentless)
                {
                    break;
                }
                throw Decline();
            }
        }
        var end = BlockEndMark(indent);
        _events.Add(new SequenceEnd(end, end));
        _nesting--;
    }

    // One "- " entry: a flow collection, a scalar, or a mapping whose first key sits on the
    // dash's line. Empty entries and "- - " nesting are outside the subset.
    private void ReadEntry()
    {
        if (AtEnd || Peek() is '\n' or '#' || IsBlockEntry())
        {
            throw Decline();
        }
        if (Peek() is '[' or '{')
        {
            ReadInlineValue();
            EndOfLine();
            SkipBlankLines(allowDocumentStart: false);
            return;
        }
        var entryStart = _pos;
        var scalar = ScanScalar(flow: false);
        SkipSpaces();
        if (IsValueIndicator())
        {
            _pos = entryStart;
            ReadBlockMapping(Column);
            return;
        }
        _pos = scalar.EndIndex;
        _events.Add(scalar.ToEvent(isKey: false));
        EndOfLine();
        SkipBlankLines(allowDocumentStart: false);
    }

    private void ReadInlineValue()
    {
        switch (Peek())
        {
            case '[':
                ReadFlowSequence();
                break;
            case '{':
                ReadFlowMapping();
                break;
            default:
                var scalar = ScanScalar(flow: false);
                _events.Add(scalar.ToEvent(isKey: false));
                break;
        }
    }

    private void ReadKey(bool flow)
    {
        var scalar = ScanScalar(flow);
        if (scalar.EndIndex - scalar.StartIndex > MaxKeyLength)
        {
            throw Decline();
        }
        _events.Add(scalar.ToEvent(isKey: true));
        SkipSpaces();
    }

    private void Enter()
    {
        if (++_nesting > MaxNesting)
        {
            throw Decline();
        }
    }

    // ": " (or ":" at the end of a line or the text) ends a key.
    private bool IsValueIndicator() => Peek() == ':' && (_pos + 1 >= _text.Length || Peek(1) is ' ' or '\n');

    private bool IsBlockEntry() => Peek() == '-' && (_pos + 1 >= _text.Length || Peek(1) is ' ' or '\n');

    private bool IsDocumentMarker(char c) =>
        Peek() == c && Peek(1) == c && Peek(2) == c && (_pos + 3 >= _text.Length || Peek(3) is ' ' or '\n');

    private void SkipSpaces()
    {
        while (_pos < _text.Length && _text[_pos] == ' ')
        {
            _pos++;
        }
    }

    // After a value: only spaces and a comment may remain on the line; consumes the line break.
    private void EndOfLine()
    {
        SkipSpaces();
        if (Peek() == '#')
        {
            // A comment needs white space before it, or YamlDotNet reads the "#" differently.
            if (_pos > _lineStart && _text[_pos - 1] != ' ')
            {
                throw Decline();
            }
            var lineEnd = _text.IndexOf('\n', _pos);
            _pos = lineEnd < 0 ? _text.Length : lineEnd;
        }
        if (AtEnd)
        {
            return;
        }
        if (_text[_pos] != '\n')
        {
            throw Decline();
        }
        NewLine();
    }

    private void NewLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    // Skips blank and comment-only lines, leaving the cursor on the next content character.
    private void SkipBlankLines(bool allowDocumentStart)
    {
        while (true)
        {
            SkipSpaces();
            if (AtEnd)
            {
                return;
            }
            var c = _text[_pos];
            if (c == '#')
            {
                var lineEnd = _text.IndexOf('\n', _pos);
                if (lineEnd < 0)
                {
                    _pos = _text.Length;
                    return;
                }
                _pos = lineEnd;
                NewLine();
            }
            else if (c == '\n')
            {
                NewLine();
            }
            else
            {
                if (Column == 0 && ((!allowDocumentStart && IsDocumentMarker('-')) || IsDocumentMarker('.')))
                {
                    throw Decline();
                }
                return;
            }
        }
    }

    /// <summary>Thrown to abandon the fast path; caught only by <see cref="TryRead"/>.</summary>
    private sealed class DeclinedException : Exception;
}
