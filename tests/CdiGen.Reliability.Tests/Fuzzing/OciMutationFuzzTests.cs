using CdiGen.Oci;
using Xunit.Abstractions;

namespace CdiGen.Reliability.Tests.Fuzzing;

/// <summary>Mutants of runc's config.json must read or fail with <see cref="OciFormatException"/>.</summary>
public sealed class OciMutationFuzzTests(ITestOutputHelper output)
{
    private const int Mutants = 3000;

    [Fact]
    public void Mutated_oci_configs_read_or_fail_with_OciFormatException()
    {
        var original = File.ReadAllBytes(Fixtures.RuncConfig);
        var run = new FuzzRun("oci");
        for (var i = 0; i < Mutants; i++)
        {
            var seed = FuzzRun.Seed("runc-config", i);
            var mutant = new Mutator(seed).Mutate(original);
            run.Try(() => (OciOracle.Check(mutant, out var rejected), rejected), mutant, $"runc-config-{seed}", ".json");
        }
        output.WriteLine(run.Summary());
        run.AssertNoCrash();
    }
}
