using System.Collections.Generic;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary><c>linux.intelRdt</c>: Intel Resource Director Technology settings.</summary>
public sealed class OciIntelRdt : OciObject
{
    private static readonly OciFieldSet FieldSet = new(
        "closID", "l3CacheSchema", "memBwSchema", "schemata", "enableCMT", "enableMBM", "enableMonitoring");

    /// <summary><c>closID</c>: the resctrl class of service.</summary>
    public string? ClosId { get; set; }

    /// <summary><c>l3CacheSchema</c>.</summary>
    public string? L3CacheSchema { get; set; }

    /// <summary><c>memBwSchema</c>.</summary>
    public string? MemBwSchema { get; set; }

    /// <summary><c>schemata</c> lines; null when absent.</summary>
    public List<string>? Schemata { get; set; }

    /// <summary><c>enableCMT</c>.</summary>
    public bool? EnableCmt { get; set; }

    /// <summary><c>enableMBM</c>.</summary>
    public bool? EnableMbm { get; set; }

    /// <summary><c>enableMonitoring</c>.</summary>
    public bool? EnableMonitoring { get; set; }

    internal override OciFieldSet Fields => FieldSet;

    internal override bool IsPresent(int field) => field switch
    {
        0 => ClosId is not null,
        1 => L3CacheSchema is not null,
        2 => MemBwSchema is not null,
        3 => Schemata is not null,
        4 => EnableCmt.HasValue,
        5 => EnableMbm.HasValue,
        _ => EnableMonitoring.HasValue,
    };

    internal override void ReadField(ref OciJsonReader reader, int field)
    {
        switch (field)
        {
            case 0: ClosId = reader.GetString("intelRdt closID"); break;
            case 1: L3CacheSchema = reader.GetString("intelRdt l3CacheSchema"); break;
            case 2: MemBwSchema = reader.GetString("intelRdt memBwSchema"); break;
            case 3: Schemata = reader.ReadStringList("intelRdt schemata"); break;
            case 4: EnableCmt = reader.GetBoolean("intelRdt enableCMT"); break;
            case 5: EnableMbm = reader.GetBoolean("intelRdt enableMBM"); break;
            default: EnableMonitoring = reader.GetBoolean("intelRdt enableMonitoring"); break;
        }
    }

    internal override void WriteField(Utf8JsonWriter writer, int field)
    {
        switch (field)
        {
            case 0: writer.WriteStringValue(ClosId); break;
            case 1: writer.WriteStringValue(L3CacheSchema); break;
            case 2: writer.WriteStringValue(MemBwSchema); break;
            case 3: OciJsonWrite.StringList(writer, Schemata!); break;
            case 4: writer.WriteBooleanValue(EnableCmt!.Value); break;
            case 5: writer.WriteBooleanValue(EnableMbm!.Value); break;
            default: writer.WriteBooleanValue(EnableMonitoring!.Value); break;
        }
    }
}
