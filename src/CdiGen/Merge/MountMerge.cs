using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using CdiGen.Oci;

namespace CdiGen.Merge;

/// <summary>
/// <c>mounts</c>: a mount replaces the first one with the same destination and is added at
/// the end; bind mounts get an ID-mapping option in a user namespace; afterwards all mounts
/// are sorted (stable) by destination depth so parents are mounted before children.
/// </summary>
internal static class MountMerge
{
    /// <summary>
    /// Fills <paramref name="present"/> with the destinations of <paramref name="spec"/>'s
    /// mounts, for <see cref="Apply"/>. The set is the batch's reusable scratch.
    /// </summary>
    public static void CollectDestinations(OciSpec spec, DestinationSet present)
    {
        present.Clear();
        if (spec.Mounts is { } mounts)
        {
            foreach (var mount in mounts)
            {
                present.Add(mount.Destination);
            }
        }
    }

    /// <param name="spec">The spec to change.</param>
    /// <param name="edit">The mount to add.</param>
    /// <param name="userNamespace">Whether the container has a user namespace.</param>
    /// <param name="present">
    /// Every destination in <paramref name="spec"/>'s mounts (see <see cref="CollectDestinations"/>),
    /// kept up to date here: a vendor's mounts are mostly new destinations, and the set spares
    /// each of them a scan of the whole list (quadratic over a 60-mount spec otherwise).
    /// </param>
    /// <param name="remaining">This edit and those after it in the batch: how far the list may grow.</param>
    /// <param name="cached">The batch's cache slot for this edit's position (see <see cref="PreparedMount.For(in MountEdit, ref PreparedMount?)"/>).</param>
    public static void Apply(OciSpec spec, in MountEdit edit, bool userNamespace, DestinationSet present, int remaining, ref PreparedMount? cached)
    {
        var mounts = spec.Mounts ??= new List<OciMount>();
        var prepared = PreparedMount.For(edit, ref cached);
        OciMount? mount = null;
        // Removing and appending keeps "some mount has this destination" true, so the set
        // only ever gains the new destination.
        int removed = present.Add(prepared.Destination, prepared.DestinationHash) ? -1 : IndexOfDestination(mounts, edit.ContainerPath);
        if (removed >= 0)
        {
            // Reusing the removed object keeps a re-apply allocation-free.
            mount = mounts[removed];
            mounts.RemoveAt(removed);
            mount.ForgetReadLayout();
        }

        mount ??= new OciMount();
        mount.SetFrom(prepared, userNamespace);
        if (mounts.Count == mounts.Capacity)
        {
            // A vendor's mounts are mostly new destinations: grow once, not by doubling.
            mounts.EnsureCapacity(mounts.Count + remaining);
        }

        mounts.Add(mount);
    }

    /// <summary>
    /// Stable sort by <see cref="MountDepth"/>. <paramref name="depths"/> and
    /// <paramref name="sorted"/> are the batch's reusable scratch.
    /// </summary>
    public static void SortByDepth(List<OciMount> mounts, ref int[] depths, ref OciMount[] sorted)
    {
        var span = CollectionsMarshal.AsSpan(mounts);
        int count = span.Length;
        if (depths.Length < count)
        {
            depths = new int[Math.Max(16, count * 2)];
        }

        int maxDepth = 0;
        bool inOrder = true;
        for (int i = 0; i < count; i++)
        {
            int depth = span[i].SortDepth;
            depths[i] = depth;
            inOrder &= i == 0 || depths[i - 1] <= depth;
            maxDepth = Math.Max(maxDepth, depth);
        }

        if (inOrder)
        {
            return;
        }

        if (maxDepth < MaxCountedDepth)
        {
            CountingSort(span, depths, maxDepth, ref sorted);
        }
        else
        {
            InsertionSort(span, depths);
        }
    }

    private const int MaxCountedDepth = 64;

    // Depths are small: one counting pass places every mount in its final slot, where an
    // insertion sort would shift a vendor's 50 depth-4 library mounts past each depth-3 one.
    private static void CountingSort(Span<OciMount> mounts, int[] depths, int maxDepth, ref OciMount[] sorted)
    {
        Span<int> starts = stackalloc int[MaxCountedDepth + 1];
        starts.Clear();
        for (int i = 0; i < mounts.Length; i++)
        {
            starts[depths[i] + 1]++;
        }

        for (int depth = 1; depth <= maxDepth; depth++)
        {
            starts[depth] += starts[depth - 1];
        }

        if (sorted.Length < mounts.Length)
        {
            sorted = new OciMount[depths.Length];
        }

        for (int i = 0; i < mounts.Length; i++)
        {
            sorted[starts[depths[i]]++] = mounts[i];
        }

        sorted.AsSpan(0, mounts.Length).CopyTo(mounts);
        // Do not keep the spec's mounts alive from the batch.
        Array.Clear(sorted, 0, mounts.Length);
    }

    private static void InsertionSort(Span<OciMount> mounts, int[] depths)
    {
        for (int i = 1; i < mounts.Length; i++)
        {
            int depth = depths[i];
            if (depths[i - 1] <= depth)
            {
                continue;
            }

            var mount = mounts[i];
            int j = i - 1;
            while (j >= 0 && depths[j] > depth)
            {
                depths[j + 1] = depths[j];
                mounts[j + 1] = mounts[j];
                j--;
            }

            depths[j + 1] = depth;
            mounts[j + 1] = mount;
        }
    }

    // In a user namespace a bind mount would show host ids; "idmap" ("ridmap" for rbind)
    // asks the runtime to map them, unless the vendor already chose a mapping.
    internal static string? IdMapOption(IReadOnlyList<string>? options)
    {
        if (options is null)
        {
            return null;
        }

        bool bind = false;
        bool recursive = false;
        for (int i = 0; i < options.Count; i++)
        {
            switch (options[i])
            {
                case "idmap":
                case "ridmap":
                    return null;
                case "bind":
                    bind = true;
                    break;
                case "rbind":
                    recursive = true;
                    break;
            }
        }

        return recursive ? "ridmap" : bind ? "idmap" : null;
    }

    private static int IndexOfDestination(List<OciMount> mounts, string destination)
    {
        for (int i = 0; i < mounts.Count; i++)
        {
            if (string.Equals(mounts[i].Destination, destination, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
