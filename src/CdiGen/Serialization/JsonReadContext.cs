using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace CdiGen.Serialization;

/// <summary>Reads one value of a spec type from JSON; generated readers have this shape.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="reader">Positioned on the value's first token.</param>
/// <param name="context">The state of the read.</param>
public delegate T JsonValueReader<T>(ref Utf8JsonReader reader, JsonReadContext context);

/// <summary>
/// The state of one strict JSON read and the primitives generated readers call: typed
/// values with range checks, lists, maps, field matching with duplicate and unknown-field
/// errors. Errors carry the JSON path; <see cref="Parse{T}"/> adds line and column.
/// </summary>
public sealed class JsonReadContext
{
    /// <summary>The deepest nesting accepted; CDI specs need fewer than ten levels.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonReaderOptions s_options = new()
    {
        // Go reads JSON specs through its YAML reader, which tolerates a trailing comma.
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = MaxDepth,
    };

    private JsonReadContext(string? filePath) => FilePath = filePath;

    /// <summary>The file being read, when known.</summary>
    public string? FilePath { get; }

    /// <summary>Where the reader is in the document.</summary>
    public DocumentPath Path { get; } = new();

    /// <summary>
    /// Reads a whole document: skips a UTF-8 byte order mark, reads the root value with
    /// <paramref name="readRoot"/> and turns every failure into a <see cref="CdiFormatException"/>
    /// that names file, line and column.
    /// </summary>
    public static T Parse<T>(ReadOnlySpan<byte> utf8, string? filePath, JsonValueReader<T> readRoot)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }
        var context = new JsonReadContext(filePath);
        if (utf8.Length > DocumentLimits.MaxDocumentSize)
        {
            throw new CdiFormatException(DocumentLimits.TooLarge(utf8.Length, "bytes"), filePath, "$", 0, 0);
        }
        if (utf8.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            var (endLine, endColumn) = LineAndColumn(utf8, utf8.Length);
            throw new CdiFormatException("the document is empty", filePath, "$", endLine, endColumn);
        }
        CheckWhatGoRefuses(utf8, filePath);
        var reader = new Utf8JsonReader(utf8, s_options);
        try
        {
            if (!reader.Read())
            {
                throw new JsonValueError(0, null, "the document is empty");
            }
            var result = readRoot(ref reader, context);
            // Reading past the root value makes the reader reject trailing content.
            if (reader.Read())
            {
                throw context.Error(ref reader, "unexpected content after the document");
            }
            return result;
        }
        catch (JsonValueError error)
        {
            var (line, column) = LineAndColumn(utf8, error.Offset);
            throw new CdiFormatException(error.Message, filePath, error.DocumentPath, line, column);
        }
        catch (JsonException syntax)
        {
            throw new CdiFormatException(
                "invalid JSON: " + TrimPosition(syntax.Message),
                filePath,
                context.Path.ToString(),
                (syntax.LineNumber ?? -1) + 1,
                (syntax.BytePositionInLine ?? -1) + 1,
                syntax);
        }
        catch (Exception invalidText) when (invalidText is DecoderFallbackException || invalidText.InnerException is DecoderFallbackException)
        {
            var (line, column) = LineAndColumn(utf8, reader.TokenStartIndex);
            throw new CdiFormatException("the document is not valid UTF-8", filePath, context.Path.ToString(), line, column, invalidText);
        }
        catch (InvalidOperationException undecodable)
        {
            // Utf8JsonReader.GetString throws this (not a JsonException) for an escape such
            // as "\uD800" that leaves half a UTF-16 surrogate pair.
            var (line, column) = LineAndColumn(utf8, reader.TokenStartIndex);
            throw new CdiFormatException("a string cannot be decoded: " + undecodable.Message, filePath, context.Path.ToString(), line, column, undecodable);
        }
    }

    // Bytes that may start what Go's YAML reader, which also reads JSON spec files, refuses and
    // Utf8JsonReader accepts: the escape \/ (EscapedSlash), and raw DEL, C1 controls, U+FFFE
    // and U+FFFF (YamlCharacters). One vectorized pass finds both; real specs have no hits.
    private static readonly SearchValues<byte> s_goRefusalStarts = SearchValues.Create([(byte)'\\', 0x7F, 0xC2, 0xEF]);

    private static void CheckWhatGoRefuses(ReadOnlySpan<byte> utf8, string? filePath)
    {
        for (int from = 0; ; )
        {
            int found = utf8.Slice(from).IndexOfAny(s_goRefusalStarts);
            if (found < 0)
            {
                return;
            }

            int at = from + found;
            string? reason = null;
            if (utf8[at] == (byte)'\\')
            {
                // An escape is a backslash and the next character; skipping both keeps "\\/" text.
                if (at + 1 < utf8.Length && utf8[at + 1] == (byte)'/')
                {
                    reason = EscapedSlash.Reason;
                }
                from = at + 2;
            }
            else
            {
                if (YamlCharacters.ForbiddenUtf8At(utf8, at) is { } forbidden)
                {
                    reason = YamlCharacters.Describe(forbidden) + ", and CDI runtimes read JSON spec files as YAML";
                }
                from = at + 1;
            }

            if (reason is not null)
            {
                var (line, column) = LineAndColumn(utf8, at);
                throw new CdiFormatException("invalid spec file: " + reason, filePath, null, line, column);
            }
        }
    }

    /// <summary>Checks that the reader is on the start of an object.</summary>
    public void StartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw TypeError(ref reader, "an object");
        }
    }

    /// <summary>
    /// Moves to the next property of the current object. Returns <c>false</c> at the end of
    /// the object.
    /// </summary>
    public bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>
    /// Matches the property name under the reader against <paramref name="names"/>, records
    /// it in <paramref name="seen"/>, enters it in <see cref="Path"/> and moves to its value.
    /// An unknown or repeated name is an error. Call <see cref="EndProperty"/> after the value.
    /// </summary>
    public int MatchProperty(ref Utf8JsonReader reader, PropertyNames names, ref ulong seen)
    {
        var index = reader.ValueIsEscaped ? -1 : names.FindExact(reader.ValueSpan);
        if (index < 0)
        {
            var name = reader.GetString()!;
            index = names.FindIgnoreCase(name);
            if (index < 0)
            {
                throw Error(ref reader, names.UnknownFieldMessage(name));
            }
        }
        var bit = 1UL << index;
        if ((seen & bit) != 0)
        {
            throw Error(ref reader, $"field \"{names.Names[index]}\" appears more than once");
        }
        seen |= bit;
        Path.Push(names.Names[index]);
        reader.Read();
        return index;
    }

    /// <summary>Leaves the property entered by <see cref="MatchProperty"/>.</summary>
    public void EndProperty() => Path.Pop();

    /// <summary>Reads a string, or <c>null</c> for a JSON null.</summary>
    public string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw TypeError(ref reader, "a string"),
    };

    /// <summary>Reads a boolean, or <c>null</c> for a JSON null.</summary>
    public bool? ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw TypeError(ref reader, "a boolean"),
    };

    /// <summary>Reads a signed 64-bit integer, or <c>null</c> for a JSON null.</summary>
    public long? ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        RequireNumber(ref reader);
        if (reader.TryGetInt64(out var value))
        {
            return value;
        }
        return IntegralDouble(ref reader) is { } whole && whole >= long.MinValue && whole < 9.2233720368547758e18
            ? (long)whole
            : throw Error(ref reader, "the number is out of range for a 64-bit integer");
    }

    /// <summary>Reads an unsigned 32-bit integer, or <c>null</c> for a JSON null.</summary>
    public uint? ReadUInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        RequireNumber(ref reader);
        if (reader.TryGetUInt32(out var value))
        {
            return value;
        }
        return IntegralDouble(ref reader) is { } whole && whole is >= 0 and <= uint.MaxValue
            ? (uint)whole
            : throw Error(ref reader, "the number is out of range for an unsigned 32-bit integer (0 to 4294967295)");
    }

    /// <summary>
    /// Reads a list of strings, or <c>null</c> for a JSON null. A null item is an empty string,
    /// as Go reads it (validation then judges the empty string, as Go's does).
    /// </summary>
    public List<string>? ReadStringList(ref Utf8JsonReader reader) =>
        ReadList(ref reader, static (ref Utf8JsonReader r, JsonReadContext c) => c.ReadString(ref r) ?? "");

    /// <summary>
    /// Reads a list of unsigned 32-bit integers, or <c>null</c> for a JSON null. A null item is
    /// refused, although Go reads it as 0: for group ids that would silently mean root.
    /// </summary>
    public List<uint>? ReadUInt32List(ref Utf8JsonReader reader) =>
        ReadList(ref reader, static (ref Utf8JsonReader r, JsonReadContext c) =>
            c.ReadUInt32(ref r) ?? throw c.Error(ref r, "a list item must not be null"));

    /// <summary>Reads a list whose items <paramref name="readItem"/> reads, or <c>null</c> for a JSON null.</summary>
    public List<T>? ReadList<T>(ref Utf8JsonReader reader, JsonValueReader<T> readItem)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw TypeError(ref reader, "a list");
        }
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Path.Push(items.Count);
            items.Add(readItem(ref reader, this));
            Path.Pop();
        }
        return items;
    }

    /// <summary>Reads an object, or <c>null</c> for a JSON null.</summary>
    public T? ReadObject<T>(ref Utf8JsonReader reader, JsonValueReader<T> readObject)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : readObject(ref reader, this);

    /// <summary>Reads a map of strings to strings (annotations), or <c>null</c> for a JSON null.</summary>
    public Dictionary<string, string>? ReadStringMap(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        StartObject(ref reader);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var key = reader.GetString()!;
            if (map.ContainsKey(key))
            {
                throw Error(ref reader, $"key \"{key}\" appears more than once");
            }
            Path.Push(key);
            reader.Read();
            map.Add(key, ReadString(ref reader) ?? throw Error(ref reader, "a value must be a string, not null"));
            Path.Pop();
        }
        return map;
    }

    /// <summary>An error at the reader's current token, for the caller to throw.</summary>
    public Exception Error(ref Utf8JsonReader reader, string reason) =>
        new JsonValueError(reader.TokenStartIndex, Path.ToString(), reason);

    private Exception TypeError(ref Utf8JsonReader reader, string expected) =>
        Error(ref reader, $"expected {expected}, found {Describe(reader.TokenType)}");

    private void RequireNumber(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw TypeError(ref reader, "an integer");
        }
    }

    // Go decodes numbers through YAML into float64 first, so 1.0 or 1e3 is a valid integer.
    private double? IntegralDouble(ref Utf8JsonReader reader)
    {
        if (reader.TryGetDouble(out var number) && !double.IsInfinity(number) && Math.Floor(number) == number)
        {
            return number;
        }
        var text = Encoding.UTF8.GetString(reader.ValueSpan);
        if (text.AsSpan().IndexOfAny(".eE") < 0)
        {
            return null;
        }
        throw Error(ref reader, $"expected an integer, found {text}");
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static (long Line, long Column) LineAndColumn(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)Math.Min(offset, utf8.Length)];
        var line = 1L;
        var lineStart = 0;
        for (var i = before.IndexOf((byte)'\n'); i >= 0; i = before[lineStart..].IndexOf((byte)'\n'))
        {
            lineStart += i + 1;
            line++;
        }
        // Columns count characters, not bytes, so multi-byte text before the error counts once.
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }

    private static string TrimPosition(string message)
    {
        // System.Text.Json appends its own 0-based position; ours is in the exception.
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd('.', ' ') : message;
    }

    /// <summary>An error found while reading, before its line and column are known.</summary>
    private sealed class JsonValueError(long offset, string? documentPath, string reason) : Exception(reason)
    {
        public long Offset { get; } = offset;

        public string? DocumentPath { get; } = documentPath;
    }
}
