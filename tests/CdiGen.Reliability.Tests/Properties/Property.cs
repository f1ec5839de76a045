using CdiGen.Model;
using CsCheck;
using Spec = CdiGen.Model.Spec;

namespace CdiGen.Reliability.Tests.Properties;

/// <summary>
/// How every property here runs: a bounded number of iterations on one thread. On failure
/// CsCheck shrinks the input and its exception names the seed; setting the environment
/// variable <c>CsCheck_Seed</c> to it replays exactly that case.
/// </summary>
internal static class Property
{
    public static void Check<T>(Gen<T> gen, Action<T> assert, long iterations, Func<T, string>? print = null) =>
        gen.Sample(assert, iter: iterations, threads: 1, print: print);

    /// <summary>A failing spec is shown as JSON, which survives any odd text in it.</summary>
    public static string Show(Spec spec) => spec.ToJson();
}
