using System.Collections.Generic;

namespace CdiGen.Merge;

/// <summary>A CDI <c>mounts</c> entry, as input to <see cref="OciEditBatch"/>; holds references, allocates nothing.</summary>
public readonly struct MountEdit
{
    /// <summary>Creates a mount edit.</summary>
    /// <param name="hostPath">The host path (the OCI <c>source</c>).</param>
    /// <param name="containerPath">The path inside the container (the OCI <c>destination</c>).</param>
    public MountEdit(string? hostPath, string containerPath)
    {
        HostPath = hostPath;
        ContainerPath = containerPath;
    }

    /// <summary><c>hostPath</c>: the OCI <c>source</c>.</summary>
    public string? HostPath { get; init; }

    /// <summary><c>containerPath</c>: the OCI <c>destination</c> (required).</summary>
    public string ContainerPath { get; init; }

    /// <summary><c>type</c>: the file system type; null or empty leaves it out.</summary>
    public string? Type { get; init; }

    /// <summary><c>options</c>; copied into the OCI spec, never shared with it.</summary>
    public IReadOnlyList<string>? Options { get; init; }
}
