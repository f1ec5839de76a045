using System.Collections.Generic;
using CdiGen.Oci;

namespace CdiGen.Merge;

/// <summary><c>hooks</c>: appended to the list their name selects.</summary>
internal static class HookMerge
{
    public static void Apply(OciSpec spec, OciHookKind kind, in HookEdit edit)
    {
        var hooks = spec.Hooks ??= new OciHooks();
        hooks.GetOrCreate(kind).Add(new OciHook
        {
            Path = edit.Path,
            Args = ListCopy.OrNull(edit.Args),
            Env = ListCopy.OrNull(edit.Env),
            Timeout = edit.Timeout,
        });
    }
}
