using System;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace CdiGen.Host;

/// <summary>
/// Examines host device nodes without following symbolic links. Uses the C library's
/// <c>statx</c> (glibc 2.28 and later, musl 1.2.5 and later): unlike <c>struct stat</c>
/// its layout is the same on every architecture, and it allocates nothing managed.
/// </summary>
public static unsafe class HostDevice
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;
    private const int StatxBufferSize = 256;
    private const int MaxStackPath = 512;

    // Lets tests see which paths were looked up (injection skips lookups it can do without);
    // per thread so that tests running in parallel do not count each other's.
    [ThreadStatic]
    private static int t_lookups;

    /// <summary>The number of <c>statx</c> calls this thread has made.</summary>
    internal static int LookupsOnThisThread => t_lookups;

    /// <summary>Stats a path that may or may not be a device node.</summary>
    /// <param name="path">The host path; a symbolic link is examined itself, not followed.</param>
    /// <returns>Type, numbers, mode and owner of the path.</returns>
    /// <exception cref="HostDeviceException">The path does not exist or cannot be examined.</exception>
    public static HostDeviceInfo Lstat(string path)
    {
        if (!TryLstat(path, out var info, out int errno))
        {
            throw new HostDeviceException(path, $"cannot stat host path \"{path}\": {Marshal.GetPInvokeErrorMessage(errno)}", errno);
        }

        return info;
    }

    /// <summary>Stats a path that must be a block device, character device or fifo.</summary>
    /// <param name="path">The host path; a symbolic link is not followed (and so is not a device).</param>
    /// <returns>Type, numbers, mode and owner of the device.</returns>
    /// <exception cref="HostDeviceException">The path does not exist, cannot be examined, or is not a device node.</exception>
    public static HostDeviceInfo LstatDevice(string path)
    {
        var info = Lstat(path);
        if (!info.IsDevice)
        {
            throw new HostDeviceException(path, $"host path \"{path}\" is not a device node", 0);
        }

        return info;
    }

    /// <summary>Stats a path without throwing.</summary>
    /// <param name="path">The host path.</param>
    /// <param name="info">The result when the call succeeds.</param>
    /// <param name="errno">The C library error number when it fails, else 0.</param>
    /// <returns>Whether the path could be examined.</returns>
    public static bool TryLstat(string path, out HostDeviceInfo info, out int errno)
    {
        ArgumentNullException.ThrowIfNull(path);
        info = default;
        if (path.Length == 0 || path.Contains('\0'))
        {
            errno = 2; // ENOENT: what the kernel says for an empty path.
            return false;
        }

        int size = Encoding.UTF8.GetMaxByteCount(path.Length) + 1;
        byte[]? rented = size > MaxStackPath ? ArrayPool<byte>.Shared.Rent(size) : null;
        Span<byte> encoded = rented ?? stackalloc byte[MaxStackPath];
        try
        {
            t_lookups++;
            int length = Encoding.UTF8.GetBytes(path, encoded);
            encoded[length] = 0;
            byte* buffer = stackalloc byte[StatxBufferSize];
            int result;
            fixed (byte* cPath = encoded)
            {
                result = Statx(AtFdCwd, cPath, AtSymlinkNoFollow, StatxBasicStats, buffer);
            }

            if (result != 0)
            {
                errno = Marshal.GetLastPInvokeError();
                return false;
            }

            // struct statx: stx_uid at 20, stx_gid at 24, stx_mode (u16) at 28,
            // stx_rdev_major at 128, stx_rdev_minor at 132.
            info = new HostDeviceInfo(
                mode: *(ushort*)(buffer + 28),
                major: *(uint*)(buffer + 128),
                minor: *(uint*)(buffer + 132),
                uid: *(uint*)(buffer + 20),
                gid: *(uint*)(buffer + 24));
            errno = 0;
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirFd, byte* path, int flags, uint mask, byte* buffer);
}
