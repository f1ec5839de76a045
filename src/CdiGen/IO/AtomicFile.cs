using System;
using System.IO;

namespace CdiGen.IO;

/// <summary>
/// Replaces a file all at once: the content goes to a temporary file in the same directory,
/// is flushed to disk, then renamed over the target. A reader sees the old file or the new
/// one, never a torn one, and a failure leaves the old file as it was. The directory is
/// synced after the rename (best effort), so a crash cannot bring the old file back.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with what <paramref name="write"/> puts in the stream.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the whole content; if it throws, <paramref name="path"/> is untouched.</param>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        // A dot name with a .tmp suffix: spec-directory scans only read *.json and *.yaml.
        var temp = Path.Combine(directory, "." + TempStem(Path.GetFileName(full)) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        DirectorySync.Flush(directory);
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte order mark) to <paramref name="path"/>, atomically.</summary>
    public static void WriteText(string path, string text) => WriteText(path, writer => writer.Write(text));

    /// <summary>Writes what <paramref name="write"/> writes as UTF-8 text to <paramref name="path"/>, atomically.</summary>
    public static void WriteText(string path, Action<TextWriter> write) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, s_utf8, bufferSize: 16 * 1024, leaveOpen: true);
            write(writer);
        });

    private static readonly System.Text.UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // "." + stem + "." + 32 hex digits + ".tmp" must fit in NAME_MAX (255 bytes), or any target
    // name longer than 217 bytes, though valid itself, could never be written.
    private const int MaxTempStemBytes = 255 - 1 - 1 - 32 - 4;

    /// <summary>The target's name, cut to fit in a temporary name; it only tells people what the file was for.</summary>
    private static string TempStem(string fileName)
    {
        if (s_utf8.GetByteCount(fileName) <= MaxTempStemBytes)
        {
            return fileName;
        }

        int length = 0;
        int bytes = 0;
        while (length < fileName.Length)
        {
            // A surrogate pair is one 4-byte character: never cut between its halves.
            int step = char.IsHighSurrogate(fileName[length]) && length + 1 < fileName.Length ? 2 : 1;
            int stepBytes = s_utf8.GetByteCount(fileName.AsSpan(length, step));
            if (bytes + stepBytes > MaxTempStemBytes)
            {
                break;
            }

            bytes += stepBytes;
            length += step;
        }

        return fileName[..length];
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The temporary file is a dot file that no scan reads; leaving it is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
