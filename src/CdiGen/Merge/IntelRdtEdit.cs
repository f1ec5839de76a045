using System.Collections.Generic;

namespace CdiGen.Merge;

/// <summary>A CDI <c>intelRdt</c> edit, as input to <see cref="OciEditBatch"/>. Empty strings and false flags are left out of the OCI spec.</summary>
public readonly struct IntelRdtEdit
{
    /// <summary><c>closID</c>.</summary>
    public string? ClosId { get; init; }

    /// <summary><c>l3CacheSchema</c>.</summary>
    public string? L3CacheSchema { get; init; }

    /// <summary><c>memBwSchema</c>.</summary>
    public string? MemBwSchema { get; init; }

    /// <summary><c>schemata</c> (CDI 1.1.0); copied into the OCI spec.</summary>
    public IReadOnlyList<string>? Schemata { get; init; }

    /// <summary><c>enableCMT</c> (CDI 0.7.0 to 1.0.0).</summary>
    public bool EnableCmt { get; init; }

    /// <summary><c>enableMBM</c> (CDI 0.7.0 to 1.0.0).</summary>
    public bool EnableMbm { get; init; }

    /// <summary><c>enableMonitoring</c> (CDI 1.1.0).</summary>
    public bool EnableMonitoring { get; init; }
}
