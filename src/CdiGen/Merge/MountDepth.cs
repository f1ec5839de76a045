using System;

namespace CdiGen.Merge;

/// <summary>
/// The mount sort key: how many '/' the destination has after Go's <c>filepath.Clean</c>,
/// computed without building the cleaned string.
/// </summary>
internal static class MountDepth
{
    public static int Of(ReadOnlySpan<char> path)
    {
        if (path.IsEmpty)
        {
            return 0; // Clean("") is "."
        }

        // Most destinations are already clean absolute paths ("/usr/lib/libfoo.so"): no empty,
        // "." or ".." element, no trailing '/'. Their depth is their number of '/', counted
        // with vectorized scans instead of an element walk (the mount sort runs on every apply).
        if (path[0] == '/' && path.Length > 1 && path[^1] != '/' && !path.Contains("//", StringComparison.Ordinal) && !path.Contains("/.", StringComparison.Ordinal))
        {
            return path.Count('/');
        }

        bool rooted = path[0] == '/';
        int elements = 0;
        int leadingDotDots = 0; // ".." that cannot be cancelled in a relative path
        while (!path.IsEmpty)
        {
            int slash = path.IndexOf('/');
            var element = slash < 0 ? path : path.Slice(0, slash);
            path = slash < 0 ? ReadOnlySpan<char>.Empty : path.Slice(slash + 1);
            if (element.IsEmpty || element.SequenceEqual("."))
            {
                continue;
            }

            if (element.SequenceEqual(".."))
            {
                if (elements > leadingDotDots)
                {
                    elements--;
                }
                else if (!rooted)
                {
                    elements++;
                    leadingDotDots++;
                }

                // At the root, ".." stays at the root.
                continue;
            }

            elements++;
        }

        if (rooted)
        {
            return elements == 0 ? 1 : elements; // "/" and "/a" both have one separator
        }

        return elements == 0 ? 0 : elements - 1;
    }
}
