namespace CdiGen.Merge;

/// <summary>A device node after the host has filled in what the edit left out: ready to commit.</summary>
internal readonly struct ResolvedDeviceNode
{
    public ResolvedDeviceNode(string path, string? type, long major, long minor, uint? fileMode, uint? uid, uint? gid, string? cgroupAccess, bool addsCgroupRule)
    {
        Path = path;
        Type = type;
        Major = major;
        Minor = minor;
        FileMode = fileMode;
        Uid = uid;
        Gid = gid;
        CgroupAccess = cgroupAccess;
        AddsCgroupRule = addsCgroupRule;
    }

    public string Path { get; }

    public string? Type { get; }

    public long Major { get; }

    public long Minor { get; }

    public uint? FileMode { get; }

    public uint? Uid { get; }

    public uint? Gid { get; }

    /// <summary>The rule's access string; null when it is empty (<c>none</c>) and so left out.</summary>
    public string? CgroupAccess { get; }

    /// <summary>Block and character devices get a device cgroup allow rule; others do not.</summary>
    public bool AddsCgroupRule { get; }
}
