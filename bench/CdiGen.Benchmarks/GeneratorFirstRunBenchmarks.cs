using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace CdiGen.Bench;

/// <summary>
/// The generator's first run in a fresh process: what a command-line build pays once, with
/// the generator, NJsonSchema and the emitters compiled from IL on the way. Every launch is a
/// new process and measures one run.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
public class GeneratorFirstRunBenchmarks
{
    private GeneratorFixture _fixture = null!;

    /// <summary>Builds the consumer compilation, without running the generator.</summary>
    [GlobalSetup]
    public void Setup() => _fixture = new GeneratorFixture();

    /// <summary>The first generator run of the process.</summary>
    /// <returns>The number of generated files.</returns>
    [Benchmark]
    public int FirstRun() => _fixture.NewDriver().RunGenerators(_fixture.Compilation).GetRunResult().GeneratedTrees.Length;
}
