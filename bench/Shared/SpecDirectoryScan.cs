using System;
using System.Collections.Generic;
using System.IO;
using CdiGen.Bench.Model;
using CdiGen.Merge;
using CdiGen.Serialization;

namespace CdiGen.Bench;

/// <summary>
/// Stands in for the registry until it exists: does the work of the Go reference's
/// <c>NewCache</c> with one spec directory. Every <c>*.yaml</c>/<c>*.json</c> file is read and
/// validated; devices are indexed by qualified name, and a name defined by two files of the
/// same directory is dropped, as the reference drops same-priority conflicts.
/// </summary>
public sealed class SpecDirectoryScan : IDeviceSource
{
    private readonly Dictionary<string, (Spec Spec, string Name)> _devices;

    private SpecDirectoryScan(Dictionary<string, (Spec Spec, string Name)> devices, int errorCount)
    {
        _devices = devices;
        ErrorCount = errorCount;
    }

    /// <inheritdoc />
    public int DeviceCount => _devices.Count;

    /// <summary>Files that failed to parse or validate, plus devices dropped for a conflict.</summary>
    public int ErrorCount { get; }

    /// <summary>Scans <paramref name="directory"/>.</summary>
    /// <param name="directory">The spec directory.</param>
    /// <returns>The index of its devices.</returns>
    public static SpecDirectoryScan Load(string directory)
    {
        var devices = new Dictionary<string, (Spec Spec, string Name)>(StringComparer.Ordinal);
        HashSet<string>? conflicts = null;
        int errors = 0;
        foreach (var path in Directory.EnumerateFiles(directory))
        {
            if (!path.EndsWith(".yaml", StringComparison.Ordinal) && !path.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            Spec spec;
            try
            {
                spec = Spec.ReadFile(path);
            }
            catch (CdiFormatException)
            {
                errors++;
                continue;
            }

            if (spec.Validate().Count > 0)
            {
                errors++;
                continue;
            }

            foreach (var device in spec.Devices)
            {
                string qualified = spec.Kind + "=" + device.Name;
                if (!devices.TryAdd(qualified, (spec, device.Name)))
                {
                    (conflicts ??= new HashSet<string>(StringComparer.Ordinal)).Add(qualified);
                }
            }
        }

        if (conflicts is not null)
        {
            foreach (var qualified in conflicts)
            {
                devices.Remove(qualified);
                errors++;
            }
        }

        return new SpecDirectoryScan(devices, errors);
    }

    /// <inheritdoc />
    public bool TryAddDeviceEdits(string qualifiedName, OciEditBatch batch) =>
        _devices.TryGetValue(qualifiedName, out var entry) && entry.Spec.AddDeviceEdits(entry.Name, batch);
}
