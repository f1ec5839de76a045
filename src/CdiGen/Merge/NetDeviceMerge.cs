using System;
using System.Collections.Generic;
using CdiGen.Oci;

namespace CdiGen.Merge;

/// <summary><c>netDevices</c>: <c>linux.netDevices[hostInterfaceName] = {name}</c>.</summary>
internal static class NetDeviceMerge
{
    public static void Apply(OciSpec spec, string hostInterfaceName, string name)
    {
        var linux = spec.Linux ??= new OciLinux();
        var map = linux.NetDevices ??= new OciNetDeviceMap();
        int index = map.IndexOf(hostInterfaceName);
        if (index < 0)
        {
            map.Entries.Add(new KeyValuePair<string, OciNetDevice>(hostInterfaceName, new OciNetDevice { Name = name }));
            return;
        }

        // The entry is replaced as a whole: members the edit does not set go away.
        var device = map.Entries[index].Value;
        device.ForgetReadLayout();
        device.Name = name;
    }
}
