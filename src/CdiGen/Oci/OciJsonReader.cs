using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>
/// A <see cref="Utf8JsonReader"/> over a whole document that turns every reader error and
/// every wrong-typed modeled value into an <see cref="OciFormatException"/> with line and column.
/// </summary>
internal ref struct OciJsonReader
{
    private readonly ReadOnlySpan<byte> _source;
    private Utf8JsonReader _reader;
    private byte[]? _scratch;

    public OciJsonReader(ReadOnlySpan<byte> utf8)
    {
        _source = utf8;
        // Go's encoding/json (what runtimes use for config.json) allows no comments and no
        // trailing commas, so neither do we.
        _reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
    }

    public readonly JsonTokenType TokenType => _reader.TokenType;

    /// <summary>Moves to the next token; the end of input is an error here.</summary>
    /// <remarks>
    /// A syntax error leaves as the reader's <see cref="JsonException"/>, which
    /// <see cref="OciSpec.Read(ReadOnlySpan{byte})"/> turns into an <see cref="OciFormatException"/>
    /// (<see cref="FromReaderError"/>): one handler there instead of one per token keeps this
    /// small enough to inline into the loops that call it for every token.
    /// </remarks>
    public void Read()
    {
        if (!_reader.Read())
        {
            throw ErrorAt(_source.Length, "unexpected end of document");
        }
    }

    /// <summary>After the root value: only whitespace may follow.</summary>
    public void ExpectEndOfDocument()
    {
        if (_reader.Read())
        {
            throw Error("unexpected data after the end of the document");
        }
    }

    /// <summary>Reads the next member name, or returns false at the end of the object.</summary>
    public bool ReadNextMember()
    {
        Read();
        return _reader.TokenType == JsonTokenType.PropertyName;
    }

    public int MatchField(OciFieldSet fields) => fields.Match(ref _reader);

    public readonly bool IsNull => _reader.TokenType == JsonTokenType.Null;

    public readonly void ExpectStartObject(string what)
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error($"expected an object for {what}, found {Describe(_reader.TokenType)}");
        }
    }

    /// <summary>
    /// Captures the member whose name is under the reader, for an object that does not model
    /// it: the name (unescaped UTF-8), then its value as compact JSON with every token spelled
    /// as in the input (escapes and number text included) and no whitespace between tokens.
    /// Built while the value is read anyway, so compact output can copy it as it is.
    /// </summary>
    /// <param name="nameLength">How many of the returned bytes are the name.</param>
    /// <returns>The name and the value, in one array.</returns>
    public byte[] CaptureUnknownMember(out int nameLength)
    {
        // One scratch buffer per document: no capture is longer than the document.
        byte[] buffer = _scratch ??= ArrayPool<byte>.Shared.Rent(Math.Max(256, _source.Length));
        int length = _reader.CopyString(buffer);
        nameLength = length;
        Read();

        int startDepth = _reader.CurrentDepth;
        bool needComma = false;
        while (true)
        {
            var token = _reader.TokenType;
            bool closes = token is JsonTokenType.EndObject or JsonTokenType.EndArray;
            if (needComma && !closes)
            {
                buffer[length++] = (byte)',';
            }

            switch (token)
            {
                case JsonTokenType.EndObject:
                case JsonTokenType.StartObject:
                case JsonTokenType.EndArray:
                case JsonTokenType.StartArray:
                    buffer[length++] = token switch
                    {
                        JsonTokenType.StartObject => (byte)'{',
                        JsonTokenType.EndObject => (byte)'}',
                        JsonTokenType.StartArray => (byte)'[',
                        _ => (byte)']',
                    };
                    break;
                case JsonTokenType.PropertyName:
                case JsonTokenType.String:
                    buffer[length++] = (byte)'"';
                    _reader.ValueSpan.CopyTo(buffer.AsSpan(length));
                    length += _reader.ValueSpan.Length;
                    buffer[length++] = (byte)'"';
                    if (token == JsonTokenType.PropertyName)
                    {
                        buffer[length++] = (byte)':';
                    }

                    break;
                default:
                    // Numbers, true, false, null: the value span is their text.
                    _reader.ValueSpan.CopyTo(buffer.AsSpan(length));
                    length += _reader.ValueSpan.Length;
                    break;
            }

            // A comma goes before the next token unless this one opens a container or names a member.
            needComma = token is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName);
            if (_reader.CurrentDepth == startDepth && token is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return buffer.AsSpan(0, length).ToArray();
            }

            Read();
        }
    }

    /// <summary>Gives back the scratch buffer of <see cref="CaptureUnknownMember"/>; call once, when the document is read.</summary>
    public void ReturnScratch()
    {
        if (_scratch is { } scratch)
        {
            _scratch = null;
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>The member name under the reader.</summary>
    public readonly string MemberName() => _reader.GetString()!;

    public readonly string? GetString(string what)
    {
        return _reader.TokenType switch
        {
            JsonTokenType.String => _reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw Error($"expected a string for {what}, found {Describe(_reader.TokenType)}"),
        };
    }

    public readonly bool? GetBoolean(string what)
    {
        return _reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => null,
            _ => throw Error($"expected true or false for {what}, found {Describe(_reader.TokenType)}"),
        };
    }

    public readonly uint? GetUInt32(string what)
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetUInt32(out uint value))
        {
            throw Error($"expected an unsigned 32-bit integer for {what}");
        }

        return value;
    }

    public readonly long? GetInt64(string what)
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetInt64(out long value))
        {
            throw Error($"expected a 64-bit integer for {what}");
        }

        return value;
    }

    public readonly int? GetInt32(string what)
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetInt32(out int value))
        {
            throw Error($"expected a 32-bit integer for {what}");
        }

        return value;
    }

    public List<string>? ReadStringList(string what)
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectStartArray(what);
        var list = new List<string>();
        while (true)
        {
            Read();
            if (_reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            if (_reader.TokenType != JsonTokenType.String)
            {
                throw Error($"expected a string in {what}, found {Describe(_reader.TokenType)}");
            }

            list.Add(_reader.GetString()!);
        }
    }

    public List<uint>? ReadUInt32List(string what)
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectStartArray(what);
        var list = new List<uint>();
        while (true)
        {
            Read();
            if (_reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetUInt32(out uint value))
            {
                throw Error($"expected an unsigned 32-bit integer in {what}");
            }

            list.Add(value);
        }
    }

    public List<T>? ReadObjectList<T>(string what)
        where T : OciObject, new()
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectStartArray(what);
        var list = new List<T>();
        while (true)
        {
            Read();
            if (_reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            list.Add(OciObject.ReadNew<T>(ref this, what));
        }
    }

    public readonly void ExpectStartArray(string what)
    {
        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error($"expected an array for {what}, found {Describe(_reader.TokenType)}");
        }
    }

    public readonly OciFormatException Error(string problem, Exception? inner = null) => ErrorAt(_reader.TokenStartIndex, problem, inner);

    private readonly OciFormatException ErrorAt(long offset, string problem, Exception? inner = null)
    {
        var (line, column) = TextPosition.At(_source, offset);
        return new OciFormatException(problem, line, column, offset, inner);
    }

    /// <summary>The reader's syntax error as an <see cref="OciFormatException"/> with line and column.</summary>
    public readonly OciFormatException FromReaderError(JsonException e)
    {
        long offset = TextPosition.OffsetOf(_source, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
        // The reader's message ends with its own 0-based position; keep only the reason.
        string reason = e.Message;
        int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            reason = reason.Substring(0, cut).TrimEnd();
        }

        return ErrorAt(offset, reason, e);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
