namespace CdiGen.Reliability.Tests;

/// <summary>
/// The seed of the randomized file-system and concurrency tests: fixed, so a run is repeatable in
/// what it chooses (thread scheduling and kill timing still vary), and replaceable through
/// <c>CDIGEN_RELIABILITY_SEED</c> to explore more.
/// </summary>
internal static class TestSeed
{
    public static int Get(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("CDIGEN_RELIABILITY_SEED"), out var seed) ? seed : fallback;
}
