using CdiGen.Generators.Model;

namespace CdiGen.Generators.Emit;

/// <summary>
/// Emits the strict YAML reader and writer of one schema type, on top of YamlDotNet's
/// parser and emitter events (never its reflection serializer).
/// </summary>
internal static class YamlEmitter
{
    public static string Emit(GenerationModel model, TypeModel type)
    {
        var w = new SourceWriter().FileHeader(model.Namespace, "System.Collections.Generic", "CdiGen.Serialization");
        w.Open($"partial class {type.Name}");
        EmitReader(w, type);
        EmitWriter(w, type);
        w.Close();
        return w.ToString();
    }

    private static void EmitReader(SourceWriter w, TypeModel type) =>
        ReaderLoopEmitter.Emit(
            w,
            type,
            $"Reads a <see cref=\"{type.Name}\"/> from the YAML mapping under the cursor.",
            $"public static {type.Name} ReadYaml(YamlReadContext context)",
            "context.StartMapping();",
            "context.NextKey()",
            "context.MatchKey(FieldNames, ref seen)",
            ReadExpression);

    private static string ReadExpression(PropertyModel property)
    {
        if (property.IsList)
        {
            return property.Kind switch
            {
                ValueKind.String => "context.ReadStringList()",
                ValueKind.UInt32 => "context.ReadUInt32List()",
                ValueKind.Object => $"context.ReadList({property.ObjectType}.ReadYaml)",
                _ => $"context.ReadList(static c => {ScalarRead(property.Kind, "c")} ?? throw c.Error(\"a list item must not be null\"))",
            };
        }
        return property.Kind == ValueKind.Object
            ? $"context.ReadObject({property.ObjectType}.ReadYaml)"
            : ScalarRead(property.Kind, "context");
    }

    private static string ScalarRead(ValueKind kind, string context) => kind switch
    {
        ValueKind.String => $"{context}.ReadString()",
        ValueKind.Boolean => $"{context}.ReadBoolean()",
        ValueKind.Int64 => $"{context}.ReadInt64()",
        ValueKind.UInt32 => $"{context}.ReadUInt32()",
        _ => $"{context}.ReadStringMap()",
    };

    private static void EmitWriter(SourceWriter w, TypeModel type)
    {
        w.Summary($"Writes this <see cref=\"{type.Name}\"/> as a YAML mapping.");
        w.Open("public void WriteYaml(YamlWriteContext writer)");
        w.Line("writer.StartMapping();");
        foreach (var property in type.Properties)
        {
            var name = property.ClrName;
            var always = TypeNames.IsReferenceRequired(property);
            if (!always)
            {
                w.Open($"if ({name} is not null)");
            }
            w.Line($"writer.Key({SourceWriter.Literal(property.JsonName)});");
            var value = !always && !property.IsList && property.Kind is ValueKind.Boolean or ValueKind.Int64 or ValueKind.UInt32 ? name + ".Value" : name;
            w.Line(WriteStatement(property, value));
            if (!always)
            {
                w.Close();
            }
        }
        w.Line("writer.EndMapping();");
        w.Close();
    }

    private static string WriteStatement(PropertyModel property, string value)
    {
        if (property.IsList)
        {
            return property.Kind switch
            {
                ValueKind.String => $"writer.StringList({value});",
                ValueKind.UInt32 => $"writer.UInt32List({value});",
                ValueKind.Object => $"writer.List({value}, static (w, item) => item.WriteYaml(w));",
                ValueKind.Boolean => $"writer.List({value}, static (w, item) => w.Boolean(item));",
                ValueKind.Int64 => $"writer.List({value}, static (w, item) => w.Int64(item));",
                _ => $"writer.List({value}, static (w, item) => w.StringMap(item));",
            };
        }
        return property.Kind switch
        {
            ValueKind.String => $"writer.String({value});",
            ValueKind.Boolean => $"writer.Boolean({value});",
            ValueKind.Int64 => $"writer.Int64({value});",
            ValueKind.UInt32 => $"writer.UInt32({value});",
            ValueKind.StringMap => $"writer.StringMap({value});",
            _ => $"{value}.WriteYaml(writer);",
        };
    }
}
