using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>A value of <c>linux.netDevices</c>: the interface name inside the container.</summary>
public sealed class OciNetDevice : OciObject
{
    private static readonly OciFieldSet FieldSet = new("name");

    /// <summary><c>name</c> of the interface in the container.</summary>
    public string? Name { get; set; }

    internal override OciFieldSet Fields => FieldSet;

    internal override bool IsPresent(int field) => Name is not null;

    internal override void ReadField(ref OciJsonReader reader, int field) =>
        Name = reader.GetString("net device name");

    internal override void WriteField(Utf8JsonWriter writer, int field) => writer.WriteStringValue(Name);
}
