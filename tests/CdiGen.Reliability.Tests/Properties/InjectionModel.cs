using CdiGen.Model;
using CdiGen.Oci;

namespace CdiGen.Reliability.Tests.Properties;

/// <summary>
/// An independent, deliberately naive model of injection (DESIGN.md section 3), applied one
/// edit at a time to an <see cref="OciView"/>. It covers host-independent device nodes only:
/// the generated nodes name host paths that do not exist and are fully specified.
/// </summary>
internal static class InjectionModel
{
    /// <summary>The edits of a request in the reference order: a spec's own edits the first time, then the device's.</summary>
    public static List<ContainerEdits> EditsOf(Spec spec, IEnumerable<string> request)
    {
        var edits = new List<ContainerEdits>();
        foreach (var name in request)
        {
            if (edits.Count == 0 && spec.ContainerEdits is { } specEdits)
            {
                edits.Add(specEdits);
            }
            edits.Add(spec.Devices.First(device => device.Name == name).ContainerEdits);
        }
        return edits;
    }

    public static OciView Apply(OciSpec before, IEnumerable<ContainerEdits> edits)
    {
        var view = OciView.Of(before);
        var user = before.Process?.User;
        var anyMount = false;
        foreach (var edit in edits)
        {
            foreach (var entry in edit.Env ?? [])
            {
                var index = view.Env.FindLastIndex(existing => Key(existing) == Key(entry));
                if (index >= 0)
                {
                    view.Env[index] = entry;
                }
                else
                {
                    view.Env.Add(entry);
                }
            }
            foreach (var node in edit.DeviceNodes ?? [])
            {
                AddNode(view, node, user);
            }
            foreach (var net in edit.NetDevices ?? [])
            {
                var index = view.NetDevices.FindIndex(entry => entry.StartsWith(net.HostInterfaceName + "=", StringComparison.Ordinal));
                var line = net.HostInterfaceName + "=" + net.Name;
                if (index >= 0)
                {
                    view.NetDevices[index] = line;
                }
                else
                {
                    view.NetDevices.Add(line);
                }
            }
            foreach (var mount in edit.Mounts ?? [])
            {
                anyMount = true;
                view.Mounts.RemoveAll(line => line.StartsWith(mount.ContainerPath + "|", StringComparison.Ordinal));
                view.Mounts.Add(OciView.Mount(
                    mount.ContainerPath,
                    NullIfEmpty(mount.HostPath),
                    NullIfEmpty(mount.Type),
                    mount.Options is { Count: > 0 } options ? options : null));
            }
            if (edit.IntelRdt is { } intelRdt)
            {
                view = view with { IntelRdtClosId = NullIfEmpty(intelRdt.ClosID) };
            }
            foreach (var gid in edit.AdditionalGids ?? [])
            {
                if (gid != 0 && !view.AdditionalGids.Contains(gid))
                {
                    view.AdditionalGids.Add(gid);
                }
            }
        }
        if (anyMount)
        {
            // OrderBy is stable: mounts of equal depth keep their order.
            var sorted = view.Mounts.OrderBy(line => Depth(line[..line.IndexOf('|')])).ToList();
            view.Mounts.Clear();
            view.Mounts.AddRange(sorted);
        }
        // Hooks of one kind keep request order; the view lists kinds in enum order.
        var hooks = edits.SelectMany(edit => edit.Hooks ?? []).ToList();
        var allHooks = Enum.GetValues<OciHookKind>()
            .SelectMany(kind => view.Hooks.Where(line => line.StartsWith(kind + "|", StringComparison.Ordinal))
                .Concat(hooks.Where(hook => KindOf(hook.HookName) == kind).Select(hook => OciView.Hook(kind, hook.Path))))
            .ToList();
        return view with { Hooks = allHooks };
    }

    private static void AddNode(OciView view, DeviceNode node, OciUser? user)
    {
        var uid = node.Uid ?? (user?.Uid > 0 ? user.Uid : null);
        var gid = node.Gid ?? (user?.Gid > 0 ? user.Gid : null);
        var line = OciView.Device(node.Path, node.Type ?? "", node.Major ?? 0, node.Minor ?? 0, node.FileMode, uid, gid);
        var index = view.Devices.FindIndex(existing => existing.StartsWith(node.Path + "|", StringComparison.Ordinal));
        if (index >= 0)
        {
            view.Devices.RemoveAt(index);
        }
        view.Devices.Add(line);
        if (node.Type is "b" or "c")
        {
            var access = node.Permissions switch
            {
                null or "" => "rwm",
                "none" => null,
                var given => given,
            };
            var rule = OciView.Rule(true, node.Type, node.Major ?? 0, node.Minor ?? 0, access);
            // CdiGen skips a rule already allowed after the last deny rule (same effect, see DeviceNodeMerge).
            var lastDeny = view.CgroupRules.FindLastIndex(existing => !existing.StartsWith("True|", StringComparison.Ordinal));
            if (!view.CgroupRules.Skip(lastDeny + 1).Contains(rule))
            {
                view.CgroupRules.Add(rule);
            }
        }
    }

    private static OciHookKind KindOf(string hookName) =>
        Enum.GetValues<OciHookKind>().Single(kind => string.Equals(kind.ToString(), hookName, StringComparison.OrdinalIgnoreCase));

    private static string Key(string entry) => entry.IndexOf('=') is var equals and >= 0 ? entry[..equals] : entry;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // filepath.Clean, then the number of separators: "/" and "/a" have one, "/a/b" two.
    private static int Depth(string destination)
    {
        var parts = new List<string>();
        foreach (var part in destination.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                continue;
            }
            parts.Add(part);
        }
        return Math.Max(1, parts.Count);
    }
}
