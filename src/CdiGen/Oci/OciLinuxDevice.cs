using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>An entry of <c>linux.devices</c>: a device node created in the container.</summary>
public sealed class OciLinuxDevice : OciObject
{
    private static readonly OciFieldSet FieldSet = new("path", "type", "major", "minor", "fileMode", "uid", "gid");

    /// <summary><c>path</c> inside the container.</summary>
    public string? Path { get; set; }

    /// <summary><c>type</c>: <c>b</c>, <c>c</c>, <c>u</c> or <c>p</c>.</summary>
    public string? Type { get; set; }

    /// <summary><c>major</c>.</summary>
    public long? Major { get; set; }

    /// <summary><c>minor</c>.</summary>
    public long? Minor { get; set; }

    /// <summary><c>fileMode</c>: permission bits of the node.</summary>
    public uint? FileMode { get; set; }

    /// <summary><c>uid</c> owning the node.</summary>
    public uint? Uid { get; set; }

    /// <summary><c>gid</c> owning the node.</summary>
    public uint? Gid { get; set; }

    internal override OciFieldSet Fields => FieldSet;

    internal override bool IsPresent(int field) => field switch
    {
        0 => Path is not null,
        1 => Type is not null,
        2 => Major.HasValue,
        3 => Minor.HasValue,
        4 => FileMode.HasValue,
        5 => Uid.HasValue,
        _ => Gid.HasValue,
    };

    internal override void ReadField(ref OciJsonReader reader, int field)
    {
        switch (field)
        {
            case 0: Path = reader.GetString("device path"); break;
            case 1: Type = reader.GetString("device type"); break;
            case 2: Major = reader.GetInt64("device major"); break;
            case 3: Minor = reader.GetInt64("device minor"); break;
            case 4: FileMode = reader.GetUInt32("device fileMode"); break;
            case 5: Uid = reader.GetUInt32("device uid"); break;
            default: Gid = reader.GetUInt32("device gid"); break;
        }
    }

    internal override void WriteField(Utf8JsonWriter writer, int field)
    {
        switch (field)
        {
            case 0: writer.WriteStringValue(Path); break;
            case 1: writer.WriteStringValue(Type); break;
            case 2: writer.WriteNumberValue(Major!.Value); break;
            case 3: writer.WriteNumberValue(Minor!.Value); break;
            case 4: writer.WriteNumberValue(FileMode!.Value); break;
            case 5: writer.WriteNumberValue(Uid!.Value); break;
            default: writer.WriteNumberValue(Gid!.Value); break;
        }
    }
}
