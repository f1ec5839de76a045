using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CdiGen.Serialization.FastYaml;

/// <summary>Scalars and one-line flow collections.</summary>
internal sealed partial class FastYamlReader
{
    private void ReadFlowSequence()
    {
        Enter();
        var start = Mark();
        _pos++;
        // YamlDotNet gives a flow collection's start and end events no width.
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, start, start));
        ReadFlowEntries(']', isMapping: false);
        var end = Mark();
        _pos++;
        _events.Add(new SequenceEnd(end, end));
        _nesting--;
    }

    private void ReadFlowMapping()
    {
        Enter();
        var start = Mark();
        _pos++;
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow, start, start));
        ReadFlowEntries('}', isMapping: true);
        var end = Mark();
        _pos++;
        _events.Add(new MappingEnd(end, end));
        _nesting--;
    }

    // Entries up to the closing bracket, all on one line; a trailing comma, an empty entry,
    // a key without ": " or a single-pair mapping inside a sequence declines.
    private void ReadFlowEntries(char close, bool isMapping)
    {
        SkipFlowSpaces();
        if (Peek() == close)
        {
            return;
        }
        while (true)
        {
            if (isMapping)
            {
                var key = ScanScalar(flow: true);
                _events.Add(key.ToEvent(isKey: true));
                SkipFlowSpaces();
                if (Peek() != ':' || Peek(1) != ' ')
                {
                    throw Decline();
                }
                _pos++;
                SkipFlowSpaces();
            }
            ReadFlowNode();
            SkipFlowSpaces();
            if (Peek() == close)
            {
                return;
            }
            if (Peek() != ',')
            {
                throw Decline();
            }
            _pos++;
            SkipFlowSpaces();
            if (Peek() == close)
            {
                throw Decline();
            }
        }
    }

    private void ReadFlowNode()
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
                _events.Add(ScanScalar(flow: true).ToEvent(isKey: false));
                break;
        }
    }

    private void SkipFlowSpaces()
    {
        SkipSpaces();
        if (AtEnd || _text[_pos] == '\n')
        {
            throw Decline();
        }
    }

    // One scalar on the current line; the cursor ends after its last character.
    private ScannedScalar ScanScalar(bool flow)
    {
        var startIndex = _pos;
        var start = Mark();
        string value;
        ScalarStyle style;
        switch (Peek())
        {
            case '"':
                value = ScanDoubleQuoted();
                style = ScalarStyle.DoubleQuoted;
                break;
            case '\'':
                value = ScanSingleQuoted();
                style = ScalarStyle.SingleQuoted;
                break;
            default:
                value = ScanPlain(flow);
                style = ScalarStyle.Plain;
                break;
        }
        return new ScannedScalar(value, style, startIndex, _pos, start, Mark());
    }

    private static readonly SearchValues<char> s_blockPlainStops = SearchValues.Create("\n :");
    private static readonly SearchValues<char> s_flowPlainStops = SearchValues.Create("\n :#,[]{}?");

    private string ScanPlain(bool flow)
    {
        var first = Peek();
        if (first is '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '\0' or '\n' or ' '
            || (first == '-' && (Peek(1) is ' ' or '\n' or '\0' || (flow && Peek(1) is ',' or '[' or ']' or '{' or '}'))))
        {
            throw Decline();
        }
        var text = _text;
        var start = _pos;
        var end = start;
        var i = start;
        var stops = flow ? s_flowPlainStops : s_blockPlainStops;
        while (i < text.Length)
        {
            // Ordinary characters are skipped in bulk; only the ones that can end the scalar are looked at.
            var ordinary = text.AsSpan(i).IndexOfAny(stops);
            if (ordinary != 0)
            {
                i = ordinary < 0 ? text.Length : i + ordinary;
                end = i;
                continue;
            }
            var c = text[i];
            if (c == '\n')
            {
                break;
            }
            if (c == ' ')
            {
                if (i + 1 < text.Length && text[i + 1] == '#')
                {
                    break;
                }
                i++;
                continue;
            }
            if (flow)
            {
                if (c is ',' or '[' or ']' or '{' or '}')
                {
                    break;
                }
                if (c == ':' && i + 1 < text.Length && text[i + 1] == ' ')
                {
                    break;
                }
                // YamlDotNet's rules for other ":" and "#" inside flow scalars differ between
                // versions; a "?" there is refused by Go (GoYamlRules), which only the
                // YamlDotNet path checks.
                if (c is ':' or '#' or '?')
                {
                    throw Decline();
                }
            }
            else if (c == ':' && (i + 1 >= text.Length || text[i + 1] is ' ' or '\n'))
            {
                break;
            }
            i++;
            end = i;
        }
        _pos = end;
        return text.Substring(start, end - start);
    }

    private string ScanSingleQuoted()
    {
        var text = _text;
        StringBuilder? unescaped = null;
        var segment = ++_pos;
        while (true)
        {
            var quote = text.IndexOfAny(['\'', '\n'], _pos);
            if (quote < 0 || text[quote] == '\n')
            {
                throw Decline();
            }
            if (quote + 1 < text.Length && text[quote + 1] == '\'')
            {
                unescaped ??= new StringBuilder();
                unescaped.Append(text, segment, quote + 1 - segment);
                _pos = segment = quote + 2;
                continue;
            }
            _pos = quote + 1;
            if (unescaped is null)
            {
                return text.Substring(segment, quote - segment);
            }
            return unescaped.Append(text, segment, quote - segment).ToString();
        }
    }

    private string ScanDoubleQuoted()
    {
        var text = _text;
        StringBuilder? unescaped = null;
        var segment = ++_pos;
        while (true)
        {
            var special = text.IndexOfAny(['"', '\\', '\n'], _pos);
            if (special < 0 || text[special] == '\n')
            {
                throw Decline();
            }
            if (text[special] == '"')
            {
                _pos = special + 1;
                if (unescaped is null)
                {
                    return text.Substring(segment, special - segment);
                }
                return unescaped.Append(text, segment, special - segment).ToString();
            }
            unescaped ??= new StringBuilder();
            unescaped.Append(text, segment, special - segment);
            _pos = special + 1;
            AppendEscape(unescaped);
            segment = _pos;
        }
    }

    // The escapes of YAML 1.1 double-quoted scalars; the cursor is after the backslash.
    private void AppendEscape(StringBuilder unescaped)
    {
        var code = Peek();
        _pos++;
        switch (code)
        {
            case '0': unescaped.Append('\0'); break;
            case 'a': unescaped.Append('\a'); break;
            case 'b': unescaped.Append('\b'); break;
            case 't': unescaped.Append('\t'); break;
            case 'n': unescaped.Append('\n'); break;
            case 'v': unescaped.Append('\v'); break;
            case 'f': unescaped.Append('\f'); break;
            case 'r': unescaped.Append('\r'); break;
            case 'e': unescaped.Append('\x1B'); break;
            case ' ': unescaped.Append(' '); break;
            case '"': unescaped.Append('"'); break;
            case '\\': unescaped.Append('\\'); break;
            case 'N': unescaped.Append('\u0085'); break;
            case '_': unescaped.Append('\u00A0'); break;
            case 'L': unescaped.Append('\u2028'); break;
            case 'P': unescaped.Append('\u2029'); break;
            case 'x': unescaped.Append((char)ScanHex(2)); break;
            case 'u':
                var bmp = ScanHex(4);
                if (bmp is >= 0xD800 and <= 0xDFFF)
                {
                    throw Decline();
                }
                unescaped.Append((char)bmp);
                break;
            case 'U':
                var rune = ScanHex(8);
                if (!Rune.IsValid(rune))
                {
                    throw Decline();
                }
                unescaped.Append(char.ConvertFromUtf32(rune));
                break;
            default:
                throw Decline();
        }
    }

    private int ScanHex(int digits)
    {
        if (_pos + digits > _text.Length
            || !int.TryParse(_text.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw Decline();
        }
        _pos += digits;
        return value;
    }

    private readonly record struct ScannedScalar(string Value, ScalarStyle Style, int StartIndex, int EndIndex, Mark Start, Mark End)
    {
        public Scalar ToEvent(bool isKey) =>
            new(AnchorName.Empty, TagName.Empty, Value, Style, Style == ScalarStyle.Plain, Style != ScalarStyle.Plain, Start, End, isKey);
    }
}
