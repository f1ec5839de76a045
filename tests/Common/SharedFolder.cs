// Compiled into every test project (tests/Directory.Build.props links it).
namespace CdiGen.Tests;

/// <summary>
/// The repository and the shared folder beside it: the Go reference's fixtures and the
/// real-world corpus live in <c>../shared</c> (or <c>$CDIGEN_SHARED</c>), outside the clone.
/// </summary>
internal static class SharedFolder
{
    /// <summary>The folder holding <c>CdiGen.sln</c>.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary><c>$CDIGEN_SHARED</c>, else <c>../shared</c> next to the repository.</summary>
    public static string Root { get; } =
        Environment.GetEnvironmentVariable("CDIGEN_SHARED") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>Whether this is a CI run (<c>CI=true</c>, which <c>.ci/run</c> sets).</summary>
    public static bool OnCi { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The skip reason for a test that needs shared fixtures: <paramref name="missingReason"/>
    /// in a developer's clone without them, and never on CI, where the test then runs and
    /// fails on the missing files instead of passing by being skipped.
    /// </summary>
    public static string? SkipReason(string? missingReason) => OnCi ? null : missingReason;

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CdiGen.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"CdiGen.sln not found above {AppContext.BaseDirectory}");
    }
}
