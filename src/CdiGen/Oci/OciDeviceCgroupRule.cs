using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>An entry of <c>linux.resources.devices</c>: a device cgroup allow or deny rule.</summary>
public sealed class OciDeviceCgroupRule : OciObject
{
    private static readonly OciFieldSet FieldSet = new("allow", "type", "major", "minor", "access");

    /// <summary><c>allow</c>: true to allow, false to deny.</summary>
    public bool? Allow { get; set; }

    /// <summary><c>type</c>: <c>a</c>, <c>b</c> or <c>c</c>; absent means all.</summary>
    public string? Type { get; set; }

    /// <summary><c>major</c>; absent means all.</summary>
    public long? Major { get; set; }

    /// <summary><c>minor</c>; absent means all.</summary>
    public long? Minor { get; set; }

    /// <summary><c>access</c>: a combination of <c>r</c>, <c>w</c>, <c>m</c>.</summary>
    public string? Access { get; set; }

    internal override OciFieldSet Fields => FieldSet;

    internal override bool IsPresent(int field) => field switch
    {
        0 => Allow.HasValue,
        1 => Type is not null,
        2 => Major.HasValue,
        3 => Minor.HasValue,
        _ => Access is not null,
    };

    internal override void ReadField(ref OciJsonReader reader, int field)
    {
        switch (field)
        {
            case 0: Allow = reader.GetBoolean("device rule allow"); break;
            case 1: Type = reader.GetString("device rule type"); break;
            case 2: Major = reader.GetInt64("device rule major"); break;
            case 3: Minor = reader.GetInt64("device rule minor"); break;
            default: Access = reader.GetString("device rule access"); break;
        }
    }

    internal override void WriteField(Utf8JsonWriter writer, int field)
    {
        switch (field)
        {
            case 0: writer.WriteBooleanValue(Allow!.Value); break;
            case 1: writer.WriteStringValue(Type); break;
            case 2: writer.WriteNumberValue(Major!.Value); break;
            case 3: writer.WriteNumberValue(Minor!.Value); break;
            default: writer.WriteStringValue(Access); break;
        }
    }
}
