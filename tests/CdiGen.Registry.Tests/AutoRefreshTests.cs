namespace CdiGen.Registry.Tests;

/// <summary>Automatic refresh by watching the spec directories. Waits are bounded polls.</summary>
public sealed class AutoRefreshTests
{
    private static readonly TimeSpan s_delay = TimeSpan.FromMilliseconds(30);
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public void A_file_that_turns_invalid_and_valid_again_is_followed()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        var path = SpecFiles.Write(dir, "a.yaml", "vendor.com/gpu", "v1", "0");
        using var registry = Registries.Watching(s_delay, dir);
        Assert.Equal(new[] { "vendor.com/gpu=0" }, registry.DeviceNames);

        SpecFiles.Replace(path, SpecFiles.Invalid);
        Assert.True(Registries.Eventually(() => registry.Errors.Count > 0 && registry.DeviceNames.Count == 0, s_timeout), "the invalid file was not noticed");
        Assert.All(registry.Errors, error => Assert.Equal(path, error.Path));

        SpecFiles.Replace(path, SpecFiles.Yaml("vendor.com/gpu", "v2", "0", "1"));
        Assert.True(Registries.Eventually(() => registry.Errors.Count == 0 && registry.DeviceNames.Count == 2, s_timeout), "the repaired file was not noticed");
        Assert.Empty(registry.WatchErrors);
    }

    [Fact]
    public void Files_written_in_place_and_deleted_are_followed()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        using var registry = Registries.Watching(s_delay, dir);

        var path = SpecFiles.Write(dir, "a.json", "vendor.com/gpu", "v1", "0");
        File.WriteAllText(path, Model.Spec.ReadYaml(SpecFiles.Yaml("vendor.com/gpu", "v1", "0")).ToJson());
        Assert.True(Registries.Eventually(() => registry.DeviceNames.Count == 1, s_timeout), "the new file was not noticed");

        File.Delete(path);
        Assert.True(Registries.Eventually(() => registry.DeviceNames.Count == 0, s_timeout), "the deletion was not noticed");
    }

    [Fact]
    public void A_directory_that_appears_later_is_picked_up()
    {
        using var temp = new TempDirectory();
        var dir = temp.Sub("run", "cdi");
        using var registry = Registries.Watching(s_delay, dir);
        Assert.Empty(registry.DeviceNames);

        // Two levels are missing: the watch has to move down as each one appears.
        Directory.CreateDirectory(temp.Sub("run"));
        Directory.CreateDirectory(dir);
        SpecFiles.Write(dir, "late.yaml", "vendor.com/gpu", "late", "0");

        Assert.True(Registries.Eventually(() => registry.DeviceNames.Count == 1, s_timeout), "the late directory was not watched");

        // And the directory can go away and come back.
        Directory.Delete(temp.Sub("run"), recursive: true);
        Assert.True(Registries.Eventually(() => registry.DeviceNames.Count == 0, s_timeout), "the removed directory was not noticed");
        SpecFiles.Write(dir, "again.yaml", "vendor.com/gpu", "again", "1");
        Assert.True(Registries.Eventually(() => registry.GetDevice("vendor.com/gpu=1") is not null, s_timeout), "the recreated directory was not watched");
        Assert.Empty(registry.WatchErrors);
    }

    [Fact]
    public void A_burst_of_changes_is_debounced_and_refreshed_raises_an_event()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        var delay = TimeSpan.FromMilliseconds(200);
        using var registry = Registries.Watching(delay, dir);
        int refreshes = 0;
        registry.Refreshed += (_, snapshot) => Interlocked.Increment(ref refreshes);

        var burst = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < 20; i++)
        {
            SpecFiles.Write(dir, $"s{i:00}.yaml", "vendor.com/gpu", "b", $"d{i:00}");
        }
        burst.Stop();

        // The snapshot is published before Refreshed is raised, so wait for both: reading the
        // counter as soon as the devices show up races the handler.
        Assert.True(
            Registries.Eventually(() => registry.DeviceNames.Count == 20 && Volatile.Read(ref refreshes) > 0, s_timeout),
            "the burst was not picked up, or no Refreshed event followed it");
        // A refresh waits for a quiet period, so the burst causes at most one per debounce window
        // it spans (plus one for a change landing just as the timer fires), not one per file.
        int windows = (int)(burst.Elapsed / delay) + 1;
        Assert.InRange(Volatile.Read(ref refreshes), 1, windows + 1);
    }

    [Fact]
    public void Without_auto_refresh_changes_wait_for_an_explicit_refresh()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        using var registry = Registries.Create(dir);
        Assert.False(registry.AutoRefresh);

        SpecFiles.Write(dir, "a.yaml", "vendor.com/gpu", "a", "0");
        Assert.Empty(registry.DeviceNames);

        var snapshot = registry.Refresh();
        Assert.Same(snapshot, registry.Snapshot);
        Assert.Equal(new[] { "vendor.com/gpu=0" }, registry.DeviceNames);
    }

    [Fact]
    public void After_dispose_the_last_snapshot_stays_and_refresh_throws()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        SpecFiles.Write(dir, "a.yaml", "vendor.com/gpu", "a", "0");
        var registry = Registries.Watching(s_delay, dir);

        registry.Dispose();

        Assert.Equal(new[] { "vendor.com/gpu=0" }, registry.DeviceNames);
        Assert.Throws<ObjectDisposedException>(() => registry.Refresh());
    }

    [Fact]
    public void A_failing_refreshed_handler_is_reported_not_swallowed()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        using var registry = Registries.Watching(s_delay, dir);
        var reported = new List<CdiWatchError>();
        registry.WatchFailed += (_, error) => { lock (reported) { reported.Add(error); } };
        registry.Refreshed += (_, _) => throw new InvalidOperationException("handler bug");

        SpecFiles.Write(dir, "a.yaml", "vendor.com/gpu", "a", "0");

        Assert.True(Registries.Eventually(() => registry.WatchErrors.Count > 0, s_timeout), "the failure was not reported");
        Assert.Contains("handler bug", registry.WatchErrors[0].Message);
        lock (reported)
        {
            Assert.NotEmpty(reported);
        }
    }
}

/// <summary>Failures of watching itself are reported, never silent.</summary>
public sealed class WatchFailureTests
{
    [Fact]
    public void A_directory_that_cannot_be_watched_is_reported_and_the_others_still_work()
    {
        using var temp = new TempDirectory();
        var good = temp.Dir("specs");
        SpecFiles.Write(good, "a.yaml", "vendor.com/gpu", "a", "0");
        var unusable = temp.Path + "/bad\0dir";
        var reported = new List<CdiWatchError>();

        using var registry = Registries.Watching(TimeSpan.FromMilliseconds(30), unusable, good);

        var watchError = Assert.Single(registry.WatchErrors);
        Assert.Equal(unusable, watchError.Path);
        var scanError = Assert.Single(registry.Errors);
        Assert.Equal(CdiSpecErrorKind.Directory, scanError.Kind);
        Assert.Equal(new[] { "vendor.com/gpu=0" }, registry.DeviceNames);

        // The good directory is still watched.
        registry.WatchFailed += (_, error) => { lock (reported) { reported.Add(error); } };
        SpecFiles.Write(good, "b.yaml", "vendor.com/gpu", "b", "1");
        Assert.True(Registries.Eventually(() => registry.DeviceNames.Count == 2, TimeSpan.FromSeconds(5)), "the good directory is not watched");
        lock (reported)
        {
            Assert.Empty(reported);
        }
    }
}
