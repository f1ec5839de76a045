using System.IO;
using BenchmarkDotNet.Attributes;
using CdiGen.Bench.Model;

namespace CdiGen.Bench;

/// <summary>
/// Reading and validating the 14 kB nvidia spec, as YAML and as the same spec in JSON
/// (converted once with the generated <c>Spec.ToJson</c>).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _directory = "";
    private string _json = "";

    /// <summary>Writes the JSON copy.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("cdigen-bench-").FullName;
        _json = Path.Combine(_directory, "nvidia.json");
        File.WriteAllText(_json, Spec.ReadFile(Fixtures.NvidiaYaml).ToJson());
    }

    /// <summary>Removes the JSON copy.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>Read and validate <c>nvidia.yaml</c>.</summary>
    /// <returns>The device count.</returns>
    [Benchmark(Baseline = true)]
    public int ParseYaml() => ParseWorkload.Run(Fixtures.NvidiaYaml);

    /// <summary>Read and validate <c>nvidia.json</c>.</summary>
    /// <returns>The device count.</returns>
    [Benchmark]
    public int ParseJson() => ParseWorkload.Run(_json);
}
