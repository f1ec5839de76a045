using System.Collections.Generic;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary><c>hooks</c>: one list per point in the container lifecycle.</summary>
public sealed class OciHooks : OciObject
{
    private static readonly OciFieldSet FieldSet = new(
        "prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop");

    private readonly List<OciHook>?[] _lists = new List<OciHook>?[6];

    /// <summary><c>prestart</c> (deprecated by the runtime-spec, still honored).</summary>
    public List<OciHook>? Prestart { get => _lists[0]; set => _lists[0] = value; }

    /// <summary><c>createRuntime</c>.</summary>
    public List<OciHook>? CreateRuntime { get => _lists[1]; set => _lists[1] = value; }

    /// <summary><c>createContainer</c>.</summary>
    public List<OciHook>? CreateContainer { get => _lists[2]; set => _lists[2] = value; }

    /// <summary><c>startContainer</c>.</summary>
    public List<OciHook>? StartContainer { get => _lists[3]; set => _lists[3] = value; }

    /// <summary><c>poststart</c>.</summary>
    public List<OciHook>? Poststart { get => _lists[4]; set => _lists[4] = value; }

    /// <summary><c>poststop</c>.</summary>
    public List<OciHook>? Poststop { get => _lists[5]; set => _lists[5] = value; }

    internal override OciFieldSet Fields => FieldSet;

    /// <summary>The list of the given kind, created when absent.</summary>
    public List<OciHook> GetOrCreate(OciHookKind kind) => _lists[(int)kind] ??= new List<OciHook>();

    /// <summary>The list of the given kind, or null when absent.</summary>
    public List<OciHook>? Get(OciHookKind kind) => _lists[(int)kind];

    internal override bool IsPresent(int field) => _lists[field] is not null;

    internal override void ReadField(ref OciJsonReader reader, int field) =>
        _lists[field] = reader.ReadObjectList<OciHook>("hooks");

    internal override void WriteField(Utf8JsonWriter writer, int field) =>
        OciJsonWrite.ObjectList(writer, _lists[field]!);
}
