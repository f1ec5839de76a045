using CdiGen.Generators.Model;

namespace CdiGen.Generators.Emit;

/// <summary>
/// Emits the strict, reflection-free JSON reader and writer of one schema type. Readers
/// match field names as UTF-8 bytes and track seen fields in a bit mask; writers use
/// pre-encoded names. Neither allocates beyond the values themselves.
/// </summary>
internal static class JsonEmitter
{
    public static string Emit(GenerationModel model, TypeModel type)
    {
        var w = new SourceWriter().FileHeader(model.Namespace, "System.Collections.Generic", "System.Text.Json", "CdiGen.Serialization");
        w.Open($"partial class {type.Name}");
        EmitNames(w, type);
        EmitReader(w, type);
        EmitWriter(w, type);
        w.Close();
        return w.ToString();
    }

    private static void EmitNames(SourceWriter w, TypeModel type)
    {
        w.Open("private static class JsonNames");
        foreach (var property in type.Properties)
        {
            w.Line($"public static readonly JsonEncodedText {property.ClrName} = JsonEncodedText.Encode({SourceWriter.Literal(property.JsonName)});");
        }
        w.Close();
        w.Line();
    }

    private static void EmitReader(SourceWriter w, TypeModel type) =>
        ReaderLoopEmitter.Emit(
            w,
            type,
            $"Reads a <see cref=\"{type.Name}\"/> from JSON; <paramref name=\"reader\"/> is on its first token.",
            $"public static {type.Name} ReadJson(ref Utf8JsonReader reader, JsonReadContext context)",
            "context.StartObject(ref reader);",
            "context.NextProperty(ref reader)",
            "context.MatchProperty(ref reader, FieldNames, ref seen)",
            ReadExpression);

    private static string ReadExpression(PropertyModel property)
    {
        if (property.IsList)
        {
            return property.Kind switch
            {
                ValueKind.String => "context.ReadStringList(ref reader)",
                ValueKind.UInt32 => "context.ReadUInt32List(ref reader)",
                ValueKind.Object => $"context.ReadList(ref reader, {property.ObjectType}.ReadJson)",
                _ => $"context.ReadList(ref reader, static (ref Utf8JsonReader r, JsonReadContext c) => {ScalarRead(property.Kind, "ref r", "c")} ?? throw c.Error(ref r, \"a list item must not be null\"))",
            };
        }
        return property.Kind == ValueKind.Object
            ? $"context.ReadObject(ref reader, {property.ObjectType}.ReadJson)"
            : ScalarRead(property.Kind, "ref reader", "context");
    }

    private static string ScalarRead(ValueKind kind, string reader, string context) => kind switch
    {
        ValueKind.String => $"{context}.ReadString({reader})",
        ValueKind.Boolean => $"{context}.ReadBoolean({reader})",
        ValueKind.Int64 => $"{context}.ReadInt64({reader})",
        ValueKind.UInt32 => $"{context}.ReadUInt32({reader})",
        _ => $"{context}.ReadStringMap({reader})",
    };

    private static void EmitWriter(SourceWriter w, TypeModel type)
    {
        w.Summary($"Writes this <see cref=\"{type.Name}\"/> as a JSON object.");
        w.Open("public void WriteJson(Utf8JsonWriter writer)");
        w.Line("writer.WriteStartObject();");
        foreach (var property in type.Properties)
        {
            var name = property.ClrName;
            var always = TypeNames.IsReferenceRequired(property);
            if (!always)
            {
                w.Open($"if ({name} is not null)");
            }
            EmitWrite(w, property, always || property.Kind is not (ValueKind.Boolean or ValueKind.Int64 or ValueKind.UInt32) || property.IsList ? name : name + ".Value");
            if (!always)
            {
                w.Close();
            }
        }
        w.Line("writer.WriteEndObject();");
        w.Close();
    }

    private static void EmitWrite(SourceWriter w, PropertyModel property, string value)
    {
        var name = $"JsonNames.{property.ClrName}";
        if (property.IsList)
        {
            switch (property.Kind)
            {
                case ValueKind.String:
                    w.Line($"JsonWriting.WriteStringList(writer, {name}, {value});");
                    return;
                case ValueKind.UInt32:
                    w.Line($"JsonWriting.WriteUInt32List(writer, {name}, {value});");
                    return;
            }
            w.Line($"writer.WriteStartArray({name});");
            w.Open($"foreach (var item in {value})");
            w.Line(property.Kind switch
            {
                ValueKind.Object => "item.WriteJson(writer);",
                ValueKind.Boolean => "writer.WriteBooleanValue(item);",
                _ => "writer.WriteNumberValue(item);",
            });
            w.Close();
            w.Line("writer.WriteEndArray();");
            return;
        }
        switch (property.Kind)
        {
            case ValueKind.String:
                w.Line($"writer.WriteString({name}, {value});");
                break;
            case ValueKind.Boolean:
                w.Line($"writer.WriteBoolean({name}, {value});");
                break;
            case ValueKind.Int64:
            case ValueKind.UInt32:
                w.Line($"writer.WriteNumber({name}, {value});");
                break;
            case ValueKind.StringMap:
                w.Line($"JsonWriting.WriteStringMap(writer, {name}, {value});");
                break;
            default:
                w.Line($"writer.WritePropertyName({name});");
                w.Line($"{value}.WriteJson(writer);");
                break;
        }
    }
}
