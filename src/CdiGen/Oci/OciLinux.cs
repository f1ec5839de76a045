using System.Collections.Generic;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary><c>linux</c>: the Linux-specific parts that CDI edits read or change.</summary>
public sealed class OciLinux : OciObject
{
    // Declaration order of the runtime-spec's Linux struct, restricted to modeled members.
    private static readonly OciFieldSet FieldSet = new("resources", "namespaces", "devices", "intelRdt", "netDevices");

    /// <summary><c>resources</c>; null when absent.</summary>
    public OciLinuxResources? Resources { get; set; }

    /// <summary><c>namespaces</c>; null when absent.</summary>
    public List<OciNamespace>? Namespaces { get; set; }

    /// <summary><c>devices</c>: device nodes to create; null when absent.</summary>
    public List<OciLinuxDevice>? Devices { get; set; }

    /// <summary><c>intelRdt</c>; null when absent.</summary>
    public OciIntelRdt? IntelRdt { get; set; }

    /// <summary><c>netDevices</c>; null when absent.</summary>
    public OciNetDeviceMap? NetDevices { get; set; }

    /// <summary>Whether <c>namespaces</c> has an entry of the given type (for example <c>user</c>).</summary>
    public bool HasNamespace(string type)
    {
        var namespaces = Namespaces;
        if (namespaces is null)
        {
            return false;
        }

        foreach (var ns in namespaces)
        {
            if (string.Equals(ns.Type, type, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal override OciFieldSet Fields => FieldSet;

    internal override bool IsPresent(int field) => field switch
    {
        0 => Resources is not null,
        1 => Namespaces is not null,
        2 => Devices is not null,
        3 => IntelRdt is not null,
        _ => NetDevices is not null,
    };

    internal override void ReadField(ref OciJsonReader reader, int field)
    {
        switch (field)
        {
            case 0: Resources = reader.IsNull ? null : ReadNew<OciLinuxResources>(ref reader, "linux.resources"); break;
            case 1: Namespaces = reader.ReadObjectList<OciNamespace>("linux.namespaces"); break;
            case 2: Devices = reader.ReadObjectList<OciLinuxDevice>("linux.devices"); break;
            case 3: IntelRdt = reader.IsNull ? null : ReadNew<OciIntelRdt>(ref reader, "linux.intelRdt"); break;
            default: NetDevices = OciNetDeviceMap.Read(ref reader); break;
        }
    }

    internal override void WriteField(Utf8JsonWriter writer, int field)
    {
        switch (field)
        {
            case 0: Resources!.WriteObject(writer); break;
            case 1: OciJsonWrite.ObjectList(writer, Namespaces!); break;
            case 2: OciJsonWrite.ObjectList(writer, Devices!); break;
            case 3: IntelRdt!.WriteObject(writer); break;
            default: NetDevices!.Write(writer); break;
        }
    }
}
