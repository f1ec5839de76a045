using System;
using CdiGen.Generators.Model;

namespace CdiGen.Generators.Emit;

/// <summary>
/// The shape every generated reader shares, whatever the format: start the object, then for
/// each field matched against <c>FieldNames</c> (unknown and repeated ones are errors) read
/// its value with the format's expression.
/// </summary>
internal static class ReaderLoopEmitter
{
    /// <param name="w">Where to write.</param>
    /// <param name="type">The type read.</param>
    /// <param name="summary">The method's doc summary (XML).</param>
    /// <param name="signature">The method's declaration.</param>
    /// <param name="start">The statement that enters the object.</param>
    /// <param name="next">The condition that moves to the next field.</param>
    /// <param name="match">The expression that matches the field to its index.</param>
    /// <param name="read">The expression that reads one property's value.</param>
    public static void Emit(SourceWriter w, TypeModel type, string summary, string signature, string start, string next, string match, Func<PropertyModel, string> read)
    {
        w.Summary(summary);
        w.Open(signature);
        w.Line(start);
        w.Line($"var value = new {type.Name}();");
        w.Line("ulong seen = 0;");
        w.Open($"while ({next})");
        w.Open($"switch ({match})");
        for (var i = 0; i < type.Properties.Length; i++)
        {
            var property = type.Properties[i];
            w.Line($"case {i}:");
            w.Line($"    value.{property.ClrName} = {read(property)}{RequiredFallback(property)};");
            w.Line("    break;");
        }
        w.Close();
        w.Line("context.EndProperty();");
        w.Close();
        w.Line("return value;");
        w.Close();
        w.Line();
    }

    /// <summary>A required value that is null in the document reads as empty; validation reports it.</summary>
    private static string RequiredFallback(PropertyModel property) =>
        TypeNames.IsReferenceRequired(property) ? (property.IsList || property.Kind != ValueKind.String ? " ?? new()" : " ?? \"\"") : "";
}
