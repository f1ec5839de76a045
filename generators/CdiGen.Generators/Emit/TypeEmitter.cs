using System.Linq;
using CdiGen.Generators.Model;

namespace CdiGen.Generators.Emit;

/// <summary>Emits the class of one schema type: properties, value equality and <c>IsEmpty</c>.</summary>
internal static class TypeEmitter
{
    public static string Emit(GenerationModel model, TypeModel type)
    {
        var w = new SourceWriter().FileHeader(model.Namespace, "System", "System.Collections.Generic", "CdiGen", "CdiGen.Serialization");
        w.Summary(type.Description is null ? null : SourceWriter.Escape(type.Description));
        w.Open($"{CSharp.Accessibility(model.IsPublic)} sealed partial class {type.Name} : IEquatable<{type.Name}>");
        w.Line("private static readonly PropertyNames FieldNames = new(" + string.Join(", ", type.Properties.Select(p => SourceWriter.Literal(p.JsonName))) + ");");
        w.Line();
        foreach (var property in type.Properties)
        {
            EmitProperty(w, property);
        }
        EmitIsEmpty(w, type);
        EmitEquality(w, type);
        w.Close();
        return w.ToString();
    }

    private static void EmitProperty(SourceWriter w, PropertyModel property)
    {
        w.Summary(property.Description is null ? null : SourceWriter.Escape(property.Description));
        var remarks = $"Named <c>{property.JsonName}</c> in spec files" + (property.Required ? "; required." : ".");
        w.Line($"/// <remarks>{SourceWriter.Escape(remarks)}</remarks>");
        if (property.Since is not null)
        {
            w.Line($"[CdiSince({SourceWriter.Literal(property.Since)})]");
        }
        if (property.Removed is not null)
        {
            w.Line($"[CdiRemoved({SourceWriter.Literal(property.Removed)})]");
        }
        var initializer = TypeNames.IsReferenceRequired(property) ? TypeNames.Initializer(property) : "";
        w.Line($"public {TypeNames.Property(property)} {property.ClrName} {{ get; set; }}{initializer}");
        w.Line();
    }

    private static void EmitIsEmpty(SourceWriter w, TypeModel type)
    {
        w.Summary("Whether no field is set (lists and maps count as unset when empty).");
        var checks = type.Properties.Select(IsUnset).ToList();
        w.Line("public bool IsEmpty =>");
        for (var i = 0; i < checks.Count; i++)
        {
            w.Line("    " + checks[i] + (i == checks.Count - 1 ? ";" : " &&"));
        }
        if (checks.Count == 0)
        {
            w.Line("    true;");
        }
        w.Line();
    }

    private static string IsUnset(PropertyModel property) =>
        property.IsList || property.Kind == ValueKind.StringMap ? $"{property.ClrName} is not {{ Count: > 0 }}"
        : property.Kind == ValueKind.String ? $"string.IsNullOrEmpty({property.ClrName})"
        // A nested object counts as set when present, even empty: Go treats `intelRdt: {}` as an edit.
        : property.Kind == ValueKind.Object ? $"{property.ClrName} is null"
        : $"{property.ClrName} is null";

    private static string EqualityTest(PropertyModel property)
    {
        var name = property.ClrName;
        return property.IsList ? $"CdiEquality.ListEquals({name}, other.{name})"
            : property.Kind == ValueKind.StringMap ? $"CdiEquality.MapEquals({name}, other.{name})"
            : property.Kind == ValueKind.Object ? $"Equals({name}, other.{name})"
            : property.Kind == ValueKind.String ? $"string.Equals({name}, other.{name}, StringComparison.Ordinal)"
            : $"{name} == other.{name}";
    }

    private static void EmitEquality(SourceWriter w, TypeModel type)
    {
        w.Line("/// <inheritdoc />");
        w.Open($"public bool Equals({type.Name}? other)");
        w.Open("if (other is null)");
        w.Line("return false;");
        w.Close();
        var tests = type.Properties.Select(EqualityTest).ToList();
        if (tests.Count == 0)
        {
            w.Line("return true;");
        }
        else
        {
            w.Line("return ReferenceEquals(this, other)");
            for (var i = 0; i < tests.Count; i++)
            {
                var prefix = i == 0 ? "    || (" : "        && ";
                w.Line(prefix + tests[i] + (i == tests.Count - 1 ? ");" : ""));
            }
        }
        w.Close();
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override bool Equals(object? obj) => Equals(obj as {type.Name});");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Open("public override int GetHashCode()");
        w.Line("var hash = new HashCode();");
        foreach (var property in type.Properties)
        {
            // Collections contribute their size only: cheap, and consistent with Equals.
            w.Line(property.IsList || property.Kind == ValueKind.StringMap
                ? $"hash.Add({property.ClrName}?.Count ?? -1);"
                : $"hash.Add({property.ClrName});");
        }
        w.Line("return hash.ToHashCode();");
        w.Close();
    }
}
