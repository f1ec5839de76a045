using System.Collections.Generic;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary><c>linux.resources</c>: only the device cgroup rules are modeled.</summary>
public sealed class OciLinuxResources : OciObject
{
    private static readonly OciFieldSet FieldSet = new("devices");

    /// <summary><c>devices</c>: device cgroup rules in order; null when absent.</summary>
    public List<OciDeviceCgroupRule>? Devices { get; set; }

    internal override OciFieldSet Fields => FieldSet;

    internal override bool IsPresent(int field) => Devices is not null;

    internal override void ReadField(ref OciJsonReader reader, int field) =>
        Devices = reader.ReadObjectList<OciDeviceCgroupRule>("linux.resources.devices");

    internal override void WriteField(Utf8JsonWriter writer, int field) =>
        OciJsonWrite.ObjectList(writer, Devices!);
}
