using System.Collections.Generic;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>An entry of <c>mounts</c>. ID mappings and other members stay raw.</summary>
public sealed class OciMount : OciObject
{
    private static readonly OciFieldSet FieldSet = new("destination", "type", "source", "options");

    /// <summary><c>destination</c>: the path inside the container.</summary>
    public string? Destination { get; set; }

    /// <summary><c>type</c>: the file system type.</summary>
    public string? Type { get; set; }

    /// <summary><c>source</c>: the host path or device.</summary>
    public string? Source { get; set; }

    /// <summary><c>options</c>; null when absent.</summary>
    public List<string>? Options { get; set; }

    internal override OciFieldSet Fields => FieldSet;

    internal override bool IsPresent(int field) => field switch
    {
        0 => Destination is not null,
        1 => Type is not null,
        2 => Source is not null,
        _ => Options is not null,
    };

    internal override void ReadField(ref OciJsonReader reader, int field)
    {
        switch (field)
        {
            case 0: Destination = reader.GetString("mount destination"); break;
            case 1: Type = reader.GetString("mount type"); break;
            case 2: Source = reader.GetString("mount source"); break;
            default: Options = reader.ReadStringList("mount options"); break;
        }
    }

    internal override void WriteField(Utf8JsonWriter writer, int field)
    {
        switch (field)
        {
            case 0: writer.WriteStringValue(Destination); break;
            case 1: writer.WriteStringValue(Type); break;
            case 2: writer.WriteStringValue(Source); break;
            default: OciJsonWrite.StringList(writer, Options!); break;
        }
    }
}
