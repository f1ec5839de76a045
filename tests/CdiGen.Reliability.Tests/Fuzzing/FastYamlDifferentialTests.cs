using System.Text;
using CdiGen.Tests.FastYaml;
using Xunit.Abstractions;

namespace CdiGen.Reliability.Tests.Fuzzing;

/// <summary>
/// The fast YAML reader against YamlDotNet's parser on every Go reference fixture and
/// real-world corpus file, on <see cref="Mutator"/> mutants of them, and on single-character
/// edits (the edits that most often cross the subset's edges: an indent, a colon, a quote, a
/// bracket, a line break). For each text the fast path must give exactly YamlDotNet's events
/// (type, value, style, flags, marks) or decline.
/// </summary>
public sealed class FastYamlDifferentialTests(ITestOutputHelper output)
{
    private const int MutantsPerFile = 15;
    private const int EditsPerFile = 40;
    private const int LargeFileChars = 32 * 1024;

    private static readonly string[] EditInsertions =
        [" ", "  ", ":", ": ", "-", "- ", "#", " #", "'", "\"", "[", "]", "{", "}", ",", "\n", "\n  ", "\\", "&", "*", "!", "|", ">", "?", "x"];

    [Fact]
    public void The_fast_path_gives_YamlDotNets_events_or_declines()
    {
        var files = AllFiles();
        Assert.NotEmpty(files);
        var same = 0;
        var declined = 0;
        var differences = new List<string>();
        var declinedFiles = new List<string>();
        void Check(string text, string label)
        {
            switch (YamlEventComparison.Compare(text, out var difference))
            {
                case YamlEventComparison.Outcome.Same:
                    same++;
                    break;
                case YamlEventComparison.Outcome.Declined:
                    declined++;
                    break;
                default:
                    differences.Add($"{label}: {difference}");
                    break;
            }
        }
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var label = Path.GetFileName(file);
            var original = Decode(bytes);
            if (YamlEventComparison.FastDescriptions(original) is null)
            {
                declinedFiles.Add(label);
            }
            Check(original, label);
            var large = bytes.Length > LargeFileChars;
            for (var i = 0; i < (large ? 3 : MutantsPerFile); i++)
            {
                var seed = FuzzRun.Seed(label, i);
                Check(Decode(new Mutator(seed).Mutate(bytes)), $"{label} mutant {seed}");
            }
            var text = Decode(bytes);
            var random = new Random(FuzzRun.Seed(label, -1));
            for (var i = 0; i < (large ? 5 : EditsPerFile); i++)
            {
                Check(Edit(text, random), $"{label} edit {i}");
            }
        }
        output.WriteLine($"{files.Count} files; same events {same}, declined {declined}, different {differences.Count}");
        output.WriteLine($"files the fast path declines as they are: {declinedFiles.Count}: {string.Join(", ", declinedFiles)}");
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    [Fact]
    public void The_fast_path_reads_the_large_nvidia_spec()
    {
        var nvidia = Path.Combine(Fixtures.GoSpecs, "large", "nvidia.yaml");
        if (!File.Exists(nvidia))
        {
            return;
        }
        Assert.Equal(YamlEventComparison.Outcome.Same, YamlEventComparison.Compare(File.ReadAllText(nvidia), out _));
    }

    private static IReadOnlyList<string> AllFiles()
    {
        var files = new List<string>();
        if (Directory.Exists(Fixtures.GoSpecs))
        {
            files.AddRange(Directory.EnumerateFiles(Fixtures.GoSpecs, "*", SearchOption.AllDirectories));
        }
        if (Directory.Exists(Fixtures.Corpus))
        {
            files.AddRange(Directory.EnumerateFiles(Fixtures.Corpus));
        }
        files.AddRange(Directory.EnumerateFiles(Path.Combine(Fixtures.RepoRoot, "samples"), "*.yaml", SearchOption.AllDirectories));
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    // As YamlReadContext sees a file: UTF-8 text without its byte order mark.
    private static string Decode(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }

    private static string Edit(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        return random.Next(3) switch
        {
            0 when at < text.Length => text.Remove(at, 1),
            1 when at < text.Length => text.Remove(at, 1).Insert(at, EditInsertions[random.Next(EditInsertions.Length)]),
            _ => text.Insert(at, EditInsertions[random.Next(EditInsertions.Length)]),
        };
    }
}
