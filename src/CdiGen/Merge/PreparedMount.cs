using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using CdiGen.Oci;

namespace CdiGen.Merge;

/// <summary>
/// What applying one CDI mount edit always produces, worked out once: the OCI values, the
/// mount-sort depth and, on first write, the entry's compact JSON. A vendor's spec changes
/// only on a registry refresh, yet every injection applies and writes its mounts again
/// (nvidia's has 60); caching spares each injection the options copy, the depth scan and the
/// string escaping and transcoding of every mount.
/// </summary>
/// <remarks>
/// Immutable apart from the lazily filled JSON slots, so one instance is shared by every
/// batch and thread. It is found by the identity of the edit's container path string and
/// used only while the edit's other strings are the very ones it was built from (see
/// <see cref="Matches"/>), so a changed spec model is never served stale output.
/// </remarks>
internal sealed class PreparedMount
{
    // Weak keys: an entry lives as long as the spec model's string does, no longer.
    private static readonly ConditionalWeakTable<string, PreparedMount> s_byContainerPath = new();

    private readonly string? _hostPathAsGiven;
    private readonly string? _typeAsGiven;
    private EncodedEntry? _plain;
    private EncodedEntry? _idMapped;

    private PreparedMount(in MountEdit edit)
    {
        Destination = edit.ContainerPath;
        _hostPathAsGiven = edit.HostPath;
        _typeAsGiven = edit.Type;
        Source = string.IsNullOrEmpty(edit.HostPath) ? null : edit.HostPath;
        Type = string.IsNullOrEmpty(edit.Type) ? null : edit.Type;
        Options = edit.Options is { Count: > 0 } options ? Snapshot(options) : null;
        IdMapOption = MountMerge.IdMapOption(Options);
        Depth = MountDepth.Of(Destination);
        DestinationHash = DestinationSet.HashOf(Destination);
    }

    /// <summary>The OCI <c>destination</c>.</summary>
    public string Destination { get; }

    /// <summary>The OCI <c>source</c>; null when the edit has no host path.</summary>
    public string? Source { get; }

    /// <summary>The OCI <c>type</c>; null when the edit has none.</summary>
    public string? Type { get; }

    /// <summary>The edit's options as they were when this was built; null when none.</summary>
    public string[]? Options { get; }

    /// <summary>The option a user namespace adds (<c>idmap</c> or <c>ridmap</c>), or null.</summary>
    public string? IdMapOption { get; }

    /// <summary>The mount-sort key of <see cref="Destination"/>.</summary>
    public int Depth { get; }

    /// <summary><see cref="Destination"/>'s hash in a <see cref="DestinationSet"/>.</summary>
    public int DestinationHash { get; }

    /// <summary>
    /// The cached form of <paramref name="edit"/>, built on first sight. <paramref name="last"/>
    /// is the batch's slot for this edit's position: a batch that injects the same devices
    /// again finds it there without the table lookup.
    /// </summary>
    public static PreparedMount For(in MountEdit edit, ref PreparedMount? last)
    {
        if (last is { } previous && ReferenceEquals(previous.Destination, edit.ContainerPath) && previous.Matches(edit))
        {
            return previous;
        }

        return last = FromTable(edit);
    }

    private static PreparedMount FromTable(in MountEdit edit)
    {
        if (s_byContainerPath.TryGetValue(edit.ContainerPath, out var prepared) && prepared.Matches(edit))
        {
            return prepared;
        }

        prepared = new PreparedMount(edit);
        s_byContainerPath.AddOrUpdate(edit.ContainerPath, prepared);
        return prepared;
    }

    /// <summary>The number of options the OCI entry gets.</summary>
    public int OptionCount(bool idMapped) =>
        (Options?.Length ?? 0) + (idMapped && IdMapOption is not null ? 1 : 0);

    /// <summary>
    /// The entry as compact JSON, as <see cref="OciObject"/> writes a new mount with this
    /// encoder: written once through that same code, then reused.
    /// </summary>
    public byte[] CompactJson(JavaScriptEncoder? encoder, bool idMapped)
    {
        var cached = idMapped ? _idMapped : _plain;
        if (cached is not null && ReferenceEquals(cached.Encoder, encoder))
        {
            return cached.Json;
        }

        var mount = new OciMount { Destination = Destination, Source = Source, Type = Type };
        if (OptionCount(idMapped) > 0)
        {
            mount.Options = new List<string>(OptionsFor(idMapped));
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder, SkipValidation = true }))
        {
            mount.WriteObject(writer);
        }

        var entry = new EncodedEntry(encoder, buffer.WrittenSpan.ToArray());
        if (idMapped)
        {
            _idMapped = entry;
        }
        else
        {
            _plain = entry;
        }

        return entry.Json;
    }

    /// <summary>The options the OCI entry gets, in order.</summary>
    public IEnumerable<string> OptionsFor(bool idMapped)
    {
        if (Options is not null)
        {
            foreach (var option in Options)
            {
                yield return option;
            }
        }

        if (idMapped && IdMapOption is not null)
        {
            yield return IdMapOption;
        }
    }

    // Reference comparisons: the spec model's strings are immutable objects, so "same
    // references" means "same values", and checking is a few pointer compares.
    private bool Matches(in MountEdit edit)
    {
        if (!ReferenceEquals(edit.HostPath, _hostPathAsGiven) || !ReferenceEquals(edit.Type, _typeAsGiven))
        {
            return false;
        }

        var snapshot = Options.AsSpan();
        switch (edit.Options)
        {
            case null:
                return snapshot.IsEmpty;
            case List<string> list:
                // The generated model's type: compared without an interface call per element.
                return SameReferences(CollectionsMarshal.AsSpan(list), snapshot);
            case string[] array:
                return SameReferences(array, snapshot);
            case var options:
                if (options.Count != snapshot.Length)
                {
                    return false;
                }

                for (int i = 0; i < snapshot.Length; i++)
                {
                    if (!ReferenceEquals(options[i], snapshot[i]))
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    private static bool SameReferences(ReadOnlySpan<string> options, ReadOnlySpan<string> snapshot)
    {
        if (options.Length != snapshot.Length)
        {
            return false;
        }

        for (int i = 0; i < snapshot.Length; i++)
        {
            if (!ReferenceEquals(options[i], snapshot[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Snapshot(IReadOnlyList<string> options)
    {
        var copy = new string[options.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = options[i];
        }

        return copy;
    }

    private sealed record EncodedEntry(JavaScriptEncoder? Encoder, byte[] Json);
}
