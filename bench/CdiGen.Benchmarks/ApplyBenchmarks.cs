using System.IO;
using BenchmarkDotNet.Attributes;
using CdiGen.Bench.Model;
using CdiGen.Merge;
using CdiGen.Oci;

namespace CdiGen.Bench;

/// <summary>
/// <see cref="OciEditBatch.Apply"/> alone, with the nvidia GPUs' edits. A first apply goes into
/// a fresh copy of runc's config (read outside the timing, <see cref="FreshPerIteration"/> at a
/// time; enough warmup iterations that the timed code is fully optimized). A re-apply goes into
/// a config that already has the edits: without hooks it must allocate nothing; hooks are
/// appended on every apply, as in the reference, so with them it allocates the new hooks.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(30)]
[IterationCount(20)]
public class ApplyBenchmarks
{
    /// <summary>Fresh configs prepared per iteration for <see cref="FirstApply"/>.</summary>
    public const int FreshPerIteration = 256;

    private readonly OciSpec[] _fresh = new OciSpec[FreshPerIteration];
    private readonly OciEditBatch _batch = new();
    private readonly OciEditBatch _hooklessBatch = new();
    private byte[] _config = [];
    private OciSpec _applied = null!;
    private OciSpec _hooklessApplied = null!;
    private int _createContainerHooks;

    /// <summary>How many GPUs' edits the batch holds.</summary>
    [Params(1, 8)]
    public int Devices { get; set; }

    /// <summary>Fills the batches and prepares the already-applied configs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _config = File.ReadAllBytes(Fixtures.Config);
        var spec = Spec.ReadFile(Fixtures.NvidiaYaml);
        var hookless = Spec.ReadFile(Fixtures.NvidiaYaml);
        hookless.ContainerEdits!.Hooks = null;
        foreach (var device in hookless.Devices)
        {
            device.ContainerEdits.Hooks = null;
        }

        for (int i = 0; i < Devices; i++)
        {
            spec.AddDeviceEdits(i.ToString(System.Globalization.CultureInfo.InvariantCulture), _batch);
            hookless.AddDeviceEdits(i.ToString(System.Globalization.CultureInfo.InvariantCulture), _hooklessBatch);
        }

        _applied = OciSpec.Read(_config);
        _batch.Apply(_applied);
        _createContainerHooks = _applied.Hooks!.CreateContainer!.Count;
        _applied.Hooks.CreateContainer.Capacity = 4 * _createContainerHooks;
        _hooklessApplied = OciSpec.Read(_config);
        _hooklessBatch.Apply(_hooklessApplied);
        _hooklessBatch.Apply(_hooklessApplied); // the second apply sizes every scratch buffer
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

    /// <summary>Apply the edits without hooks into a config that already has them all: 0 B expected.</summary>
    [Benchmark]
    public void ReApply() => _hooklessBatch.Apply(_hooklessApplied);

    /// <summary>
    /// Apply all edits again: everything but the hooks is already there; the appended hooks are
    /// dropped afterwards (in place) so that the config does not grow from one op to the next.
    /// </summary>
    [Benchmark]
    public void ReApplyWithHooks()
    {
        _batch.Apply(_applied);
        var hooks = _applied.Hooks!.CreateContainer!;
        hooks.RemoveRange(_createContainerHooks, hooks.Count - _createContainerHooks);
    }
}
