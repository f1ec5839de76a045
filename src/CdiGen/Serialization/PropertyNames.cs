using System;
using System.Text;
using CdiGen.Names;

namespace CdiGen.Serialization;

/// <summary>
/// The field names of one generated spec type, in declaration order, as strings and as
/// UTF-8. Readers look a key up here to get the field's index: an exact match first,
/// then, as Go's decoder does, a case-insensitive one.
/// </summary>
public sealed class PropertyNames
{
    private readonly byte[][] _utf8;

    /// <summary>Creates the table for the given field names.</summary>
    public PropertyNames(params string[] names)
    {
        Names = names;
        _utf8 = Array.ConvertAll(names, name => Encoding.UTF8.GetBytes(name));
    }

    /// <summary>The field names in declaration order.</summary>
    public string[] Names { get; }

    /// <summary>The UTF-8 bytes of the field at <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int index) => _utf8[index];

    /// <summary>The index of a field spelled exactly as <paramref name="utf8Name"/>, or -1.</summary>
    public int FindExact(ReadOnlySpan<byte> utf8Name)
    {
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (utf8Name.SequenceEqual(_utf8[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The index of a field spelled exactly as <paramref name="name"/>, or -1.</summary>
    public int FindExact(string name) => Array.IndexOf(Names, name);

    /// <summary>The index of a field whose name equals <paramref name="name"/> ignoring case, or -1.</summary>
    public int FindIgnoreCase(string name)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The known name closest to a misspelled one, or <c>null</c> when none is close.</summary>
    public string? Suggest(string name) => NameSuggestion.Closest(name, Names, minimumAllowance: 2);

    /// <summary>The error text for a key that names no field, with a suggestion when one is close.</summary>
    public string UnknownFieldMessage(string name)
    {
        var suggestion = Suggest(name);
        return suggestion is null
            ? $"unknown field \"{name}\""
            : $"unknown field \"{name}\" (did you mean \"{suggestion}\"?)";
    }
}
