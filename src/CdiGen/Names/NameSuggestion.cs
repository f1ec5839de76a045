using System;
using System.Collections.Generic;

namespace CdiGen.Names;

/// <summary>
/// "Did you mean": the known name an unknown one was most likely meant to be, by edit
/// distance ignoring case. The runtime's readers and the spec-file analyzer both use it (the
/// analyzers compile this file in).
/// </summary>
internal static class NameSuggestion
{
    /// <summary>
    /// The candidate closest to <paramref name="name"/>, if it is within a third of the name's
    /// length (and at least <paramref name="minimumAllowance"/>) edits; otherwise null.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates, int minimumAllowance)
    {
        string? best = null;
        var bestDistance = Math.Max(minimumAllowance, name.Length / 3) + 1;
        var lowered = name.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    // Levenshtein distance with two rows.
    private static int EditDistance(string a, string b)
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
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
