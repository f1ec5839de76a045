using System;
using System.Collections.Generic;

namespace CdiGen.Analyzers.SpecFiles;

/// <summary>Finds the known field an unknown key was most likely meant to be, for "did you mean".</summary>
internal static class FieldSuggestion
{
    /// <summary>The closest name within an edit distance of a third of the key's length (at least 1), or null.</summary>
    public static string? Closest(string key, IEnumerable<string> names)
    {
        string? best = null;
        var bestDistance = Math.Max(1, key.Length / 3) + 1;
        foreach (var name in names)
        {
            var distance = Distance(key.ToLowerInvariant(), name.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }

        return best;
    }

    // Levenshtein distance with two rows.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
