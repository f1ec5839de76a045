using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Text;
using CdiGen.Serialization.FastYaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CdiGen.Serialization;

/// <summary>
/// The state of one strict YAML read and the primitives generated readers call. Scalars
/// are resolved as Go's YAML 1.1 reader resolves them (<c>0640</c> is octal, an unquoted
/// <c>yes</c> read into a string field is <c>"true"</c>), so a file that container
/// runtimes accept reads the same here. Only the first document of a stream counts.
/// </summary>
public sealed class YamlReadContext
{
    /// <summary>The deepest nesting accepted; CDI specs need fewer than ten levels.</summary>
    public const int MaxDepth = 64;

    private readonly YamlEventSource _events;
    private int _depth;

    private YamlReadContext(YamlEventSource events, string? filePath)
    {
        _events = events;
        FilePath = filePath;
    }

    /// <summary>The file being read, when known.</summary>
    public string? FilePath { get; }

    /// <summary>Where the reader is in the document.</summary>
    public DocumentPath Path { get; } = new();

    /// <summary>
    /// Reads the first document of <paramref name="text"/> with <paramref name="readRoot"/>
    /// and turns every failure into a <see cref="CdiFormatException"/> naming file, line
    /// and column.
    /// </summary>
    public static T Parse<T>(TextReader text, string? filePath, Func<YamlReadContext, T> readRoot)
    {
        BoundedTextReader bounded;
        try
        {
            bounded = BoundedTextReader.For(text);
        }
        catch (DocumentTooLargeException tooLarge)
        {
            throw new CdiFormatException(tooLarge.Message, filePath, "$", 0, 0);
        }
        using var input = bounded;
        return Read(new Parser(input), filePath, readRoot, input);
    }

    /// <summary>Reads the first document of <paramref name="text"/>; see <see cref="Parse{T}(TextReader, string?, Func{YamlReadContext, T})"/>.</summary>
    public static T Parse<T>(string text, string? filePath, Func<YamlReadContext, T> readRoot)
    {
        // A byte order mark may start a YAML stream; a file reader drops it, a string keeps it.
        var body = text.StartsWith('\uFEFF') ? text.Substring(1) : text;
        // Spec files are nearly always in the subset the fast reader covers; anything else,
        // malformed text included, is read by YamlDotNet from the start.
        return FastYamlReader.TryRead(body) is { } events
            ? Read(new BufferedParser(events), filePath, readRoot)
            : Parse(new StringReader(body), filePath, readRoot);
    }

    private static T Read<T>(IParser parser, string? filePath, Func<YamlReadContext, T> readRoot, BoundedTextReader? rawText = null)
    {
        var events = new YamlEventSource(parser, rawText);
        var context = new YamlReadContext(events, filePath);
        try
        {
            context.Advance();
            context.Expect<StreamStart>("the start of the stream");
            if (events.Current is StreamEnd)
            {
                throw context.Error("the document is empty");
            }
            context.Expect<DocumentStart>("the start of a document");
            if (events.Current is DocumentEnd)
            {
                throw context.Error("the document is empty");
            }
            return readRoot(context);
        }
        catch (YamlValueError error)
        {
            throw new CdiFormatException(error.Message, filePath, error.DocumentPath, error.Line, error.Column);
        }
        catch (YamlException syntax)
        {
            // Some scanner errors (a tab used as indentation) carry no position; the last event read is the best one known.
            var position = syntax.Start.Equals(Mark.Empty) && events.Current is { } last ? last.End : syntax.Start;
            throw new CdiFormatException(
                "invalid YAML: " + syntax.Message, filePath, context.Path.ToString(), position.Line, position.Column, syntax);
        }
        catch (DecoderFallbackException invalidText)
        {
            var position = events.Current?.End ?? Mark.Empty;
            throw new CdiFormatException("the document is not valid UTF-8", filePath, context.Path.ToString(), position.Line, position.Column, invalidText);
        }
        catch (ForbiddenCharacterException forbidden)
        {
            // The parser reads ahead, so the node being read says nothing about where the character is.
            throw new CdiFormatException("invalid YAML: " + forbidden.Message, filePath, null, forbidden.Line, forbidden.Column);
        }
        catch (DocumentTooLargeException tooLarge)
        {
            var position = events.Current?.End ?? Mark.Empty;
            throw new CdiFormatException(tooLarge.Message, filePath, context.Path.ToString(), position.Line, position.Column);
        }
    }


