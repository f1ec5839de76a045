using System.Collections.Generic;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>
/// <c>linux.netDevices</c>: host interface name to container interface, kept in document
/// order (a list, so lookups and re-applied edits allocate nothing).
/// </summary>
public sealed class OciNetDeviceMap
{
    /// <summary>The entries in order.</summary>
    public List<KeyValuePair<string, OciNetDevice>> Entries { get; } = new();

    /// <summary>The index of the entry for a host interface, or -1.</summary>
    public int IndexOf(string hostInterfaceName)
    {
        var entries = Entries;
        for (int i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Key, hostInterfaceName, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    internal static OciNetDeviceMap? Read(ref OciJsonReader reader)
    {
        if (reader.IsNull)
        {
            return null;
        }

        reader.ExpectStartObject("linux.netDevices");
        var map = new OciNetDeviceMap();
        while (reader.ReadNextMember())
        {
            string host = reader.MemberName();
            reader.Read();
            var device = OciObject.ReadNew<OciNetDevice>(ref reader, "linux.netDevices entry");
            int existing = map.IndexOf(host);
            if (existing >= 0)
            {
                // A repeated key: the last value wins, as in Go.
                map.Entries[existing] = new KeyValuePair<string, OciNetDevice>(host, device);
            }
            else
            {
                map.Entries.Add(new KeyValuePair<string, OciNetDevice>(host, device));
            }
        }

        return map;
    }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var entry in Entries)
        {
            writer.WritePropertyName(entry.Key);
            entry.Value.WriteObject(writer);
        }

        writer.WriteEndObject();
    }
}
