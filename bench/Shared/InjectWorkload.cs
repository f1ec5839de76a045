using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using CdiGen.Merge;
using CdiGen.Oci;

namespace CdiGen.Bench;

/// <summary>
/// One injection, the same work as goref's <c>bench-inject</c> op: read the OCI config from
/// bytes into a fresh spec, add the requested devices' edits, apply them, write compact JSON.
/// The batch, the output buffer and its writer are reused across ops, as a runtime would.
/// </summary>
public sealed class InjectWorkload
{
    private readonly byte[] _config;
    private readonly IDeviceSource _devices;
    private readonly string[] _requested;
    private readonly OciEditBatch _batch = new();
    private readonly ArrayBufferWriter<byte> _output = new(32 * 1024);
    private readonly Utf8JsonWriter _writer;

    /// <summary>Creates the workload.</summary>
    /// <param name="config">runc's <c>config.json</c> bytes.</param>
    /// <param name="devices">The loaded spec directory.</param>
    /// <param name="requested">Fully qualified device names, in request order.</param>
    public InjectWorkload(byte[] config, IDeviceSource devices, IReadOnlyList<string> requested)
    {
        _config = config;
        _devices = devices;
        _requested = [.. requested];
        // Compact, no HTML escaping: what Go's json.Marshal with SetEscapeHTML(false) would give.
        _writer = new Utf8JsonWriter(_output, new JsonWriterOptions
        {
            Indented = false,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = true,
        });
    }

    /// <summary>The JSON written by the last <see cref="Run"/>.</summary>
    public ReadOnlySpan<byte> Output => _output.WrittenSpan;

    /// <summary>Only the read of the config: the first phase of <see cref="Run"/>.</summary>
    /// <returns>The number of mounts read.</returns>
    public int Read() => OciSpec.Read(_config).Mounts?.Count ?? 0;

    /// <summary>The read and the edits, without the write: the first two phases of <see cref="Run"/>.</summary>
    /// <returns>The number of mounts after the edits.</returns>
    public int ReadAndApply() => Injected().Mounts?.Count ?? 0;

    /// <summary>An injected spec, for timing <see cref="Write"/> alone.</summary>
    public OciSpec Injected()
    {
        var oci = OciSpec.Read(_config);
        _batch.Clear();
        foreach (var name in _requested)
        {
            if (!_devices.TryAddDeviceEdits(name, _batch))
            {
                throw new CdiInjectionException($"unresolvable CDI device {name}");
            }
        }

        _batch.Apply(oci);
        return oci;
    }

    /// <summary>Only the write: the last phase of <see cref="Run"/>.</summary>
    /// <param name="oci">The spec to write.</param>
    /// <returns>The number of bytes written.</returns>
    public int Write(OciSpec oci)
    {
        _output.ResetWrittenCount();
        _writer.Reset(_output);
        oci.Write(_writer);
        return _output.WrittenCount;
    }

    /// <summary>Runs one injection.</summary>
    /// <returns>The number of bytes written.</returns>
    public int Run() => Write(Injected());
}
