using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CdiGen.Bench.Model;

namespace CdiGen.Bench;

/// <summary>
/// Variants of a fixture spec that isolate the host lookups in the inject comparison: the same
/// devices and edits, written as JSON, with the device nodes changed so that newest CDI either
/// needs no lookup at all or finds the node it looks up.
/// </summary>
internal static class SpecVariants
{
    /// <summary>
    /// Gives every node that has a type and a major number a <c>fileMode</c> of 0666 too: such
    /// a node leaves nothing for a host lookup to fill, so newest CDI applies it without one,
    /// as goref's v0.5.2 applies every node.
    /// </summary>
    public static void DescribeNodes(string input, string output) => Rewrite(input, output, node =>
    {
        if (node.Type is not null && node.Major is not null)
        {
            node.FileMode ??= Convert.ToUInt32("666", 8);
        }
    });

    /// <summary>
    /// Points every node's <c>hostPath</c> at <paramref name="hostPath"/>, a node that exists
    /// (such as <c>/dev/null</c>), so that each lookup finds it, as on a host with the devices.
    /// </summary>
    public static void PointNodesAt(string input, string output, string hostPath) =>
        Rewrite(input, output, node => node.HostPath = hostPath);

    private static void Rewrite(string input, string output, Action<DeviceNode> change)
    {
        var spec = Spec.ReadFile(input);
        IEnumerable<ContainerEdits?> edits = spec.Devices.Select(device => device.ContainerEdits).Append(spec.ContainerEdits);
        foreach (var node in edits.SelectMany(edit => edit?.DeviceNodes ?? []))
        {
            change(node);
        }

        File.WriteAllText(output, spec.ToJson() + "\n");
    }
}
