using System.Collections.Concurrent;
using System.Diagnostics;
using CdiGen.Merge;
using CdiGen.Model;
using CdiGen.Registry;
using CdiGen.Reliability.Tests.Filesystem;
using Xunit.Abstractions;

namespace CdiGen.Reliability.Tests.Concurrency;

/// <summary>
/// Injections, lookups and refreshes (explicit and automatic) run in parallel while other
/// threads rewrite and delete the spec files, directly through <see cref="IO.AtomicFile"/> and
/// through the registry. Every injection must give the result of one complete version of each
/// spec, or fail with <see cref="CdiInjectionException"/> naming devices that were then absent.
/// </summary>
public sealed class ChurnStressTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_duration = TimeSpan.FromSeconds(5);
    private const int Injectors = 3;

    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ChurnCounts _counts = new();

    [Fact]
    public async Task Injections_during_spec_churn_each_see_one_complete_version_of_every_spec()
    {
        int seed = TestSeed.Get(8_0003);
        var expected = ExpectedInjections.Compute();
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        foreach (var file in ChurnFiles.All)
        {
            file.Write(dir, 1);
        }

        using var registry = new CdiRegistry(new CdiRegistryOptions
        {
            SpecDirectories = new[] { dir },
            ReadSpec = ReadCounting,
            AutoRefresh = true,
            RefreshDelay = TimeSpan.FromMilliseconds(5),
        });
        registry.Refreshed += (_, snapshot) => CheckSnapshot(snapshot, "refresh");
        using var stop = new CancellationTokenSource(s_duration);
        var clock = Stopwatch.StartNew();

        var threads = Enumerable.Range(0, Injectors)
            .Select(i => Run(() => Inject(registry, expected, new Random(seed + i), stop.Token)))
            .Append(Run(() => LookUp(registry, stop.Token)))
            .Append(Run(() => RefreshRepeatedly(registry, stop.Token)))
            .Append(Run(() => RewriteDirectly(dir, new Random(seed + 100), stop.Token)))
            .Append(Run(() => RewriteThroughRegistry(registry, new Random(seed + 200), stop.Token)))
            .ToArray();
        // Bounded even if a thread hangs.
        await Task.WhenAll(threads).WaitAsync(s_duration + TimeSpan.FromSeconds(30));

        output.WriteLine($"seed {seed}, {clock.Elapsed.TotalSeconds:F1} s: {_counts}");
        Assert.Empty(_failures.Take(20));
        Assert.Empty(registry.WatchErrors);
        // The run must have exercised what it claims to: results of several versions per request.
        Assert.All(_counts.DistinctResults(ChurnFiles.Requests.Length), distinct => Assert.True(distinct > 1, $"distinct results per request: {string.Join(", ", _counts.DistinctResults(ChurnFiles.Requests.Length))}"));
        Assert.True(_counts.Unresolved > 0, "no injection ran while a device was absent");
        Assert.True(_counts.DirectRewrites > 10 && _counts.RegistryWrites > 10 && _counts.Deletes > 0, _counts.ToString());
    }

    private static Task Run(Action action) => Task.Factory.StartNew(action, TaskCreationOptions.LongRunning);

    private void Inject(CdiRegistry registry, HashSet<string>[] expected, Random random, CancellationToken stop)
    {
        var batch = new OciEditBatch();
        var baseJson = Registries.BaseOci().ToJson();
        while (!stop.IsCancellationRequested)
        {
            int request = random.Next(ChurnFiles.Requests.Length);
            var names = ChurnFiles.Requests[request];
            var oci = Registries.BaseOci();
            try
            {
                registry.Inject(oci, names, batch);
                var json = oci.ToJson();
                Check(expected[request].Contains(json), $"request {request} gave a result of no single version:\n{json}");
                _counts.Injected(request, json);
            }
            catch (CdiInjectionException e)
            {
                Check(e.UnresolvedDevices.Count > 0 && e.UnresolvedDevices.All(names.Contains), $"request {request}: {e.Message}");
                Check(oci.ToJson() == baseJson, $"request {request}: a failed injection changed the OCI spec");
                Interlocked.Increment(ref _counts.Unresolved);
            }
            catch (Exception e)
            {
                Check(false, $"request {request}: {e}");
            }
        }
    }

    private void LookUp(CdiRegistry registry, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            Guard(() =>
            {
                CheckSnapshot(registry.Snapshot, "lookup");
                // Through the registry each call may see another snapshot; they must only not fail.
                _ = registry.DeviceNames.Count + registry.Vendors.Count + registry.Classes.Count + registry.Errors.Count;
                _ = registry.GetDevice("vendor.com/gpu=2");
                _ = registry.GetVendorSpecs("vendor.com");
                Interlocked.Increment(ref _counts.Lookups);
            });
        }
    }

    private void RefreshRepeatedly(CdiRegistry registry, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            Guard(() => registry.Refresh());
            Interlocked.Increment(ref _counts.ExplicitRefreshes);
            Thread.Sleep(1);
        }
    }

    private void RewriteDirectly(string dir, Random random, CancellationToken stop)
    {
        var files = new[] { ChurnFiles.Gpu, ChurnFiles.Nic };
        while (!stop.IsCancellationRequested)
        {
            var file = files[random.Next(files.Length)];
            Guard(() =>
            {
                if (random.Next(8) == 0)
                {
                    File.Delete(Path.Join(dir, file.FileName));
                    Interlocked.Increment(ref _counts.Deletes);
                }
                else
                {
                    file.Write(dir, random.Next(ChurnFiles.Versions));
                    Interlocked.Increment(ref _counts.DirectRewrites);
                }
            });
        }
    }

    private void RewriteThroughRegistry(CdiRegistry registry, Random random, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            Guard(() =>
            {
                if (random.Next(8) == 0)
                {
                    registry.RemoveSpec(ChurnFiles.Fpga.FileName);
                    Interlocked.Increment(ref _counts.Deletes);
                }
                else
                {
                    registry.WriteSpec(ChurnFiles.Fpga.Specs[random.Next(ChurnFiles.Versions)], ChurnFiles.Fpga.FileName);
                    Interlocked.Increment(ref _counts.RegistryWrites);
                }
            });
        }
    }

    /// <summary>One snapshot agrees with itself, and its only errors are files deleted during its scan.</summary>
    private void CheckSnapshot(CdiRegistrySnapshot snapshot, string where)
    {
        foreach (var name in snapshot.DeviceNames)
        {
            Check(snapshot.GetDevice(name) is not null, $"{where}: listed device {name} does not resolve in its own snapshot");
        }

        Check(snapshot.Vendors.All(vendor => vendor is "other.org" or "vendor.com"), $"{where}: vendors {string.Join(", ", snapshot.Vendors)}");
        Check(snapshot.Classes.All(@class => @class is "fpga" or "gpu" or "nic"), $"{where}: classes {string.Join(", ", snapshot.Classes)}");
        Check(snapshot.Errors.All(error => error.Kind == CdiSpecErrorKind.Read), $"{where}: {string.Join("; ", snapshot.Errors)}");
    }

    /// <summary>
    /// Reads a spec and sorts the failures: a file deleted between the directory listing and the
    /// read is expected churn; anything else (a torn file) is a failure of the test.
    /// </summary>
    private Spec ReadCounting(string path)
    {
        try
        {
            return Spec.ReadFile(path);
        }
        catch (FileNotFoundException)
        {
            Interlocked.Increment(ref _counts.VanishedDuringScan);
            throw;
        }
        catch (Exception e)
        {
            Check(false, $"reading {path}: {e.Message}");
            throw;
        }
    }

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            Check(false, e.ToString());
        }
    }

    private void Check(bool condition, string failure)
    {
        if (!condition)
        {
            _failures.Enqueue(failure);
        }
    }
}
