using System;
using System.Collections.Generic;
using CdiGen.Cli.Model;
using CdiGen.Host;

namespace CdiGen.Cli.Generation;

/// <summary>
/// Builds a CDI spec from device nodes on this host: type, major, minor and file mode come
/// from lstat; a node that its group may use but others may not (<c>crw-rw---- root video</c>)
/// adds that group to the device's additionalGids, so a non-root container process can open
/// it. The spec declares the lowest cdiVersion that supports what it uses.
/// </summary>
internal static class HostSpecBuilder
{
    private const uint GroupReadWrite = 0b000_110_000; // 0060
    private const uint OtherReadWrite = 0b000_000_110; // 0006

    /// <param name="kind">The spec's <c>vendor/class</c>.</param>
    /// <param name="devices">Device names with the host paths of their nodes, in order.</param>
    /// <exception cref="HostDeviceException">A path is missing or is not a device node.</exception>
    public static Spec Build(string kind, IReadOnlyList<(string Name, IReadOnlyList<string> Paths)> devices)
    {
        var spec = new Spec { Kind = kind };
        foreach (var (name, paths) in devices)
        {
            var edits = new ContainerEdits { DeviceNodes = new List<DeviceNode>() };
            foreach (var path in paths)
            {
                var node = HostDevice.LstatDevice(path);
                edits.DeviceNodes.Add(new DeviceNode
                {
                    Path = path,
                    Type = node.OciType,
                    Major = node.Major,
                    Minor = node.Minor,
                    FileMode = node.Permissions,
                });
                if (NeedsGroup(node) && !(edits.AdditionalGids ??= new List<uint>()).Contains(node.Gid))
                {
                    edits.AdditionalGids.Add(node.Gid);
                }
            }
            spec.Devices.Add(new Device { Name = name, ContainerEdits = edits });
        }
        spec.CdiVersion = spec.MinimumRequiredVersion().ToString();
        return spec;
    }

    // Group 0 is left out: runtimes ignore gid 0 in additionalGids (CDI008).
    private static bool NeedsGroup(HostDeviceInfo node) =>
        node.Gid != 0 && (node.Permissions & GroupReadWrite) != 0 && (node.Permissions & OtherReadWrite) == 0;
}
