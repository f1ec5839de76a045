namespace CdiGen.Reliability.Tests;

/// <summary>
/// Where the seed inputs of the fuzzers live: the Go reference's spec fixtures and the
/// real-world corpus in <c>../shared</c> (or <c>$CDIGEN_SHARED</c>), runc's config.json copied
/// into the output, and the regression files kept in this project.
/// </summary>
internal static class Fixtures
{
    public static string RepoRoot => SharedFolder.RepoRoot;

    public static string SharedRoot => SharedFolder.Root;

    public static string GoSpecs => Path.Combine(SharedRoot, "tools", "goref", "fixtures", "specs");

    public static string Corpus => Path.Combine(SharedRoot, "corpus", "real");

    public static string RuncConfig => Path.Combine(AppContext.BaseDirectory, "TestData", "runc-config.json");

    public static string Regressions => Path.Combine(AppContext.BaseDirectory, "Regressions");

    /// <summary>
    /// Every spec file the fuzzers start from, valid or not (a mutation of an invalid file is
    /// as good a test of the reader). Without ../shared only the in-repo samples remain, and
    /// the fuzz tests still run on them.
    /// </summary>
    public static IReadOnlyList<string> SeedSpecFiles() => s_seeds.Value;

    private static readonly Lazy<IReadOnlyList<string>> s_seeds = new(FindSeeds);

    private static IReadOnlyList<string> FindSeeds()
    {
        var roots = new[] { GoSpecs, Corpus, Path.Combine(RepoRoot, "samples", "QuickStart", "cdi") };
        return roots
            .Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            .Where(IsSpecFile)
            // Half of the 200 generated "many" files is enough variety and halves the time.
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}many{Path.DirectorySeparatorChar}spec-1", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public static bool IsSpecFile(string path) =>
        path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal);
}