    /// <summary>Consumes the start of a mapping.</summary>
    public void StartMapping()
    {
        if (_events.Current is not MappingStart)
        {
            throw TypeError("a mapping");
        }
        Enter();
    }

    /// <summary>
    /// Moves to the next key of the current mapping. Returns <c>false</c> (and consumes the
    /// end of the mapping) when there is none.
    /// </summary>
    public bool NextKey()
    {
        if (_events.Current is MappingEnd)
        {
            Leave();
            return false;
        }
        if (_events.Current is not Scalar)
        {
            throw Error("a mapping key must be a plain value");
        }
        return true;
    }

    /// <summary>
    /// Matches the key under the cursor against <paramref name="names"/>, records it in
    /// <paramref name="seen"/>, enters it in <see cref="Path"/> and moves to its value.
    /// An unknown or repeated key is an error. Call <see cref="EndProperty"/> after the value.
    /// </summary>
    public int MatchKey(PropertyNames names, ref ulong seen)
    {
        var key = ((Scalar)_events.Current).Value;
        var index = names.FindExact(key);
        if (index < 0)
        {
            index = names.FindIgnoreCase(key);
            if (index < 0)
            {
                throw Error(names.UnknownFieldMessage(key));
            }
        }
        var bit = 1UL << index;
        if ((seen & bit) != 0)
        {
            throw Error($"field \"{names.Names[index]}\" appears more than once");
        }
        seen |= bit;
        Path.Push(names.Names[index]);
        Advance();
        return index;
    }

    /// <summary>Leaves the property entered by <see cref="MatchKey"/>.</summary>
    public void EndProperty() => Path.Pop();

