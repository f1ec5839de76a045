using System;
using System.Collections.Generic;

namespace CdiGen.Merge;

/// <summary>Copies edit lists into the OCI spec so the two never share a mutable list.</summary>
internal static class ListCopy
{
    /// <summary>A copy, or null for a null or empty list (the reference leaves empty lists out).</summary>
    public static List<string>? OrNull(IReadOnlyList<string>? source)
    {
        if (source is null || source.Count == 0)
        {
            return null;
        }

        var copy = new List<string>(source.Count);
        for (int i = 0; i < source.Count; i++)
        {
            copy.Add(source[i]);
        }

        return copy;
    }

    /// <summary>Whether a list in the spec holds the same strings as an edit list (null and empty alike).</summary>
    public static bool SameContent(List<string>? existing, IReadOnlyList<string>? edit)
    {
        int count = existing?.Count ?? 0;
        if (count != (edit?.Count ?? 0))
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            if (!string.Equals(existing![i], edit![i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
