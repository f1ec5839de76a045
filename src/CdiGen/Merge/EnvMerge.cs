using System;
using System.Collections.Generic;
using CdiGen.Oci;

namespace CdiGen.Merge;

/// <summary><c>env</c>: an entry replaces the one with the same key, else it is appended.</summary>
internal static class EnvMerge
{
    public static void Apply(OciSpec spec, List<string> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var process = spec.Process ??= new OciProcess();
        var env = process.Env ??= new List<string>();
        foreach (string entry in entries)
        {
            int index = LastIndexOfKey(env, Key(entry));
            if (index >= 0)
            {
                env[index] = entry;
            }
            else
            {
                env.Add(entry);
            }
        }
    }

    private static ReadOnlySpan<char> Key(string entry)
    {
        int equals = entry.IndexOf('=');
        return equals < 0 ? entry : entry.AsSpan(0, equals);
    }

    // The last entry wins: runtimes that see a key twice use the last one, and the
    // reference indexes existing entries the same way.
    private static int LastIndexOfKey(List<string> env, ReadOnlySpan<char> key)
    {
        for (int i = env.Count - 1; i >= 0; i--)
        {
            if (Key(env[i]).SequenceEqual(key))
            {
                return i;
            }
        }

        return -1;
    }
}
