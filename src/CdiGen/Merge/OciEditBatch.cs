using System;
using System.Collections.Generic;
using CdiGen.Oci;

namespace CdiGen.Merge;

/// <summary>
/// The combined container edits of the devices one injection requests, applied to an OCI
/// spec in one transaction. Add edits in request order (for each device: its spec's edits
/// the first time that spec is seen — see <see cref="TryBeginSpec"/> — then the device's
/// own), then call <see cref="Apply"/>. Within the batch, edits are applied by kind in the
/// reference's order: env, device nodes, net devices, mounts (then the mount sort), hooks,
/// Intel RDT, additional group ids.
/// </summary>
/// <remarks>
/// A batch is reusable: <see cref="Clear"/> keeps its buffers, so an injection that
/// re-applies edits already present in the spec allocates nothing. A batch is not thread-safe.
/// </remarks>
public sealed class OciEditBatch
{
    private readonly List<string> _env = new();
    private readonly List<DeviceNodeEdit> _deviceNodes = new();
    private readonly List<KeyValuePair<string, string>> _netDevices = new();
    private readonly List<MountEdit> _mounts = new();
    private readonly List<KeyValuePair<string, HookEdit>> _hooks = new();
    private readonly List<uint> _additionalGids = new();
    private readonly List<object> _seenSpecs = new();
    private IntelRdtEdit _intelRdt;
    private bool _hasIntelRdt;

    // Prepare-phase results, kept between applies so that they allocate only once.
    private readonly List<ResolvedDeviceNode> _resolvedNodes = new();
    private readonly List<OciHookKind> _hookKinds = new();
    private int[] _mountDepths = Array.Empty<int>();
    private OciMount[] _sortedMounts = Array.Empty<OciMount>();
    private PreparedMount?[] _preparedMounts = Array.Empty<PreparedMount?>();
    private readonly DestinationSet _mountDestinations = new();

    /// <summary>Whether nothing has been added since creation or the last <see cref="Clear"/>.</summary>
    public bool IsEmpty =>
        _env.Count == 0 && _deviceNodes.Count == 0 && _netDevices.Count == 0 && _mounts.Count == 0 &&
        _hooks.Count == 0 && _additionalGids.Count == 0 && !_hasIntelRdt;

    /// <summary>Forgets all edits and seen specs, keeping buffers for reuse.</summary>
    public void Clear()
    {
        _env.Clear();
        _deviceNodes.Clear();
        _netDevices.Clear();
        _mounts.Clear();
        _hooks.Clear();
        _additionalGids.Clear();
        _seenSpecs.Clear();
        _intelRdt = default;
        _hasIntelRdt = false;
    }

    /// <summary>
    /// Marks a CDI spec as seen. Returns true the first time a spec (compared by reference)
    /// is passed: the caller then adds that spec's own container edits, once, before the
    /// edits of its first requested device.
    /// </summary>
    /// <param name="spec">The CDI spec object a requested device belongs to.</param>
    /// <returns>Whether this is the first device of that spec in the batch.</returns>
    public bool TryBeginSpec(object spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        foreach (object seen in _seenSpecs)
        {
            if (ReferenceEquals(seen, spec))
            {
                return false;
            }
        }

        _seenSpecs.Add(spec);
        return true;
    }

    /// <summary>Adds a <c>KEY=VALUE</c> entry: it replaces the entry with the same key, else is appended.</summary>
    /// <param name="entry">The environment entry.</param>
    public void AddEnv(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _env.Add(entry);
    }

    /// <summary>Adds a device node; missing type, numbers and mode come from the host at <see cref="Apply"/>.</summary>
    /// <param name="node">The node.</param>
    public void AddDeviceNode(in DeviceNodeEdit node) => _deviceNodes.Add(node);

    /// <summary>Moves a host network interface into the container under a new name.</summary>
    /// <param name="hostInterfaceName">The interface on the host.</param>
    /// <param name="name">Its name in the container.</param>
    public void AddNetDevice(string hostInterfaceName, string name)
    {
        ArgumentNullException.ThrowIfNull(hostInterfaceName);
        ArgumentNullException.ThrowIfNull(name);
        _netDevices.Add(new KeyValuePair<string, string>(hostInterfaceName, name));
    }

