namespace CdiGen.Registry.Tests;

/// <summary>
/// The Go reference harness's fixtures in <c>../shared/tools/goref/fixtures</c> next to the
/// repository (or under <c>$CDIGEN_SHARED</c>). Tests that need them are skipped, with the
/// reason, in a clone without them, and fail on CI where they must be present.
/// </summary>
internal static class GorefFixtures
{
    public static string Root { get; } = Path.Combine(SharedRoot(), "tools", "goref", "fixtures");

    public static string? MissingReason { get; } =
        Directory.Exists(Root) ? null : $"goref fixtures not found at {Root} (set CDIGEN_SHARED to the shared folder)";

    public static string Specs(string name) => Path.Combine(Root, "specs", name);

    public static string Expected(string name) => Path.Combine(Root, "expected", name);

    private static string SharedRoot()
    {
        if (Environment.GetEnvironmentVariable("CDIGEN_SHARED") is { Length: > 0 } shared)
        {
            return shared;
        }
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CdiGen.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
            }
        }
        throw new InvalidOperationException($"CdiGen.sln not found above {AppContext.BaseDirectory}");
    }
}

/// <summary>A fact over the goref fixtures; see <see cref="GorefFixtures"/>.</summary>
internal sealed class GorefFactAttribute : FactAttribute
{
    public GorefFactAttribute()
    {
        if (GorefFixtures.MissingReason is { } reason && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = reason;
        }
    }
}
