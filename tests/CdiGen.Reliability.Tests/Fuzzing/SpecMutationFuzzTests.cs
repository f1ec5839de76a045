using Xunit.Abstractions;

namespace CdiGen.Reliability.Tests.Fuzzing;

/// <summary>
/// Mutants of every seed spec file (Go reference fixtures, the real-world corpus, the
/// samples) read as files and, for JSON seeds, as JSON bytes too: a fixed number per seed,
/// each from a seed derived from the file name, so a run is reproducible.
/// </summary>
public sealed class SpecMutationFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int MutantsPerSeed = 15;

    // A 170 KB corpus file takes ~0.3 s per YAML parse here; a few mutants of it are enough.
    private const int MutantsPerLargeSeed = 3;

    private const int LargeSeedBytes = 32 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("cdigen-fuzz-").FullName;

    [Fact]
    public void Mutated_spec_files_read_or_fail_with_CdiFormatException()
    {
        var seeds = Fixtures.SeedSpecFiles();
        Assert.NotEmpty(seeds);
        var run = new FuzzRun("spec");
        foreach (var seedFile in seeds)
        {
            var original = File.ReadAllBytes(seedFile);
            var extension = Path.GetExtension(seedFile);
            var label = Path.GetFileNameWithoutExtension(seedFile);
            var mutants = original.Length > LargeSeedBytes ? MutantsPerLargeSeed : MutantsPerSeed;
            for (var i = 0; i < mutants; i++)
            {
                var seed = FuzzRun.Seed(label, i);
                var mutant = new Mutator(seed).Mutate(original);
                // Every mutant is tried as YAML: Go reads JSON specs through its YAML reader too.
                var asYaml = Path.Combine(_folder, "mutant.yaml");
                File.WriteAllBytes(asYaml, mutant);
                run.Try(() => (SpecOracle.CheckFile(asYaml, mutant, out var rejected), rejected), mutant, $"{label}-{seed}", ".yaml");
                if (extension == ".json")
                {
                    run.Try(() => (SpecOracle.CheckJson(mutant, out var rejected), rejected), mutant, $"{label}-{seed}", ".json");
                }
            }
        }
        output.WriteLine(run.Summary());
        run.AssertNoCrash();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
