namespace CdiGen.Registry.Tests;

/// <summary>
/// The Go reference harness's fixtures in <c>tools/goref/fixtures</c> of the shared folder
/// (<see cref="SharedFolder.Root"/>). Tests that need them are skipped, with the reason, in a
/// clone without them, and fail on CI, where they must be present.
/// </summary>
internal static class GorefFixtures
{
    public static string Root { get; } = Path.Combine(SharedFolder.Root, "tools", "goref", "fixtures");

    public static string? MissingReason { get; } =
        Directory.Exists(Root) ? null : $"goref fixtures not found at {Root} (set CDIGEN_SHARED to the shared folder)";

    public static string Specs(string name) => Path.Combine(Root, "specs", name);

    public static string Expected(string name) => Path.Combine(Root, "expected", name);
}

/// <summary>A fact over the goref fixtures; see <see cref="GorefFixtures"/>.</summary>
internal sealed class GorefFactAttribute : FactAttribute
{
    public GorefFactAttribute() => Skip = SharedFolder.SkipReason(GorefFixtures.MissingReason);
}
