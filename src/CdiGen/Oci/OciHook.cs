using System.Collections.Generic;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>A hook in one of the lists of <c>hooks</c>.</summary>
public sealed class OciHook : OciObject
{
    private static readonly OciFieldSet FieldSet = new("path", "args", "env", "timeout");

    /// <summary><c>path</c>: the program to run.</summary>
    public string? Path { get; set; }

    /// <summary><c>args</c>; null when absent.</summary>
    public List<string>? Args { get; set; }

    /// <summary><c>env</c>; null when absent.</summary>
    public List<string>? Env { get; set; }

    /// <summary><c>timeout</c> in seconds; null when absent.</summary>
    public int? Timeout { get; set; }

    internal override OciFieldSet Fields => FieldSet;

    internal override bool IsPresent(int field) => field switch
    {
        0 => Path is not null,
        1 => Args is not null,
        2 => Env is not null,
        _ => Timeout.HasValue,
    };

    internal override void ReadField(ref OciJsonReader reader, int field)
    {
        switch (field)
        {
            case 0: Path = reader.GetString("hook path"); break;
            case 1: Args = reader.ReadStringList("hook args"); break;
            case 2: Env = reader.ReadStringList("hook env"); break;
            default: Timeout = reader.GetInt32("hook timeout"); break;
        }
    }

    internal override void WriteField(Utf8JsonWriter writer, int field)
    {
        switch (field)
        {
            case 0: writer.WriteStringValue(Path); break;
            case 1: OciJsonWrite.StringList(writer, Args!); break;
            case 2: OciJsonWrite.StringList(writer, Env!); break;
            default: writer.WriteNumberValue(Timeout!.Value); break;
        }
    }
}
