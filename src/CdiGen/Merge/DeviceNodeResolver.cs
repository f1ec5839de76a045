using System.Runtime.InteropServices;
using CdiGen.Host;
using CdiGen.Oci;

namespace CdiGen.Merge;

/// <summary>
/// The part of applying a device node that can fail: the host lookup. Runs before the OCI
/// spec is touched, so a failure leaves it unchanged.
/// </summary>
internal static class DeviceNodeResolver
{
    public static ResolvedDeviceNode Resolve(in DeviceNodeEdit edit, OciSpec spec)
    {
        string path = edit.Path;
        if (string.IsNullOrEmpty(path))
        {
            throw new CdiInjectionException("CDI device node has no path");
        }

        string hostPath = string.IsNullOrEmpty(edit.HostPath) ? path : edit.HostPath;
        string? type = string.IsNullOrEmpty(edit.Type) ? null : edit.Type;
        long major = edit.Major;
        long minor = edit.Minor;
        uint? fileMode = edit.FileMode;

        // A vendor may describe a node completely; then the host need not have it.
        bool minimallySpecified = type is not null && (major != 0 || type == "p");

        // The host can only add the mode to a minimally specified node, so with the mode
        // given there is nothing to look up (newest CDI looks and then ignores the result).
        HostDeviceInfo host = default;
        int errno = 0;
        bool found = !(minimallySpecified && fileMode is not null) && HostDevice.TryLstat(hostPath, out host, out errno);
        if (!found || !host.IsDevice)
        {
            if (!minimallySpecified)
            {
                string reason = found ? "not a device node" : Marshal.GetPInvokeErrorMessage(errno);
                throw new CdiInjectionException($"failed to stat CDI host device \"{hostPath}\": {reason}");
            }
        }
        else
        {
            fileMode ??= host.Permissions;
            if (!minimallySpecified)
            {
                string hostType = host.OciType!;
                type ??= hostType;
                if (type != hostType)
                {
                    throw new CdiInjectionException(
                        $"CDI device (\"{path}\", \"{hostPath}\"), host type mismatch ({type}, {hostType})");
                }

                if (type != "p" && major == 0)
                {
                    major = host.Major;
                    minor = host.Minor;
                }
            }
        }

        var user = spec.Process?.User;
        uint? uid = edit.Uid;
        if (uid is null && user?.Uid is > 0)
        {
            uid = user.Uid;
        }

        uint? gid = edit.Gid;
        if (gid is null && user?.Gid is > 0)
        {
            gid = user.Gid;
        }

        bool addsRule = type is "b" or "c";
        string? access = edit.Permissions switch
        {
            null or "" => "rwm",
            "none" => null,
            var given => given,
        };

        return new ResolvedDeviceNode(path, type, major, minor, fileMode, uid, gid, access, addsRule);
    }
}
