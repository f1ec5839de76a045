using System;

namespace CdiGen.Host;

/// <summary>Thrown when a host path cannot be examined or is not the device node it should be.</summary>
public sealed class HostDeviceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The host path.</param>
    /// <param name="message">The whole message, naming the path.</param>
    /// <param name="errno">The C library error number, or 0 when the path exists.</param>
    public HostDeviceException(string path, string message, int errno)
        : base(message)
    {
        Path = path;
        Errno = errno;
    }

    /// <summary>The host path.</summary>
    public string Path { get; }

    /// <summary>The C library error number (for example 2, ENOENT), or 0 when the path exists but is not a device.</summary>
    public int Errno { get; }
}
