using System.Diagnostics;
using System.Text.RegularExpressions;
using CdiGen.Model;
using CdiGen.Registry;
using Xunit.Abstractions;

namespace CdiGen.Reliability.Tests.Filesystem;

/// <summary>
/// A writer killed with SIGKILL at random moments never leaves a torn spec file: every spec file
/// is one complete version it wrote, and what is left over is a temporary file no scan reads.
/// </summary>
public sealed partial class CrashSafetyTests(ITestOutputHelper output)
{
    // Each child needs ~0.5 s to start (runtime, JIT, first write), so 20 kills take ~12-15 s
    // on an idle 2-core machine. On a loaded one the deadline ends the run earlier, but never
    // before MinKills.
    private const int Kills = 20;
    private const int MinKills = 8;
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(20);

    // A kill 0-120 ms after the child's first write: its loop writes a file every few ms, so
    // kills land in every phase (serializing, writing, fsync, rename, refresh).
    private const int MaxKillDelayMs = 120;

    [Fact]
    public void Specs_written_by_a_process_killed_at_random_moments_are_always_complete()
    {
        int seed = TestSeed.Get(8_0001);
        using var temp = new TempDirectory();
        var clock = Stopwatch.StartNew();

        int tempFiles = KillRepeatedly(temp.Dir("specs"), new Random(seed), clock, out int kills);

        output.WriteLine($"seed {seed}: {kills} kills in {clock.Elapsed.TotalSeconds:F1} s, {tempFiles} temporary files left by writes cut short");
        // Without a kill during a write the test would prove little; 8-20 random kills of a loop
        // that spends much of its time writing make that practically impossible.
        Assert.True(tempFiles > 0, "no kill landed during a write");
    }

    /// <summary>Starts and kills a writer until enough kills or time; returns the temporary files left.</summary>
    private static int KillRepeatedly(string dir, Random random, Stopwatch clock, out int kills)
    {
        var lastVersions = new int[CrashWriter.Files.Length];
        Array.Fill(lastVersions, -1);
        int tempFiles = 0;
        int kill = 0;
        for (; kill < Kills && (kill < MinKills || clock.Elapsed < s_deadline); kill++)
        {
            // Every run starts at a higher version, so a file that went back in time would show.
            KillAfter(StartWriter(dir, firstVersion: (kill + 1) * 1_000_000), random.Next(MaxKillDelayMs));

            tempFiles = CheckDirectory(dir, lastVersions);
            // The registry sees exactly the complete files; leftover temporary files are no error.
            using var registry = new CdiRegistry(new CdiRegistryOptions { SpecDirectories = new[] { dir }, ReadSpec = Spec.ReadFile });
            Assert.Empty(registry.Errors);
            Assert.Equal(lastVersions.Count(version => version >= 0), registry.Snapshot.Specs.Count);
        }

        kills = kill;
        return tempFiles;
    }

    private static Process StartWriter(string dir, int firstVersion)
    {
        var start = new ProcessStartInfo(DotNetHost())
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CrashWriter).Assembly.Location);
        start.ArgumentList.Add(CrashWriter.Command);
        start.ArgumentList.Add(dir);
        start.ArgumentList.Add(firstVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the writer");
        // Bounded: a child that never gets ready fails the test instead of hanging it.
        var ready = child.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(20)) || ready.Result != CrashWriter.ReadyLine)
        {
            child.Kill();
            throw new InvalidOperationException($"the writer did not start ({(ready.IsCompleted ? "it printed " + (ready.Result ?? "nothing") : "timeout")}); see its error output above");
        }

        return child;
    }

    private static void KillAfter(Process child, int delayMs)
    {
        using (child)
        {
            Thread.Sleep(delayMs);
            Assert.False(child.HasExited, "the writer stopped by itself");
            child.Kill(); // SIGKILL on Unix: no handler, no finally block runs in the child.
            Assert.True(child.WaitForExit(10_000), "the killed writer did not exit");
        }
    }

    /// <summary>Checks every entry of the directory; returns how many temporary files are left.</summary>
    private static int CheckDirectory(string dir, int[] lastVersions)
    {
        int tempFiles = 0;
        foreach (var path in Directory.EnumerateFileSystemEntries(dir))
        {
            var name = Path.GetFileName(path);
            int index = Array.FindIndex(CrashWriter.Files, file => file.FileName == name);
            if (index < 0)
            {
                Assert.Matches(TempFileName(), name);
                tempFiles++;
                continue;
            }

            var (_, kind, label, _) = CrashWriter.Files[index];
            var spec = Spec.ReadFile(path);
            Assert.Empty(spec.Validate());
            int version = SpecVersions.VersionOf(spec);
            Assert.Equal(index, version % CrashWriter.Files.Length);
            Assert.Equal(SpecVersions.Spec(kind, label, version), spec);
            // The rename was durable in the page cache: a kill never brings back an older file.
            Assert.True(version >= lastVersions[index], $"{name} went back from version {lastVersions[index]} to {version}");
            lastVersions[index] = version;
        }

        return tempFiles;
    }

    private static string DotNetHost()
    {
        // The test host usually runs under the dotnet muxer; otherwise the SDK says where it is.
        if (Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }

    // AtomicFile's temporary names: "." + target name + "." + 32 hex digits + ".tmp".
    [GeneratedRegex(@"^\.(a\.yaml|b\.json|c\.yaml)\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TempFileName();
}
