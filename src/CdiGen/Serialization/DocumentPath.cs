using System.Collections.Generic;
using System.Text;

namespace CdiGen.Serialization;

/// <summary>
/// The position of the reader or validator inside a spec document, kept as a stack of
/// property names and array indexes. Pushing and popping allocates nothing once the stack
/// has grown; the text form (<c>$.devices[0].name</c>) is built only for an error.
/// </summary>
public sealed class DocumentPath
{
    private readonly List<(string? Name, int Index)> _segments = new();

    /// <summary>Enters the named property.</summary>
    public void Push(string name) => _segments.Add((name, -1));

    /// <summary>Enters the array element with the given index.</summary>
    public void Push(int index) => _segments.Add((null, index));

    /// <summary>Leaves the innermost property or element.</summary>
    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>The number of segments, for restoring the depth after an error.</summary>
    public int Depth => _segments.Count;

    /// <summary>Drops segments until <paramref name="depth"/> remain.</summary>
    public void Truncate(int depth) => _segments.RemoveRange(depth, _segments.Count - depth);

    /// <summary>The path in JSONPath-like notation, e.g. <c>$.devices[0].name</c>.</summary>
    public override string ToString() => Format(null);

    /// <summary>The path with one more property appended, without changing the stack.</summary>
    public string ToString(string child) => Format(child);

    private string Format(string? child)
    {
        var text = new StringBuilder("$");
        foreach (var (name, index) in _segments)
        {
            if (name is null)
            {
                text.Append('[').Append(index).Append(']');
            }
            else
            {
                text.Append('.').Append(name);
            }
        }
        if (child is not null)
        {
            text.Append('.').Append(child);
        }
        return text.ToString();
    }
}
