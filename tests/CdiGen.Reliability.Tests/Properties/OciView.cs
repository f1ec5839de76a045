using CdiGen.Oci;

namespace CdiGen.Reliability.Tests.Properties;

/// <summary>
/// What injection changes in an OCI spec, flattened to comparable lines, so that a mismatch
/// between the model and the library reads as a plain list difference.
/// </summary>
internal sealed record OciView(
    List<string> Env,
    List<string> Devices,
    List<string> CgroupRules,
    List<string> Mounts,
    List<string> Hooks,
    List<uint> AdditionalGids,
    List<string> NetDevices,
    string? IntelRdtClosId)
{
    public static OciView Of(OciSpec oci) => new(
        oci.Process?.Env?.ToList() ?? [],
        oci.Linux?.Devices?.Select(d => Device(d.Path, d.Type, d.Major, d.Minor, d.FileMode, d.Uid, d.Gid)).ToList() ?? [],
        oci.Linux?.Resources?.Devices?.Select(r => Rule(r.Allow, r.Type, r.Major, r.Minor, r.Access)).ToList() ?? [],
        oci.Mounts?.Select(m => Mount(m.Destination, m.Source, m.Type, m.Options)).ToList() ?? [],
        Enum.GetValues<OciHookKind>()
            .SelectMany(kind => oci.Hooks?.Get(kind)?.Select(hook => Hook(kind, hook.Path)) ?? [])
            .ToList(),
        oci.Process?.User?.AdditionalGids?.ToList() ?? [],
        oci.Linux?.NetDevices?.Entries.Select(entry => entry.Key + "=" + entry.Value.Name).ToList() ?? [],
        oci.Linux?.IntelRdt?.ClosId);

    public static string Device(string? path, string? type, long? major, long? minor, uint? fileMode, uint? uid, uint? gid) =>
        $"{path}|{type}|{major}|{minor}|{fileMode}|{uid}|{gid}";

    public static string Rule(bool? allow, string? type, long? major, long? minor, string? access) =>
        $"{allow}|{type}|{major}|{minor}|{access}";

    public static string Mount(string? destination, string? source, string? type, IEnumerable<string>? options) =>
        $"{destination}|{source}|{type}|{(options is null ? "null" : string.Join(",", options))}";

    public static string Hook(OciHookKind kind, string? path) => $"{kind}|{path}";

    /// <summary>Each field on its own, so an assertion names the one that differs.</summary>
    public void AssertEqual(OciView actual)
    {
        Assert.Equal(Env, actual.Env);
        Assert.Equal(Devices, actual.Devices);
        Assert.Equal(CgroupRules, actual.CgroupRules);
        Assert.Equal(Mounts, actual.Mounts);
        Assert.Equal(Hooks, actual.Hooks);
        Assert.Equal(AdditionalGids, actual.AdditionalGids);
        Assert.Equal(NetDevices, actual.NetDevices);
        Assert.Equal(IntelRdtClosId, actual.IntelRdtClosId);
    }
}
