using System;
using System.Collections.Generic;
using CdiGen.Oci;

namespace CdiGen.Merge;

/// <summary>
/// <c>deviceNodes</c>: the node replaces any <c>linux.devices</c> entry with its path (the
/// reference removes that entry and adds the node at the end), and block and character
/// nodes get a device cgroup allow rule.
/// </summary>
internal static class DeviceNodeMerge
{
    public static void Apply(OciSpec spec, in ResolvedDeviceNode node)
    {
        var linux = spec.Linux ??= new OciLinux();
        var devices = linux.Devices ??= new List<OciLinuxDevice>();

        // Reusing the removed entry object keeps a re-apply free of allocations.
        OciLinuxDevice? device = null;
        int removed = IndexOfPath(devices, node.Path);
        if (removed >= 0)
        {
            device = devices[removed];
            devices.RemoveAt(removed);
            device.ForgetReadLayout();
        }

        device ??= new OciLinuxDevice();
        device.Path = node.Path;
        device.Type = node.Type ?? string.Empty;
        device.Major = node.Major;
        device.Minor = node.Minor;
        device.FileMode = node.FileMode;
        device.Uid = node.Uid;
        device.Gid = node.Gid;

        // Adding also replaces in place when a second entry had the same path.
        int duplicate = IndexOfPath(devices, node.Path);
        if (duplicate >= 0)
        {
            devices[duplicate] = device;
        }
        else
        {
            devices.Add(device);
        }

        if (node.AddsCgroupRule)
        {
            AddAllowRule(linux, node);
        }
    }

    private static void AddAllowRule(OciLinux linux, in ResolvedDeviceNode node)
    {
        var resources = linux.Resources ??= new OciLinuxResources();
        var rules = resources.Devices ??= new List<OciDeviceCgroupRule>();
        if (IsAllowedAlready(rules, node))
        {
            return;
        }

        rules.Add(new OciDeviceCgroupRule
        {
            Allow = true,
            Type = node.Type,
            Major = node.Major,
            Minor = node.Minor,
            Access = node.CgroupAccess,
        });
    }

    // The reference appends a rule for every node. An identical allow rule with no deny
    // rule after it has the same effect as a new one at the end, so skipping the append
    // changes nothing for the runtime and makes re-applying edits allocation-free.
    private static bool IsAllowedAlready(List<OciDeviceCgroupRule> rules, in ResolvedDeviceNode node)
    {
        for (int i = rules.Count - 1; i >= 0; i--)
        {
            var rule = rules[i];
            if (rule.Allow != true)
            {
                return false;
            }

            if (rule.Type == node.Type && rule.Major == node.Major && rule.Minor == node.Minor &&
                string.Equals(rule.Access ?? string.Empty, node.CgroupAccess ?? string.Empty, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOfPath(List<OciLinuxDevice> devices, string path)
    {
        for (int i = 0; i < devices.Count; i++)
        {
            if (string.Equals(devices[i].Path, path, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
