using BenchmarkDotNet.Attributes;

namespace CdiGen.Bench;

/// <summary>Loading goref's 200-spec directory (400 devices): read, validate and index every file.</summary>
[MemoryDiagnoser]
public class RefreshBenchmarks
{
    /// <summary>One refresh.</summary>
    /// <returns>The device count.</returns>
    [Benchmark]
    public int Refresh200() => DeviceSources.Refresh(Fixtures.ManySpecs).DeviceCount;
}
