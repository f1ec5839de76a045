namespace CdiGen.Merge;

/// <summary>
/// A CDI <c>deviceNodes</c> entry, as input to <see cref="OciEditBatch"/>. It holds
/// references to the caller's strings, so building one allocates nothing.
/// </summary>
public readonly struct DeviceNodeEdit
{
    /// <summary>Creates an edit for a node at a container path.</summary>
    /// <param name="path">Path of the node inside the container.</param>
    public DeviceNodeEdit(string path) => Path = path;

    /// <summary><c>path</c> inside the container (required).</summary>
    public string Path { get; init; }

    /// <summary><c>hostPath</c>; null or empty means the same as <see cref="Path"/>.</summary>
    public string? HostPath { get; init; }

    /// <summary><c>type</c>: <c>b</c>, <c>c</c>, <c>u</c> or <c>p</c>; null or empty means "take it from the host".</summary>
    public string? Type { get; init; }

    /// <summary><c>major</c>; 0 means "take it from the host" (as in the reference).</summary>
    public long Major { get; init; }

    /// <summary><c>minor</c>; taken from the host together with the major number.</summary>
    public long Minor { get; init; }

    /// <summary><c>fileMode</c>; null means "take it from the host".</summary>
    public uint? FileMode { get; init; }

    /// <summary><c>permissions</c> for the device cgroup: <c>r</c>, <c>w</c>, <c>m</c>, or <c>none</c>; null or empty means <c>rwm</c>.</summary>
    public string? Permissions { get; init; }

    /// <summary><c>uid</c>; null means the process user's uid when that is not 0.</summary>
    public uint? Uid { get; init; }

    /// <summary><c>gid</c>; null means the process user's gid when that is not 0.</summary>
    public uint? Gid { get; init; }
}
