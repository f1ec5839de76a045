using System.Collections.Generic;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>
/// An OCI runtime spec (<c>config.json</c>, runtime-spec 1.x). Models the members CDI edits
/// touch; every other member, at every level, is kept as raw JSON in its original place, so
/// reading and writing a document gives the same document back.
/// </summary>
public sealed partial class OciSpec : OciObject
{
    // Declaration order of the runtime-spec's Spec struct, restricted to modeled members.
    private static readonly OciFieldSet FieldSet = new("process", "mounts", "hooks", "linux");

    /// <summary><c>process</c>; null when absent.</summary>
    public OciProcess? Process { get; set; }

    /// <summary><c>mounts</c> in order; null when absent.</summary>
    public List<OciMount>? Mounts { get; set; }

    /// <summary><c>hooks</c>; null when absent.</summary>
    public OciHooks? Hooks { get; set; }

    /// <summary><c>linux</c>; null when absent.</summary>
    public OciLinux? Linux { get; set; }

    /// <summary>Whether the container gets its own user namespace (<c>linux.namespaces</c> has <c>user</c>).</summary>
    public bool HasUserNamespace => Linux?.HasNamespace("user") ?? false;

    internal override OciFieldSet Fields => FieldSet;

    internal override bool IsPresent(int field) => field switch
    {
        0 => Process is not null,
        1 => Mounts is not null,
        2 => Hooks is not null,
        _ => Linux is not null,
    };

    internal override void ReadField(ref OciJsonReader reader, int field)
    {
        switch (field)
        {
            case 0: Process = reader.IsNull ? null : ReadNew<OciProcess>(ref reader, "process"); break;
            case 1: Mounts = reader.ReadObjectList<OciMount>("mounts"); break;
            case 2: Hooks = reader.IsNull ? null : ReadNew<OciHooks>(ref reader, "hooks"); break;
            default: Linux = reader.IsNull ? null : ReadNew<OciLinux>(ref reader, "linux"); break;
        }
    }

    internal override void WriteField(Utf8JsonWriter writer, int field)
    {
        switch (field)
        {
            case 0: Process!.WriteObject(writer); break;
            case 1: OciJsonWrite.ObjectList(writer, Mounts!); break;
            case 2: Hooks!.WriteObject(writer); break;
            default: Linux!.WriteObject(writer); break;
        }
    }
}
