using System;
using CdiGen.Oci;

namespace CdiGen.Merge;

/// <summary><c>intelRdt</c>: replaces <c>linux.intelRdt</c> as a whole.</summary>
internal static class IntelRdtMerge
{
    public static void Apply(OciSpec spec, in IntelRdtEdit edit)
    {
        var linux = spec.Linux ??= new OciLinux();
        var rdt = linux.IntelRdt;
        if (rdt is not null && rdt.Layout is null && Matches(rdt, edit))
        {
            return;
        }

        rdt ??= new OciIntelRdt();
        rdt.ForgetReadLayout();
        rdt.ClosId = NullIfEmpty(edit.ClosId);
        rdt.L3CacheSchema = NullIfEmpty(edit.L3CacheSchema);
        rdt.MemBwSchema = NullIfEmpty(edit.MemBwSchema);
        rdt.Schemata = ListCopy.OrNull(edit.Schemata);
        rdt.EnableCmt = edit.EnableCmt ? true : null;
        rdt.EnableMbm = edit.EnableMbm ? true : null;
        rdt.EnableMonitoring = edit.EnableMonitoring ? true : null;
        linux.IntelRdt = rdt;
    }

    private static bool Matches(OciIntelRdt rdt, in IntelRdtEdit edit) =>
        rdt.ClosId == NullIfEmpty(edit.ClosId) &&
        rdt.L3CacheSchema == NullIfEmpty(edit.L3CacheSchema) &&
        rdt.MemBwSchema == NullIfEmpty(edit.MemBwSchema) &&
        ListCopy.SameContent(rdt.Schemata, edit.Schemata) &&
        (rdt.EnableCmt == true) == edit.EnableCmt && rdt.EnableCmt != false &&
        (rdt.EnableMbm == true) == edit.EnableMbm && rdt.EnableMbm != false &&
        (rdt.EnableMonitoring == true) == edit.EnableMonitoring && rdt.EnableMonitoring != false &&
        (rdt.Schemata is null || rdt.Schemata.Count > 0);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
