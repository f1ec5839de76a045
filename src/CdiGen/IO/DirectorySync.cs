using System;
using System.Runtime.InteropServices;

namespace CdiGen.IO;

/// <summary>Makes a rename in a directory durable by syncing the directory itself.</summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;
    private const int Directory = 0x10000; // O_DIRECTORY on Linux

    /// <summary>
    /// Best effort: without it a crash right after the rename may bring the old file back.
    /// Some file systems refuse to sync a directory; the data itself is already on disk then.
    /// </summary>
    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        int descriptor = Open(directory, ReadOnly | Directory);
        if (descriptor < 0)
        {
            return;
        }

        _ = Fsync(descriptor);
        _ = Close(descriptor);
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
