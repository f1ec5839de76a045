using System.Collections.Generic;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary><c>process.user</c>: the identity the container process runs as.</summary>
public sealed class OciUser : OciObject
{
    private static readonly OciFieldSet FieldSet = new("uid", "gid", "additionalGids");

    /// <summary><c>uid</c>; null when absent.</summary>
    public uint? Uid { get; set; }

    /// <summary><c>gid</c>; null when absent.</summary>
    public uint? Gid { get; set; }

    /// <summary><c>additionalGids</c>; null when absent.</summary>
    public List<uint>? AdditionalGids { get; set; }

    internal override OciFieldSet Fields => FieldSet;

    internal override bool IsPresent(int field) => field switch
    {
        0 => Uid.HasValue,
        1 => Gid.HasValue,
        _ => AdditionalGids is not null,
    };

    internal override void ReadField(ref OciJsonReader reader, int field)
    {
        switch (field)
        {
            case 0: Uid = reader.GetUInt32("process.user.uid"); break;
            case 1: Gid = reader.GetUInt32("process.user.gid"); break;
            default: AdditionalGids = reader.ReadUInt32List("process.user.additionalGids"); break;
        }
    }

    internal override void WriteField(Utf8JsonWriter writer, int field)
    {
        switch (field)
        {
            case 0: writer.WriteNumberValue(Uid!.Value); break;
            case 1: writer.WriteNumberValue(Gid!.Value); break;
            default: OciJsonWrite.UInt32List(writer, AdditionalGids!); break;
        }
    }
}
