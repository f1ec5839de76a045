using CdiGen.Bench.Model;
using CdiGen.Merge;
using CdiGen.Registry;

namespace CdiGen.Bench;

/// <summary>
/// The devices of one spec directory through <see cref="CdiRegistry"/>: creating it scans,
/// reads, validates and indexes every spec, the work the Go reference's <c>NewCache</c> does.
/// </summary>
public sealed class RegistryDeviceSource : IDeviceSource
{
    private readonly CdiRegistrySnapshot _snapshot;

    private RegistryDeviceSource(CdiRegistrySnapshot snapshot) => _snapshot = snapshot;

    /// <inheritdoc />
    public int DeviceCount => _snapshot.Devices.Count;

    /// <summary>Files that failed to read or validate, plus devices dropped for a conflict.</summary>
    public int ErrorCount => _snapshot.Errors.Count;

    /// <summary>Scans <paramref name="directory"/> with a registry that does not watch it.</summary>
    public static RegistryDeviceSource Load(string directory)
    {
        using var registry = new CdiRegistry(new CdiRegistryOptions { SpecDirectories = [directory], ReadSpec = Spec.ReadFile });
        return new RegistryDeviceSource(registry.Snapshot);
    }

    /// <inheritdoc />
    public bool TryAddDeviceEdits(string qualifiedName, OciEditBatch batch) =>
        _snapshot.GetDevice(qualifiedName) is { } device
        && device.Spec.Document.AddDeviceEdits(device.Name.Name, batch);
}