    /// <summary>Adds a mount; it replaces a mount with the same container path.</summary>
    /// <param name="mount">The mount.</param>
    public void AddMount(in MountEdit mount) => _mounts.Add(mount);

    /// <summary>Adds a hook to the list named by <paramref name="hookName"/> (checked at <see cref="Apply"/>).</summary>
    /// <param name="hookName">One of <c>prestart</c>, <c>createRuntime</c>, <c>createContainer</c>, <c>startContainer</c>, <c>poststart</c>, <c>poststop</c>.</param>
    /// <param name="hook">The hook.</param>
    public void AddHook(string hookName, in HookEdit hook) => _hooks.Add(new KeyValuePair<string, HookEdit>(hookName, hook));

    /// <summary>Sets the Intel RDT settings; a later call wins, as when the reference combines edits.</summary>
    /// <param name="intelRdt">The settings.</param>
    public void SetIntelRdt(in IntelRdtEdit intelRdt)
    {
        _intelRdt = intelRdt;
        _hasIntelRdt = true;
    }

    /// <summary>Adds a supplementary group for the container process (0 is ignored).</summary>
    /// <param name="gid">The group id.</param>
    public void AddAdditionalGid(uint gid) => _additionalGids.Add(gid);

    /// <summary>
    /// Applies all edits to <paramref name="spec"/>. Everything that can fail (host lookups,
    /// hook names, missing values) is checked first; only then is the spec changed.
    /// </summary>
    /// <param name="spec">The OCI spec, changed in place.</param>
    /// <exception cref="CdiInjectionException">An edit cannot be applied; <paramref name="spec"/> is unchanged.</exception>
    public void Apply(OciSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Prepare(spec);
        Commit(spec);
    }

    private void Prepare(OciSpec spec)
    {
        _resolvedNodes.Clear();
        foreach (var node in _deviceNodes)
        {
            _resolvedNodes.Add(DeviceNodeResolver.Resolve(node, spec));
        }

        foreach (var mount in _mounts)
        {
            if (string.IsNullOrEmpty(mount.ContainerPath))
            {
                throw new CdiInjectionException("CDI mount has no container path");
            }
        }

        _hookKinds.Clear();
        foreach (var hook in _hooks)
        {
            if (!OciHookNames.TryParse(hook.Key, out var kind))
            {
                throw new CdiInjectionException($"unknown hook name \"{hook.Key}\"");
            }

            if (string.IsNullOrEmpty(hook.Value.Path))
            {
                throw new CdiInjectionException($"CDI {hook.Key} hook has no path");
            }

            _hookKinds.Add(kind);
        }
    }

    // Nothing below may throw: the spec is changed from here on.
    private void Commit(OciSpec spec)
    {
        EnvMerge.Apply(spec, _env);

        foreach (var node in _resolvedNodes)
        {
            DeviceNodeMerge.Apply(spec, node);
        }

        foreach (var netDevice in _netDevices)
        {
            NetDeviceMerge.Apply(spec, netDevice.Key, netDevice.Value);
        }

        if (_mounts.Count > 0)
        {
            bool userNamespace = spec.HasUserNamespace;
            MountMerge.CollectDestinations(spec, _mountDestinations);
            if (_preparedMounts.Length < _mounts.Count)
            {
                Array.Resize(ref _preparedMounts, _mounts.Count);
            }

            for (int i = 0; i < _mounts.Count; i++)
            {
                MountMerge.Apply(spec, _mounts[i], userNamespace, _mountDestinations, _mounts.Count - i, ref _preparedMounts[i]);
            }

            MountMerge.SortByDepth(spec.Mounts!, ref _mountDepths, ref _sortedMounts);
        }

        for (int i = 0; i < _hooks.Count; i++)
        {
            HookMerge.Apply(spec, _hookKinds[i], _hooks[i].Value);
        }

        if (_hasIntelRdt)
        {
            IntelRdtMerge.Apply(spec, _intelRdt);
        }

        AdditionalGidMerge.Apply(spec, _additionalGids);
    }
}
