using System.IO;
using BenchmarkDotNet.Attributes;
using CdiGen.Merge;
using CdiGen.Oci;

namespace CdiGen.Bench;

/// <summary>
/// <see cref="OciEditBatch.Apply"/> alone. A first apply goes into a fresh copy of runc's
/// config (prepared outside the timing, <see cref="FreshPerIteration"/> at a time); a re-apply
/// goes into a config that already has the edits, and must allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class ApplyBenchmarks
{
    /// <summary>Fresh configs prepared per iteration for <see cref="FirstApply"/>.</summary>
    public const int FreshPerIteration = 256;

    private readonly OciSpec[] _fresh = new OciSpec[FreshPerIteration];
    private readonly OciEditBatch _batch = new();
    private byte[] _config = [];
    private OciSpec _applied = null!;

    /// <summary>How many GPUs' edits the batch holds.</summary>
    [Params(1, 8)]
    public int Devices { get; set; }

    /// <summary>Fills the batch and prepares the already-applied config.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _config = File.ReadAllBytes(Fixtures.Config);
        var devices = DeviceSources.Refresh(Fixtures.LargeSpecs);
        foreach (var name in Fixtures.NvidiaGpus(Devices))
        {
            devices.TryAddDeviceEdits(name, _batch);
        }

        _applied = OciSpec.Read(_config);
        _batch.Apply(_applied);
        _batch.Apply(_applied); // the second apply sizes every list for the steady state
    }

    /// <summary>Reads the fresh configs for the next iteration of <see cref="FirstApply"/>.</summary>
    [IterationSetup(Target = nameof(FirstApply))]
    public void ReadFresh()
    {
        for (int i = 0; i < _fresh.Length; i++)
        {
            _fresh[i] = OciSpec.Read(_config);
        }
    }

    /// <summary>Apply into a config that has none of the edits yet.</summary>
    [Benchmark(OperationsPerInvoke = FreshPerIteration)]
    [InvocationCount(1, 1)]
    public void FirstApply()
    {
        foreach (var spec in _fresh)
        {
            _batch.Apply(spec);
        }
    }

    /// <summary>Apply into a config that already has every edit: 0 B expected.</summary>
    [Benchmark]
    public void ReApply() => _batch.Apply(_applied);
}
