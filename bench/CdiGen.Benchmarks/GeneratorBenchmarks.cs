using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace CdiGen.Bench;

/// <summary>
/// The source generator on the repository's schema: a cold run (a new driver, in a process
/// where the generator has run before, as in a compiler server or the IDE) and a warm run
/// after an edit to an unrelated C# file, which should re-run no step.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private GeneratorFixture _fixture = null!;
    private GeneratorDriver _warm = null!;
    private bool _flip;

    /// <summary>Loads the schema and runs the warm driver once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _fixture = new GeneratorFixture();
        _warm = _fixture.NewDriver().RunGenerators(_fixture.Compilation);
    }

    /// <summary>A new driver over the schema: parses the schema, builds the model, emits every file.</summary>
    /// <returns>The number of generated files.</returns>
    [Benchmark]
    public int Cold() => _fixture.NewDriver().RunGenerators(_fixture.Compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>The warm driver after an unrelated edit (alternating between two versions of <c>A.cs</c>).</summary>
    /// <returns>The number of generated files.</returns>
    [Benchmark]
    public int WarmAfterUnrelatedEdit()
    {
        _flip = !_flip;
        _warm = _warm.RunGenerators(_flip ? _fixture.Edited : _fixture.Compilation);
        return _warm.GetRunResult().GeneratedTrees.Length;
    }
}
