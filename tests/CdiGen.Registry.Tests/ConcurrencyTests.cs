using CdiGen.Merge;

namespace CdiGen.Registry.Tests;

/// <summary>Injections while the spec files change underneath: each sees one whole version.</summary>
public sealed class ConcurrencyTests
{
    // Version k: spec edits, device 0 and device 1 all carry k; odd versions also have device 2.
    private static string Version(int k)
    {
        var text = "cdiVersion: \"0.5.0\"\nkind: vendor.com/gpu\ncontainerEdits:\n  env: [SPEC=" + k + "]\ndevices:\n" +
                   "- name: \"0\"\n  containerEdits:\n    env: [D0=" + k + "]\n" +
                   "- name: \"1\"\n  containerEdits:\n    env: [D1=" + k + "]\n";
        return k % 2 == 1 ? text + "- name: \"2\"\n  containerEdits:\n    env: [D2=" + k + "]\n" : text;
    }

    [Fact]
    public async Task Parallel_injections_during_rewrites_each_see_one_complete_version()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        var path = Path.Join(dir, "gpu.yaml");
        File.WriteAllText(path, Version(0));
        using var registry = Registries.Watching(TimeSpan.FromMilliseconds(5), dir);
        var failures = new List<string>();
        int injections = 0, sawDevice2 = 0, versionsWritten = 0;
        // Runs at least 1.5 s and until enough work was done on both sides; a starved machine
        // (CI shares 2 cores) may schedule the writer late, so a fixed window could see no write.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        bool Done() => clock.Elapsed > TimeSpan.FromSeconds(20)
            || (clock.Elapsed > TimeSpan.FromSeconds(1.5) && Volatile.Read(ref versionsWritten) >= 20 && Volatile.Read(ref injections) >= 200);

        // Dedicated threads: busy readers must not keep the writer out of the thread pool.
        var writer = Task.Factory.StartNew(() =>
        {
            for (int k = 1; !Done(); k++)
            {
                SpecFiles.Replace(path, Version(k));
                Volatile.Write(ref versionsWritten, k);
                // Explicit refreshes race with the watcher's on purpose.
                if (k % 3 == 0)
                {
                    registry.Refresh();
                }
            }
        }, TaskCreationOptions.LongRunning);

        var readers = Enumerable.Range(0, Math.Max(2, Environment.ProcessorCount)).Select(_ => Task.Factory.StartNew(() =>
        {
            var batch = new OciEditBatch();
            while (!Done())
            {
                var snapshot = registry.Snapshot;
                bool hasDevice2 = snapshot.DeviceNames.Contains("vendor.com/gpu=2");
                var devices = hasDevice2
                    ? new[] { "vendor.com/gpu=1", "vendor.com/gpu=0", "vendor.com/gpu=2" }
                    : new[] { "vendor.com/gpu=1", "vendor.com/gpu=0" };
                var oci = Registries.EmptyOci();
                snapshot.Inject(oci, devices, batch);

                var env = Registries.Env(oci);
                var k = env[1]["SPEC=".Length..];
                var expected = new List<string> { "PATH=/bin", "SPEC=" + k, "D1=" + k, "D0=" + k };
                if (hasDevice2)
                {
                    expected.Add("D2=" + k);
                    Interlocked.Increment(ref sawDevice2);
                }
                if (!env.SequenceEqual(expected) || (int.Parse(k) % 2 == 1) != hasDevice2)
                {
                    lock (failures)
                    {
                        failures.Add(string.Join(" ", env));
                    }
                }
                Interlocked.Increment(ref injections);
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        // WaitAsync bounds the test even if a reader hangs.
        await Task.WhenAll(readers.Append(writer)).WaitAsync(TimeSpan.FromSeconds(40));
        Assert.Empty(failures);
        Assert.True(injections > 100, $"only {injections} injections ran");
        Assert.True(versionsWritten > 10, $"only {versionsWritten} versions were written");
        Assert.True(sawDevice2 > 0, "no injection saw an odd version");
        Assert.Empty(registry.WatchErrors);
    }
}
