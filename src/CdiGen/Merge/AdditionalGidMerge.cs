using System.Collections.Generic;
using CdiGen.Oci;

namespace CdiGen.Merge;

/// <summary><c>additionalGids</c>: appended to <c>process.user.additionalGids</c>, skipping 0 and ids already there.</summary>
internal static class AdditionalGidMerge
{
    public static void Apply(OciSpec spec, List<uint> gids)
    {
        foreach (uint gid in gids)
        {
            if (gid == 0)
            {
                continue;
            }

            var process = spec.Process ??= new OciProcess();
            var user = process.User ??= new OciUser();
            var list = user.AdditionalGids ??= new List<uint>();
            if (!list.Contains(gid))
            {
                list.Add(gid);
            }
        }
    }
}
