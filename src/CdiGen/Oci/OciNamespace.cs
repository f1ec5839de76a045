using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>An entry of <c>linux.namespaces</c>.</summary>
public sealed class OciNamespace : OciObject
{
    private static readonly OciFieldSet FieldSet = new("type", "path");

    /// <summary><c>type</c>, for example <c>user</c> or <c>mount</c>.</summary>
    public string? Type { get; set; }

    /// <summary><c>path</c> of a namespace to join; null when absent.</summary>
    public string? Path { get; set; }

    internal override OciFieldSet Fields => FieldSet;

    internal override bool IsPresent(int field) => field == 0 ? Type is not null : Path is not null;

    internal override void ReadField(ref OciJsonReader reader, int field)
    {
        if (field == 0)
        {
            Type = reader.GetString("namespace type");
        }
        else
        {
            Path = reader.GetString("namespace path");
        }
    }

    internal override void WriteField(Utf8JsonWriter writer, int field) =>
        writer.WriteStringValue(field == 0 ? Type : Path);
}
