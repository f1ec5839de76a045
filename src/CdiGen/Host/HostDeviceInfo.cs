namespace CdiGen.Host;

/// <summary>What <c>lstat</c> says about a host path.</summary>
public readonly struct HostDeviceInfo
{
    /// <summary>Creates the information from the fields of a stat result.</summary>
    /// <param name="mode">The full <c>st_mode</c> (file type and permission bits).</param>
    /// <param name="major">Major number of the device the node stands for.</param>
    /// <param name="minor">Minor number of the device the node stands for.</param>
    /// <param name="uid">Owner.</param>
    /// <param name="gid">Group.</param>
    public HostDeviceInfo(uint mode, uint major, uint minor, uint uid, uint gid)
    {
        Mode = mode;
        Major = major;
        Minor = minor;
        Uid = uid;
        Gid = gid;
    }

    /// <summary>The full <c>st_mode</c>: file type bits and permission bits.</summary>
    public uint Mode { get; }

    /// <summary>The kind of file.</summary>
    public HostDeviceType Type => (Mode & 0xF000) switch
    {
        0x6000 => HostDeviceType.Block,
        0x2000 => HostDeviceType.Char,
        0x1000 => HostDeviceType.Fifo,
        _ => HostDeviceType.NotADevice,
    };

    /// <summary>Whether the path is a block device, character device or fifo.</summary>
    public bool IsDevice => Type != HostDeviceType.NotADevice;

    /// <summary>The OCI device type (<c>"b"</c>, <c>"c"</c>, <c>"p"</c>), or null for other files.</summary>
    public string? OciType => Type switch
    {
        HostDeviceType.Block => "b",
        HostDeviceType.Char => "c",
        HostDeviceType.Fifo => "p",
        _ => null,
    };

    /// <summary>Mode bits without the file type: permissions plus set-id and sticky bits (<c>st_mode &amp; 07777</c>).</summary>
    public uint Permissions => Mode & 0xFFF;

    /// <summary>Major number of the device (0 for non-devices).</summary>
    public uint Major { get; }

    /// <summary>Minor number of the device (0 for non-devices).</summary>
    public uint Minor { get; }

    /// <summary>The device number packed the glibc way.</summary>
    public ulong Rdev => HostDeviceNumber.Make(Major, Minor);

    /// <summary>Owner of the node.</summary>
    public uint Uid { get; }

    /// <summary>Group of the node.</summary>
    public uint Gid { get; }
}
