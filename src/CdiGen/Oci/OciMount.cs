using System.Collections.Generic;
using System.Text.Json;
using CdiGen.Merge;

namespace CdiGen.Oci;

/// <summary>An entry of <c>mounts</c>. ID mappings and other members stay raw.</summary>
public sealed class OciMount : OciObject
{
    private static readonly OciFieldSet FieldSet = new("destination", "type", "source", "options");

    private List<string>? _options;

    // Set when a CDI mount edit made this entry: its options and JSON then come from the
    // edit's cached form until someone asks for the options list (which they may change).
    private PreparedMount? _prepared;
    private bool _idMapped;

    /// <summary><c>destination</c>: the path inside the container.</summary>
    public string? Destination { get; set; }

    /// <summary><c>type</c>: the file system type.</summary>
    public string? Type { get; set; }

    /// <summary><c>source</c>: the host path or device.</summary>
    public string? Source { get; set; }

    /// <summary><c>options</c>; null when absent.</summary>
    public List<string>? Options
    {
        get
        {
            if (_prepared is { } prepared)
            {
                // The caller may change the list, so the cached form no longer applies.
                _options = prepared.OptionCount(_idMapped) > 0 ? new List<string>(prepared.OptionsFor(_idMapped)) : null;
                _prepared = null;
            }

            return _options;
        }
        set
        {
            _options = value;
            _prepared = null;
        }
    }

    internal override OciFieldSet Fields => FieldSet;

    /// <summary>The mount-sort key of <see cref="Destination"/>.</summary>
    internal int SortDepth => CurrentPrepared() is { } prepared ? prepared.Depth : MountDepth.Of(Destination);

    /// <summary>Makes this entry the OCI form of a CDI mount edit (see <see cref="MountMerge"/>).</summary>
    internal void SetFrom(PreparedMount prepared, bool userNamespace)
    {
        Destination = prepared.Destination;
        Source = prepared.Source;
        Type = prepared.Type;
        _options = null;
        _prepared = prepared;
        _idMapped = userNamespace;
    }

    internal override bool IsPresent(int field) => field switch
    {
        0 => Destination is not null,
        1 => Type is not null,
        2 => Source is not null,
        _ => _prepared is { } prepared ? prepared.OptionCount(_idMapped) > 0 : _options is not null,
    };

    internal override void ReadField(ref OciJsonReader reader, int field)
    {
        switch (field)
        {
            case 0: Destination = reader.GetString("mount destination"); break;
            case 1: Type = reader.GetString("mount type"); break;
            case 2: Source = reader.GetString("mount source"); break;
            default: Options = reader.ReadStringList("mount options"); break;
        }
    }

    internal override void WriteField(Utf8JsonWriter writer, int field)
    {
        switch (field)
        {
            case 0: writer.WriteStringValue(Destination); break;
            case 1: writer.WriteStringValue(Type); break;
            case 2: writer.WriteStringValue(Source); break;
            default: WriteOptions(writer); break;
        }
    }

    internal override bool TryWriteCached(Utf8JsonWriter writer)
    {
        // Raw values are not indented by the writer, so only compact output can reuse the bytes.
        var options = writer.Options;
        if (options.Indented || CurrentPrepared() is not { } prepared)
        {
            return false;
        }

        writer.WriteRawValue(prepared.CompactJson(options.Encoder, _idMapped), skipInputValidation: true);
        return true;
    }

    private void WriteOptions(Utf8JsonWriter writer)
    {
        if (_prepared is not { } prepared)
        {
            OciJsonWrite.StringList(writer, _options!);
            return;
        }

        writer.WriteStartArray();
        foreach (var option in prepared.Options ?? [])
        {
            writer.WriteStringValue(option);
        }

        if (_idMapped && prepared.IdMapOption is { } idMap)
        {
            writer.WriteStringValue(idMap);
        }

        writer.WriteEndArray();
    }

    // The cached form holds only while the public properties still have its values (they
    // are settable) and the entry was not read with members of its own.
    private PreparedMount? CurrentPrepared() =>
        _prepared is { } prepared && Layout is null
        && ReferenceEquals(Destination, prepared.Destination)
        && ReferenceEquals(Source, prepared.Source)
        && ReferenceEquals(Type, prepared.Type)
            ? prepared
            : null;
}
