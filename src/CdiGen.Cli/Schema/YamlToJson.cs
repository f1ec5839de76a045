using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using CdiGen.Serialization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CdiGen.Cli.Schema;

/// <summary>
/// Turns the first document of a YAML (or JSON) spec into JSON text as Go does before
/// schema validation: plain scalars resolved by YAML 1.1 rules (<c>0640</c> is 416, <c>yes</c>
/// is true), so the schema sees what a runtime would.
/// </summary>
internal static class YamlToJson
{
    public static string Convert(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                throw new YamlException("the document is empty");
            }
            WriteNode(parser, writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNode(IParser parser, Utf8JsonWriter writer)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            WriteScalar(scalar, writer);
        }
        else if (parser.TryConsume<SequenceStart>(out _))
        {
            writer.WriteStartArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                WriteNode(parser, writer);
            }
            writer.WriteEndArray();
        }
        else if (parser.TryConsume<MappingStart>(out _))
        {
            writer.WriteStartObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                writer.WritePropertyName(parser.Consume<Scalar>().Value);
                WriteNode(parser, writer);
            }
            writer.WriteEndObject();
        }
        else
        {
            var current = parser.Current!;
            throw new YamlException(current.Start, current.End, "aliases are not supported in schema validation");
        }
    }

    private static void WriteScalar(Scalar scalar, Utf8JsonWriter writer)
    {
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            writer.WriteStringValue(scalar.Value);
            return;
        }
        var value = Yaml11Scalar.Resolve(scalar.Value);
        switch (value.Kind)
        {
            case Yaml11Kind.Null:
                writer.WriteNullValue();
                break;
            case Yaml11Kind.Bool:
                writer.WriteBooleanValue(value.BooleanValue);
                break;
            case Yaml11Kind.Int:
                writer.WriteRawValue(value.IntegerValue.ToString(CultureInfo.InvariantCulture));
                break;
            case Yaml11Kind.Float when double.IsFinite(value.FloatValue):
                writer.WriteNumberValue(value.FloatValue);
                break;
            default:
                writer.WriteStringValue(scalar.Value);
                break;
        }
    }
}
