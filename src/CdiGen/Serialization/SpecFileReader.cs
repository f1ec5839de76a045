using System;
using System.Buffers;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;

namespace CdiGen.Serialization;

/// <summary>
/// Reads a spec file for a generated model: the size limit is checked before anything is
/// read, the bytes are read once, and the format is chosen the way Go's reader would
/// understand the file. Go reads every spec through its YAML reader, so a <c>.json</c> name
/// only means JSON when the content is JSON; anything else is read as YAML (some vendors
/// ship YAML under a <c>.json</c> name), and so is a <c>.json</c> file that strict JSON
/// refuses but YAML reads.
/// </summary>
public static class SpecFileReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="path"/> with the model's JSON or YAML reader.</summary>
    /// <exception cref="CdiFormatException">The file is too large, not UTF-8, or not a valid spec document.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static T Read<T>(string path, JsonValueReader<T> readJson, Func<YamlReadContext, T> readYaml)
    {
        var bytes = ReadBytes(path);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && StartsLikeJson(bytes))
        {
            try
            {
                return JsonReadContext.Parse(bytes, path, readJson);
            }
            catch (CdiFormatException notJson) when (notJson.InnerException is JsonException)
            {
                // Not strict JSON. Go's YAML reader is laxer (a raw tab in a string, a comment,
                // single quotes), so read the text as it does; if that fails too, the JSON
                // error is the one that makes sense for a JSON file.
                try
                {
                    return YamlReadContext.Parse(Decode(bytes, path), path, readYaml);
                }
                catch (CdiFormatException)
                {
                    ExceptionDispatchInfo.Throw(notJson);
                    throw;
                }
            }
        }
        return YamlReadContext.Parse(Decode(bytes, path), path, readYaml);
    }

    // A bare handle and positional reads: a FileStream adds an advisory flock, fadvise and
    // extra fstat calls per file, which were a third of a 200-file refresh. Nothing relies on
    // the lock: spec files are replaced by rename (AtomicFile), never rewritten in place.
    private static byte[] ReadBytes(string path)
    {
        if (NativeFileRead.TryReadAll(path, out var native))
        {
            return native;
        }
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = RandomAccess.GetLength(file);
        if (length > DocumentLimits.MaxDocumentSize)
        {
            throw new CdiFormatException(DocumentLimits.TooLarge(length, "bytes"), path, null, 0, 0);
        }
        var bytes = new byte[length];
        var read = 0;
        while (read < bytes.Length)
        {
            var count = RandomAccess.Read(file, bytes.AsSpan(read), read);
            if (count == 0)
            {
                throw new EndOfStreamException($"{path} became shorter while it was read");
            }
            read += count;
        }
        return bytes;
    }

    private static bool StartsLikeJson(ReadOnlySpan<byte> bytes)
    {
        var text = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && text[first] is (byte)'{' or (byte)'[';
    }

    // Strict: Go's reader rejects invalid UTF-8, and a U+FFFD in a device path would be a silent change.
    private static string Decode(byte[] bytes, string path)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return s_strictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = FirstInvalidUtf8(bytes.AsSpan(start));
            throw new CdiFormatException("the document is not valid UTF-8", path, null, line, column);
        }
    }

    private static (long Line, long Column) FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        long line = 1;
        long column = 1;
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) == OperationStatus.InvalidData)
            {
                break;
            }
            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
            bytes = bytes[consumed..];
        }
        return (line, column);
    }
}