    /// <summary>Reads a string (YAML 1.1 booleans and numbers become their text), or <c>null</c>.</summary>
    public string? ReadString()
    {
        var scalar = RequireScalar("a string");
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            Advance();
            return scalar.Value;
        }
        var value = Yaml11Scalar.Resolve(scalar.Value);
        var text = value.Kind switch
        {
            Yaml11Kind.Null => null,
            Yaml11Kind.String => scalar.Value,
            // Go's reader fails on an integer beyond 64 bits in a string field; so do we.
            _ => Yaml11Scalar.TryToGoString(value, out var goText)
                ? goText
                : throw Error($"expected a string, found an integer too large for 64 bits ({Abbreviate(scalar.Value)}); quote it to keep it as text"),
        };
        Advance();
        return text;
    }

    /// <summary>Reads a boolean, or <c>null</c>.</summary>
    public bool? ReadBoolean()
    {
        var value = ResolvePlain("a boolean");
        bool? result = value.Kind switch
        {
            Yaml11Kind.Null => null,
            Yaml11Kind.Bool => value.BooleanValue,
            _ => throw TypeError("a boolean"),
        };
        Advance();
        return result;
    }

    /// <summary>Reads a signed 64-bit integer, or <c>null</c>.</summary>
    public long? ReadInt64()
    {
        var whole = ReadInteger("a 64-bit integer", long.MinValue, long.MaxValue);
        return whole is null ? null : (long)whole.Value;
    }

    /// <summary>Reads an unsigned 32-bit integer, or <c>null</c>.</summary>
    public uint? ReadUInt32()
    {
        var whole = ReadInteger("an unsigned 32-bit integer (0 to 4294967295)", 0, uint.MaxValue);
        return whole is null ? null : (uint)whole.Value;
    }

    /// <summary>
    /// Reads a list of strings, or <c>null</c>. A null item (<c>~</c>, or nothing after <c>-</c>)
    /// is an empty string, as Go reads it; the analyzer warns about it (CDI013).
    /// </summary>
    public List<string>? ReadStringList() =>
        ReadList(static c => c.ReadString() ?? "");

    /// <summary>
    /// Reads a list of unsigned 32-bit integers, or <c>null</c>. A null item is refused,
    /// although Go reads it as 0: for group ids that would silently mean root.
    /// </summary>
    public List<uint>? ReadUInt32List() =>
        ReadList(static c => c.ReadUInt32() ?? throw c.Error("a list item must not be null"));

    /// <summary>Reads a list whose items <paramref name="readItem"/> reads, or <c>null</c>.</summary>
    public List<T>? ReadList<T>(Func<YamlReadContext, T> readItem)
    {
        if (IsNull())
        {
            return null;
        }
        if (_events.Current is not SequenceStart)
        {
            throw TypeError("a list");
        }
        Enter();
        var items = new List<T>();
        while (_events.Current is not SequenceEnd)
        {
            Path.Push(items.Count);
            items.Add(readItem(this));
            Path.Pop();
        }
        Leave();
        return items;
    }

    /// <summary>Reads a mapping with <paramref name="readObject"/>, or <c>null</c>.</summary>
    public T? ReadObject<T>(Func<YamlReadContext, T> readObject)
        where T : class =>
        IsNull() ? null : readObject(this);

    /// <summary>Reads a map of strings to strings (annotations), or <c>null</c>.</summary>
    public Dictionary<string, string>? ReadStringMap()
    {
        if (IsNull())
        {
            return null;
        }
        StartMapping();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextKey())
        {
            var key = ReadString() ?? throw Error("a key must not be null");
            if (map.ContainsKey(key))
            {
                throw Error($"key \"{key}\" appears more than once");
            }
            Path.Push(key);
            map.Add(key, ReadString() ?? throw Error("a value must be a string, not null"));
            Path.Pop();
        }
        return map;
    }

    /// <summary>An error at the current event, for the caller to throw.</summary>
    public Exception Error(string reason)
    {
        var start = _events.Current?.Start ?? Mark.Empty;
        return new YamlValueError(start.Line, start.Column, Path.ToString(), reason);
    }

    private BigInteger? ReadInteger(string expected, BigInteger min, BigInteger max)
    {
        var value = ResolvePlain(expected);
        BigInteger? result = value.Kind switch
        {
            Yaml11Kind.Null => null,
            Yaml11Kind.Int => value.IntegerValue,
            // Go passes YAML numbers through float64, so 1.0 or 1e3 still reads as an integer.
            Yaml11Kind.Float when Math.Floor(value.FloatValue) == value.FloatValue && !double.IsInfinity(value.FloatValue)
                => new BigInteger(value.FloatValue),
            _ => throw TypeError(expected),
        };
        if (result is { } number && (number < min || number > max))
        {
            // The text as written: converting a huge BigInteger to decimal is itself quadratic.
            throw Error($"the number {Abbreviate(value.Text)} is out of range for {expected}");
        }
        Advance();
        return result;
    }

    // A message quotes at most 40 characters of a value: a huge literal must not make a huge message.
    private static string Abbreviate(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";

    private Yaml11Value ResolvePlain(string expected)
    {
        var scalar = RequireScalar(expected);
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            throw Error($"expected {expected}, found the quoted string \"{scalar.Value}\"");
        }
        return Yaml11Scalar.Resolve(scalar.Value);
    }

    private Scalar RequireScalar(string expected) =>
        _events.Current as Scalar ?? throw TypeError(expected);

    private bool IsNull()
    {
        if (_events.Current is Scalar { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
            && Yaml11Scalar.Resolve(scalar.Value).Kind == Yaml11Kind.Null)
        {
            Advance();
            return true;
        }
        return false;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error($"the document is nested deeper than {MaxDepth} levels");
        }
        Advance();
    }

    private void Leave()
    {
        _depth--;
        Advance();
    }

    private void Advance()
    {
        if (!_events.MoveNext())
        {
            throw Error("unexpected end of the document");
        }
    }

    private void Expect<TEvent>(string what)
        where TEvent : ParsingEvent
    {
        if (_events.Current is not TEvent)
        {
            throw Error($"expected {what}");
        }
        Advance();
    }

    private Exception TypeError(string expected) =>
        Error($"expected {expected}, found {Describe(_events.Current)}");

    private static string Describe(ParsingEvent current) => current switch
    {
        MappingStart => "a mapping",
        SequenceStart => "a list",
        Scalar scalar => $"\"{scalar.Value}\"",
        _ => current.GetType().Name,
    };

    /// <summary>An error found while reading, with its position.</summary>
    private sealed class YamlValueError(long line, long column, string documentPath, string reason) : Exception(reason)
    {
        public long Line { get; } = line;

        public long Column { get; } = column;

        public string DocumentPath { get; } = documentPath;
    }
}
