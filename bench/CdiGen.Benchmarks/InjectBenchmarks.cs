using System.IO;
using BenchmarkDotNet.Attributes;

namespace CdiGen.Bench;

/// <summary>
/// goref's <c>bench-inject</c> op: runc's <c>config.json</c> from bytes, 1 or 8 nvidia GPUs,
/// compact JSON into a reused buffer.
/// </summary>
[MemoryDiagnoser]
public class InjectBenchmarks
{
    private InjectWorkload _workload = null!;

    /// <summary>How many GPUs are requested.</summary>
    [Params(1, 8)]
    public int Devices { get; set; }

    /// <summary>Loads the spec directory and the config once.</summary>
    [GlobalSetup]
    public void Setup() =>
        _workload = new InjectWorkload(File.ReadAllBytes(Fixtures.Config), DeviceSources.Refresh(Fixtures.LargeSpecs), Fixtures.NvidiaGpus(Devices));

    /// <summary>One injection.</summary>
    /// <returns>The output length.</returns>
    [Benchmark]
    public int Inject() => _workload.Run();
}
