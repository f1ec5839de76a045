using CdiGen.Model;
using CsCheck;
using Spec = CdiGen.Model.Spec;

namespace CdiGen.Reliability.Tests.Generators;

/// <summary>
/// Generators of random valid specs. Every field appears sometimes, so that the minimum
/// version varies from 0.3.0 to 1.1.0. A spec is either "legacy" (may use intelRdt's
/// enableCMT/enableMBM, removed in 1.1.0, and nothing from 1.1.0) or "current" (may use
/// 1.1.0 fields, never the removed ones): a spec mixing both has no valid version.
/// </summary>
internal static class SpecGen
{
    public static readonly string[] HookNames = ["prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop"];

    /// <summary>A valid spec whose cdiVersion is its minimum required version.</summary>
    public static readonly Gen<Spec> ValidSpec = Gen.Bool.SelectMany(legacy => SpecOf(legacy, DeviceNodeGen.Any));

    /// <summary>A valid spec that injection can apply without the host's device nodes.</summary>
    public static readonly Gen<Spec> InjectableSpec = Gen.Bool.SelectMany(legacy => SpecOf(legacy, DeviceNodeGen.HostIndependent));

    /// <summary>An injectable spec and a request of 1 to 5 of its devices (repeats allowed).</summary>
    public static readonly Gen<(Spec Spec, List<string> Request)> Injection =
        InjectableSpec.SelectMany(spec => Gen.Int[0, spec.Devices.Count - 1].List[1, 5]
            .Select(indexes => (spec, indexes.ConvertAll(index => spec.Devices[index].Name))));

    /// <summary>A valid spec of either flavour whose cdiVersion is its minimum required version.</summary>
    public static Gen<Spec> SpecOf(bool legacy, Gen<DeviceNode> nodes) => Gen.Select(
        TextGen.Vendor,
        Gen.OneOf(TextGen.PlainClass, TextGen.Vendor),
        Annotations.Null(0.6),
        Edits(legacy, nodes).Null(0.5),
        Device(legacy, nodes).List[1, 4],
        (vendor, @class, annotations, edits, devices) =>
        {
            var spec = new Spec
            {
                Kind = vendor + "/" + @class,
                Annotations = annotations,
                ContainerEdits = edits,
                Devices = Unique(devices),
            };
            spec.CdiVersion = spec.MinimumRequiredVersion().ToString();
            return spec;
        });

    public static readonly Gen<Dictionary<string, string>> Annotations =
        Gen.Select(TextGen.AnnotationKey, TextGen.Text).List[0, 4]
            .Select(pairs => pairs.DistinctBy(pair => pair.Item1).ToDictionary(pair => pair.Item1, pair => pair.Item2, StringComparer.Ordinal));

    public static readonly Gen<string> Env = Gen.Select(TextGen.EnvKey, TextGen.Text, (key, value) => key + "=" + value);

    public static Gen<Device> Device(bool legacy, Gen<DeviceNode> nodes) => Gen.Select(
        TextGen.DeviceName,
        Annotations.Null(0.7),
        Edits(legacy, nodes),
        (name, annotations, edits) => new Device { Name = name, Annotations = annotations, ContainerEdits = edits });

    /// <summary>Container edits with at least one env entry, so a device's edits are never empty.</summary>
    public static Gen<ContainerEdits> Edits(bool legacy, Gen<DeviceNode> nodes) => Gen.Select(
        Env.List[1, 4],
        nodes.List[0, 3].Null(0.4),
        Mount.List[0, 3].Null(0.4),
        Hook.List[0, 3].Null(0.5),
        IntelRdtGen.For(legacy).Null(0.7),
        Gid.List[0, 4].Null(0.6),
        legacy ? Gen.Const(static () => (List<NetDevice>?)null) : NetDevices.Null(0.6),
        (env, nodes, mounts, hooks, intelRdt, gids, netDevices) => new ContainerEdits
        {
            Env = env,
            DeviceNodes = nodes,
            Mounts = mounts,
            Hooks = hooks,
            IntelRdt = intelRdt,
            AdditionalGids = gids,
            NetDevices = netDevices,
        });

    /// <summary>Group ids at the edges of uint32 as well as small ones (0 is allowed: runtimes skip it).</summary>
    public static readonly Gen<uint> Gid = Gen.Frequency(
        (3, Gen.UInt[0, 100]),
        (1, Gen.OneOfConst(0u, 1u, 65534u, (uint)int.MaxValue, uint.MaxValue - 1, uint.MaxValue)),
        (1, Gen.UInt));

    public static readonly Gen<Mount> Mount = Gen.Select(
        TextGen.AbsolutePath,
        TextGen.AbsolutePath,
        Gen.OneOfConst("bind", "rbind", "ro", "rw", "nosuid", "idmap", "x=y").List[0, 3].Null(0.3),
        Gen.OneOfConst("bind", "tmpfs", "none", "yes").Null(0.5),
        (host, container, options, type) => new Mount { HostPath = host, ContainerPath = container, Options = options, Type = type });

    public static readonly Gen<Hook> Hook = Gen.Select(
        Gen.OneOfConst(HookNames),
        TextGen.AbsolutePath,
        TextGen.Text.List[0, 3].Null(0.4),
        Env.List[0, 2].Null(0.5),
        Gen.OneOf(Gen.UInt[0, 120], Gen.OneOfConst(uint.MaxValue, (uint)int.MaxValue + 1)).Nullable(0.5),
        (name, path, args, env, timeout) => new Hook { HookName = name, Path = path, Args = args, Env = env, Timeout = timeout });

    public static readonly Gen<List<NetDevice>> NetDevices =
        Gen.Select(TextGen.DeviceName, TextGen.DeviceName).List[0, 3]
            .Select(pairs => pairs
                .DistinctBy(pair => pair.Item1)
                .DistinctBy(pair => pair.Item2)
                .Select(pair => new NetDevice { HostInterfaceName = pair.Item1, Name = pair.Item2 })
                .ToList());

    // Device names must be unique in a spec; later duplicates are dropped.
    private static List<Device> Unique(List<Device> devices) =>
        devices.DistinctBy(device => device.Name, StringComparer.Ordinal).ToList();
}
