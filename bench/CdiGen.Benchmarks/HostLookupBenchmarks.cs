using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using CdiGen.Host;

namespace CdiGen.Bench;

/// <summary>
/// What one host device lookup costs, next to the cheapest system call there is. Injection
/// looks up every node that lacks a <c>fileMode</c>, so on a machine where a bare system call
/// is slow (a virtual machine that traps each one) the lookups set a floor under inject's time
/// that no library code can lower. The baseline shows how much of a lookup is the machine's.
/// </summary>
[MemoryDiagnoser]
public class HostLookupBenchmarks
{
    /// <summary>A node that exists on every Linux host: the lookup's path walk hits the dentry cache.</summary>
    public const string PresentNode = "/dev/null";

    /// <summary>A node the nvidia spec names, absent where there is no GPU: the walk misses.</summary>
    public const string MissingNode = "/dev/nvidia-cdigen-bench-absent";

    /// <summary>The baseline: a system call that does no work (glibc does not cache it).</summary>
    /// <returns>The parent's process id.</returns>
    [Benchmark(Baseline = true)]
    public int BareSystemCall() => GetParentProcessId();

    /// <summary>A lookup of a node that exists, as on a host that has the devices.</summary>
    /// <returns>Whether the lookup succeeded.</returns>
    [Benchmark]
    public bool LookupPresentNode() => HostDevice.TryLstat(PresentNode, out _, out _);

    /// <summary>A lookup of a node that does not exist, as for the GPUs on this machine.</summary>
    /// <returns>Whether the lookup succeeded (never).</returns>
    [Benchmark]
    public bool LookupMissingNode() => HostDevice.TryLstat(MissingNode, out _, out _);

    [DllImport("libc", EntryPoint = "getppid")]
    private static extern int GetParentProcessId();
}
