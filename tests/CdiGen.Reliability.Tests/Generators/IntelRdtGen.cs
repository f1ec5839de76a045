using CdiGen.Model;
using CsCheck;

namespace CdiGen.Reliability.Tests.Generators;

/// <summary>intelRdt in its two shapes: before 1.1.0 (enableCMT/enableMBM) and from 1.1.0 (schemata/enableMonitoring).</summary>
internal static class IntelRdtGen
{
    public static readonly Gen<string> ClosId = Gen.OneOfConst("/", "", "clos0", "gold", "yes", "0640", "é");

    public static Gen<IntelRdt> For(bool legacy) => legacy ? Legacy : Current;

    public static readonly Gen<IntelRdt> Legacy = Gen.Select(
        ClosId.Null(0.3),
        TextGen.Text.Null(0.5),
        TextGen.Text.Null(0.5),
        Gen.Bool.Nullable(0.5),
        Gen.Bool.Nullable(0.5),
        (closId, l3, memBw, cmt, mbm) => new IntelRdt { ClosID = closId, L3CacheSchema = l3, MemBwSchema = memBw, EnableCMT = cmt, EnableMBM = mbm });

    public static readonly Gen<IntelRdt> Current = Gen.Select(
        ClosId.Null(0.3),
        TextGen.Text.Null(0.5),
        TextGen.Text.Null(0.5),
        TextGen.Text.List[0, 3].Null(0.5),
        Gen.Bool.Nullable(0.5),
        (closId, l3, memBw, schemata, monitoring) => new IntelRdt { ClosID = closId, L3CacheSchema = l3, MemBwSchema = memBw, Schemata = schemata, EnableMonitoring = monitoring });
}
