namespace CdiGen.Host;

/// <summary>The kind of file a host path is, as far as device injection cares.</summary>
public enum HostDeviceType
{
    /// <summary>Not a device node: a regular file, directory, symbolic link or socket.</summary>
    NotADevice = 0,

    /// <summary>A block device (<c>b</c>).</summary>
    Block = 'b',

    /// <summary>A character device (<c>c</c>).</summary>
    Char = 'c',

    /// <summary>A named pipe (<c>p</c>).</summary>
    Fifo = 'p',
}
