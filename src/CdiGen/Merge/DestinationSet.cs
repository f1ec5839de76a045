using System;

namespace CdiGen.Merge;

/// <summary>
/// The mount destinations present in a spec while a batch applies its mounts: a set of
/// strings that takes each string's hash from the caller, because a cached mount edit
/// (<see cref="PreparedMount"/>) has its destination's hash already, and hashing 60 library
/// paths on every injection showed in the profile. Reused across applies; not thread-safe.
/// </summary>
internal sealed class DestinationSet
{
    private string?[] _keys = new string?[64];
    private int[] _hashes = new int[64];
    private int _count;
    private bool _hasNull;

    /// <summary>The hash <see cref="Add(string, int)"/> expects for <paramref name="destination"/>.</summary>
    public static int HashOf(string destination) => destination.GetHashCode(StringComparison.Ordinal);

    /// <summary>Empties the set, keeping its storage.</summary>
    public void Clear()
    {
        if (_count > 0)
        {
            Array.Clear(_keys);
            _count = 0;
        }

        _hasNull = false;
    }

    /// <summary>Adds a destination (a mount may lack one).</summary>
    /// <returns>Whether it was not in the set yet.</returns>
    public bool Add(string? destination) =>
        destination is null ? AddNull() : Add(destination, HashOf(destination));

    /// <summary>Adds a destination whose <see cref="HashOf"/> the caller knows.</summary>
    /// <returns>Whether it was not in the set yet.</returns>
    public bool Add(string destination, int hash)
    {
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        int mask = _keys.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            string? key = _keys[slot];
            if (key is null)
            {
                _keys[slot] = destination;
                _hashes[slot] = hash;
                _count++;
                return true;
            }

            if (_hashes[slot] == hash && string.Equals(key, destination, StringComparison.Ordinal))
            {
                return false;
            }
        }
    }

    private bool AddNull()
    {
        bool added = !_hasNull;
        _hasNull = true;
        return added;
    }

    private void Grow()
    {
        var keys = _keys;
        var hashes = _hashes;
        _keys = new string?[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        _count = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                Add(key, hashes[i]);
            }
        }
    }
}
