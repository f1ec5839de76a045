using System.Collections.Concurrent;

namespace CdiGen.Reliability.Tests.Concurrency;

/// <summary>What the stress test did, counted across its threads (fields for <see cref="Interlocked"/>).</summary>
internal sealed class ChurnCounts
{
    public int Successful;
    public int Unresolved;
    public int Lookups;
    public int ExplicitRefreshes;
    public int DirectRewrites;
    public int RegistryWrites;
    public int Deletes;
    public int VanishedDuringScan;

    private readonly ConcurrentDictionary<(int Request, string Json), byte> _results = new();

    public void Injected(int request, string json)
    {
        Interlocked.Increment(ref Successful);
        _results.TryAdd((request, json), 0);
    }

    /// <summary>How many different results each request had.</summary>
    public int[] DistinctResults(int requests) =>
        Enumerable.Range(0, requests).Select(request => _results.Keys.Count(key => key.Request == request)).ToArray();

    public override string ToString() =>
        $"{Successful + Unresolved} injections ({Successful} succeeded, {Unresolved} unresolved), {Lookups} lookups, " +
        $"{ExplicitRefreshes} explicit refreshes, {DirectRewrites} direct rewrites, {RegistryWrites} WriteSpec, {Deletes} deletes, " +
        $"{VanishedDuringScan} files deleted during a scan";
}
