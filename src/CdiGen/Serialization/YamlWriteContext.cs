using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CdiGen.Serialization;

/// <summary>
/// Writes a spec document as block-style YAML through YamlDotNet's emitter. A string that
/// Go's YAML 1.1 reader would take for something else (<c>yes</c>, <c>0640</c>, <c>1.0</c>,
/// <c>~</c>) is quoted, so what is written reads back as the same string everywhere.
/// </summary>
public sealed class YamlWriteContext
{
    private readonly IEmitter _emitter;

    private YamlWriteContext(IEmitter emitter) => _emitter = emitter;

    /// <summary>Writes one document with <paramref name="writeRoot"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, Action<YamlWriteContext> writeRoot)
    {
        var emitter = new Emitter(output, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024));
        var context = new YamlWriteContext(emitter);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        writeRoot(context);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    /// <summary>Starts a mapping.</summary>
    public void StartMapping() => _emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));

    /// <summary>Ends the current mapping.</summary>
    public void EndMapping() => _emitter.Emit(new MappingEnd());

    /// <summary>Writes a mapping key.</summary>
    public void Key(string name) => String(name);

    /// <summary>Writes a string, quoted when a YAML 1.1 reader would not read it back as that string.</summary>
    public void String(string value)
    {
        var style = value.Length == 0 || HasNonLineFeedBreak(value) || Yaml11Scalar.Resolve(value).Kind != Yaml11Kind.String
            ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any;
        _emitter.Emit(new Scalar(null, null, value, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

    /// <summary>Writes a signed integer.</summary>
    public void Int64(long value) => Plain(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes an unsigned integer.</summary>
    public void UInt32(uint value) => Plain(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes a boolean.</summary>
    public void Boolean(bool value) => Plain(value ? "true" : "false");

    /// <summary>Writes a list of strings.</summary>
    public void StringList(List<string> values) => List(values, static (c, v) => c.String(v));

    /// <summary>Writes a list of unsigned integers.</summary>
    public void UInt32List(List<uint> values) => List(values, static (c, v) => c.UInt32(v));

    /// <summary>Writes a list whose items <paramref name="writeItem"/> writes.</summary>
    public void List<T>(List<T> values, Action<YamlWriteContext, T> writeItem)
    {
        _emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var value in values)
        {
            writeItem(this, value);
        }
        _emitter.Emit(new SequenceEnd());
    }

    /// <summary>Writes a map of strings to strings.</summary>
    public void StringMap(Dictionary<string, string> values)
    {
        StartMapping();
        foreach (var pair in values)
        {
            String(pair.Key);
            String(pair.Value);
        }
        EndMapping();
    }

    // A reader turns every line break of a block or plain scalar into "\n", so a value with
    // "\r" (CRLF text) or a Unicode line break must be double-quoted, where it is escaped.
    private static bool HasNonLineFeedBreak(string value) =>
        value.AsSpan().IndexOfAny('\r', '\u0085', '\u2028') >= 0 || value.Contains('\u2029');

    private void Plain(string text) =>
        _emitter.Emit(new Scalar(null, null, text, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
}
