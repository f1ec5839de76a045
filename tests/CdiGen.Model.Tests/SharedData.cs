using System.Text.Json;

namespace CdiGen.Model.Tests;

/// <summary>
/// The fixtures that live outside the repository, in <c>../shared</c> next to the clone
/// (the Go reference's fixtures and the real-world corpus). In a plain clone they are absent:
/// tests that read them are then reported as skipped with the reason, except on CI, where
/// they run and fail.
/// </summary>
internal static class SharedData
{
    public static string RepoRoot => SharedFolder.RepoRoot;

    /// <summary>The shared folder (see <see cref="SharedFolder.Root"/>).</summary>
    public static string Root => SharedFolder.Root;

    public static string GoSpecs => Path.Combine(Root, "tools", "goref", "fixtures", "specs");

    public static string Corpus => Path.Combine(Root, "corpus", "real");

    public static string CorpusIndex => Path.Combine(Root, "corpus", "real-index.json");

    /// <summary>Why the shared fixtures cannot be used, or <c>null</c> when they can.</summary>
    public static string? MissingReason { get; } = FindMissing();

    public static bool Present => MissingReason is null;

    /// <summary>The files of the Go reference's good fixtures, relative to <see cref="GoSpecs"/>.</summary>
    public static IEnumerable<string> GoodGoFixtures()
    {
        if (!Present)
        {
            return [];
        }
        return new[] { "small", "large", "edge", "many" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(GoSpecs, folder)))
            .Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(GoSpecs, file))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>What the Go reference says of each corpus file, from <c>real-index.json</c>.</summary>
    public static IReadOnlyList<CorpusEntry> CorpusEntries() => s_corpus.Value;

    private static readonly Lazy<IReadOnlyList<CorpusEntry>> s_corpus = new(LoadCorpus);

    private static IReadOnlyList<CorpusEntry> LoadCorpus()
    {
        if (!Present)
        {
            return [];
        }
        using var index = JsonDocument.Parse(File.ReadAllBytes(CorpusIndex));
        var entries = new List<CorpusEntry>();
        foreach (var item in index.RootElement.EnumerateArray())
        {
            var reference = item.GetProperty("reference");
            entries.Add(new CorpusEntry(
                item.GetProperty("file").GetString()!,
                reference.GetProperty("valid").GetBoolean(),
                reference.TryGetProperty("minimumVersion", out var minimum) ? minimum.GetString() : null,
                reference.TryGetProperty("errorStage", out var stage) ? stage.GetString() : null,
                reference.TryGetProperty("error", out var error) ? error.GetString() : null));
        }
        return entries;
    }

    private static string? FindMissing()
    {
        foreach (var required in new[] { GoSpecs, Corpus })
        {
            if (!Directory.Exists(required))
            {
                return $"shared fixtures not found: {required} is missing (set CDIGEN_SHARED to the shared folder)";
            }
        }
        return File.Exists(CorpusIndex) ? null : $"shared fixtures not found: {CorpusIndex} is missing";
    }
}

/// <summary>One file of the real-world corpus and the Go reference's verdict on it.</summary>
internal sealed record CorpusEntry(string File, bool GoValid, string? GoMinimumVersion, string? GoErrorStage, string? GoError);

/// <summary>
/// A theory over the shared fixtures. xunit 2 fails a theory that has no data, so in a clone
/// without the shared folder the theory is skipped and the skip message says why. On CI it is
/// never skipped (<see cref="SharedFolder.SkipReason"/>), and
/// <see cref="SharedDataTests.SharedFixturesArePresentOnCi"/> names what is missing.
/// </summary>
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute() => Skip = SharedFolder.SkipReason(SharedData.MissingReason);
}

public class SharedDataTests
{
    [Fact]
    public void SharedFixturesArePresentOnCi()
    {
        if (SharedFolder.OnCi)
        {
            Assert.True(SharedData.Present, SharedData.MissingReason);
        }
        // Either way the helper must agree with the file system.
        Assert.Equal(Directory.Exists(SharedData.GoSpecs) && Directory.Exists(SharedData.Corpus) && File.Exists(SharedData.CorpusIndex), SharedData.Present);
    }

    [SharedDataTheory]
    [MemberData(nameof(CorpusFiles))]
    public void EveryCorpusFileIsListedInTheIndex(string file) =>
        Assert.Contains(SharedData.CorpusEntries(), entry => entry.File == file);

    public static IEnumerable<object[]> CorpusFiles() =>
        SharedData.Present
            ? Directory.EnumerateFiles(SharedData.Corpus).Select(path => new object[] { Path.GetFileName(path) })
            : [];
}

/// <summary>A fact over the shared fixtures; skipped outside CI, saying why, when they are absent (see <see cref="SharedDataTheoryAttribute"/>).</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute() => Skip = SharedFolder.SkipReason(SharedData.MissingReason);
}
