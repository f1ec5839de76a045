using CdiGen.Merge;

namespace CdiGen.Bench;

/// <summary>
/// The devices of a set of CDI spec directories, as injection needs them. The benchmarks only
/// see this interface; <see cref="DeviceSources.Refresh"/> says which implementation they measure.
/// </summary>
public interface IDeviceSource
{
    /// <summary>Number of devices that resolved (conflicting ones excluded).</summary>
    int DeviceCount { get; }

    /// <summary>Adds the edits of a device named <c>vendor/class=name</c> to <paramref name="batch"/>.</summary>
    /// <param name="qualifiedName">The fully qualified device name.</param>
    /// <param name="batch">The batch of the injection in progress.</param>
    /// <returns><c>false</c> when the device is unknown.</returns>
    bool TryAddDeviceEdits(string qualifiedName, OciEditBatch batch);
}

/// <summary>Where the benchmarks get an <see cref="IDeviceSource"/> from.</summary>
public static class DeviceSources
{
    /// <summary>Scans <paramref name="directory"/> as goref's cache refresh does: read, validate, index every spec.</summary>
    /// <param name="directory">A CDI spec directory (top level only, <c>*.yaml</c> and <c>*.json</c>).</param>
    /// <returns>The devices found.</returns>
    public static IDeviceSource Refresh(string directory) => RegistryDeviceSource.Load(directory);
}
