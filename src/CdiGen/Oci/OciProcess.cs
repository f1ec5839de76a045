using System.Collections.Generic;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary><c>process</c>: the parts CDI edits touch (user and environment).</summary>
public sealed class OciProcess : OciObject
{
    private static readonly OciFieldSet FieldSet = new("user", "env");

    /// <summary><c>user</c>; null when absent.</summary>
    public OciUser? User { get; set; }

    /// <summary><c>env</c>, <c>KEY=VALUE</c> entries; null when absent.</summary>
    public List<string>? Env { get; set; }

    internal override OciFieldSet Fields => FieldSet;

    internal override bool IsPresent(int field) => field == 0 ? User is not null : Env is not null;

    internal override void ReadField(ref OciJsonReader reader, int field)
    {
        if (field == 0)
        {
            User = reader.IsNull ? null : ReadNew<OciUser>(ref reader, "process.user");
        }
        else
        {
            Env = reader.ReadStringList("process.env");
        }
    }

    internal override void WriteField(Utf8JsonWriter writer, int field)
    {
        if (field == 0)
        {
            User!.WriteObject(writer);
        }
        else
        {
            OciJsonWrite.StringList(writer, Env!);
        }
    }
}
