using System.Diagnostics;
using System.Text;

namespace CdiGen.Reliability.Tests.Fuzzing;

/// <summary>
/// Counts of one fuzzing run and the crashing inputs it found. Each crashing input is
/// saved under the temp folder with its seed in the name, ready to be copied into
/// <c>Regressions/</c>; the test then fails listing them.
/// </summary>
internal sealed class FuzzRun(string name)
{
    private readonly List<string> _crashes = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public static string CrashFolder { get; } = Path.Combine(Path.GetTempPath(), "cdigen-fuzz-crashes");

    public int Inputs { get; private set; }

    public int Rejected { get; private set; }

    /// <summary>The slowest single input, to show that none comes near the timeout.</summary>
    public TimeSpan Slowest { get; private set; }

    private string _slowestLabel = "";

    /// <summary>Runs one oracle on <paramref name="input"/> and records its outcome.</summary>
    public void Try(Func<(string? Failure, bool Rejected)> oracle, byte[] input, string label, string extension)
    {
        var started = Stopwatch.GetTimestamp();
        var (failure, rejected) = oracle();
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed > Slowest)
        {
            (Slowest, _slowestLabel) = (elapsed, label);
        }
        Record(failure, rejected, input, label, extension);
    }

    private void Record(string? failure, bool rejected, byte[] input, string label, string extension)
    {
        Inputs++;
        Rejected += rejected ? 1 : 0;
        if (failure is null)
        {
            return;
        }
        Directory.CreateDirectory(CrashFolder);
        var file = Path.Combine(CrashFolder, $"{name}-{label}{extension}");
        File.WriteAllBytes(file, input);
        _crashes.Add($"{file}: {failure}");
    }

    /// <summary>A stable 32-bit seed from text (string.GetHashCode changes between runs).</summary>
    public static int Seed(string text, int index)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }
        return (int)(hash ^ (uint)index * 2654435761u);
    }

    public string Summary() =>
        $"{name}: {Inputs} inputs, {Rejected} rejected with the documented exception, {Inputs - Rejected} accepted, {_crashes.Count} crashes, {_clock.Elapsed.TotalSeconds:0.0} s, slowest input {Slowest.TotalMilliseconds:0} ms ({_slowestLabel})";

    public void AssertNoCrash() =>
        Assert.True(_crashes.Count == 0, Summary() + "\n" + string.Join("\n\n", _crashes.Take(20)));
}
