using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CdiGen.Oci;

public sealed partial class OciSpec
{
    /// <summary>Reads a spec from UTF-8 JSON.</summary>
    /// <param name="utf8">The whole document.</param>
    /// <returns>The spec, with unknown members kept in place.</returns>
    /// <exception cref="OciFormatException">The text is not JSON, the root is not an object, or a modeled member has the wrong type.</exception>
    public static OciSpec Read(ReadOnlySpan<byte> utf8)
    {
        Utf8Check.ThrowIfInvalid(utf8);
        var reader = new OciJsonReader(utf8);
        try
        {
            reader.Read();
            var spec = new OciSpec();
            spec.ReadMembers(ref reader, "the OCI runtime spec");
            reader.ExpectEndOfDocument();
            return spec;
        }
        catch (JsonException syntax)
        {
            throw reader.FromReaderError(syntax);
        }
        catch (InvalidOperationException undecodable)
        {
            // Utf8JsonReader.GetString throws this (not a JsonException) for an escape such
            // as "\uD800" that leaves half a UTF-16 surrogate pair.
            throw reader.Error("a string cannot be decoded: " + undecodable.Message, undecodable);
        }
        finally
        {
            reader.ReturnScratch();
        }
    }

    /// <summary>Reads a spec from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="OciFormatException">The content is not a valid spec document.</exception>
    public static OciSpec Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads a spec from a file.</summary>
    /// <param name="path">Path of a <c>config.json</c>.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="OciFormatException">The file is not a valid spec document.</exception>
    public static OciSpec ReadFile(string path) => Read(File.ReadAllBytes(path));

    /// <summary>Writes the spec as one JSON object.</summary>
    /// <param name="writer">The writer; its options decide indentation.</param>
    public void Write(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteObject(writer);
        writer.Flush();
    }

    /// <summary>The spec as UTF-8 JSON, without a trailing newline.</summary>
    /// <param name="indented">Two-space indentation (as <c>jq</c> and the Go reference write it) or compact.</param>
    /// <returns>The document bytes.</returns>
    public byte[] ToUtf8Bytes(bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(indented)))
        {
            Write(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>The spec as JSON text, without a trailing newline.</summary>
    /// <param name="indented">Two-space indentation or compact.</param>
    /// <returns>The document.</returns>
    public string ToJson(bool indented = true) => Encoding.UTF8.GetString(ToUtf8Bytes(indented));

    /// <summary>
    /// Writes the spec to a file atomically: the document (and a trailing newline) goes to a
    /// temporary file in the same directory, is flushed to disk, and is renamed over
    /// <paramref name="path"/>, so readers see either the old or the new file.
    /// </summary>
    /// <param name="path">The destination file.</param>
    /// <param name="indented">Two-space indentation or compact.</param>
    public void WriteFile(string path, bool indented = true) =>
        CdiGen.IO.AtomicFile.Write(path, file =>
        {
            using (var writer = new Utf8JsonWriter(file, WriterOptions(indented)))
            {
                Write(writer);
            }
            file.WriteByte((byte)'\n');
        });

    private static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        // Like Go with HTML escaping off and like jq: keep '<', '&', '+' and non-ASCII text as is.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };
}
