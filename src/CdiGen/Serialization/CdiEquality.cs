using System;
using System.Collections.Generic;

namespace CdiGen.Serialization;

/// <summary>Value equality of the collections generated spec types hold.</summary>
public static class CdiEquality
{
    /// <summary>Whether two lists are both null, or hold equal items in the same order.</summary>
    public static bool ListEquals<T>(List<T>? left, List<T>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }
        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether two maps are both null, or hold the same keys with equal values (order aside).</summary>
    public static bool MapEquals(Dictionary<string, string>? left, Dictionary<string, string>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }
        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }
        foreach (var pair in left)
        {
            if (!right.TryGetValue(pair.Key, out var value) || !string.Equals(value, pair.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
