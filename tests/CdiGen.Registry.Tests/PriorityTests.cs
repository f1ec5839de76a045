namespace CdiGen.Registry.Tests;

/// <summary>Which definition of a device wins: directory priority and same-priority conflicts.</summary>
public sealed class PriorityTests
{
    [Fact]
    public void A_later_directory_silently_overrides_an_earlier_one()
    {
        using var temp = new TempDirectory();
        SpecFiles.Write(temp.Sub("low"), "a.yaml", "vendor.com/gpu", "low", "0", "1");
        var high = SpecFiles.Write(temp.Sub("high"), "a.yaml", "vendor.com/gpu", "high", "0");

        using var registry = Registries.Create(temp.Sub("low"), temp.Sub("high"));

        Assert.Empty(registry.Errors);
        Assert.Equal(new[] { "vendor.com/gpu=0", "vendor.com/gpu=1" }, registry.DeviceNames);
        var device = registry.GetDevice("vendor.com/gpu=0")!;
        Assert.Equal(high, device.Spec.Path);
        Assert.Equal(1, device.Spec.Priority);
        Assert.Equal(0, registry.GetDevice("vendor.com/gpu=1")!.Spec.Priority);
    }

    [Fact]
    public void The_same_device_twice_at_one_priority_is_dropped_and_both_files_get_an_error()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        var a = SpecFiles.Write(dir, "a.yaml", "vendor.com/gpu", "a", "shared", "only-a");
        var b = SpecFiles.Write(dir, "b.yaml", "vendor.com/gpu", "b", "shared", "only-b");

        using var registry = Registries.Create(dir);

        Assert.Equal(new[] { "vendor.com/gpu=only-a", "vendor.com/gpu=only-b" }, registry.DeviceNames);
        var errorA = Assert.Single(registry.Snapshot.GetErrors(a));
        var errorB = Assert.Single(registry.Snapshot.GetErrors(b));
        Assert.Equal(CdiSpecErrorKind.Conflict, errorA.Kind);
        Assert.Contains("vendor.com/gpu=shared", errorA.Message);
        Assert.Contains(b, errorA.Message);
        Assert.Contains(a, errorB.Message);
        // Both files stay loaded: only the contested device goes.
        Assert.Equal(2, registry.Snapshot.Specs.Count);
    }

    [Fact]
    public void A_conflict_in_a_lower_directory_is_resolved_by_a_higher_one()
    {
        using var temp = new TempDirectory();
        SpecFiles.Write(temp.Sub("low"), "a.yaml", "vendor.com/gpu", "a", "0");
        SpecFiles.Write(temp.Sub("low"), "b.yaml", "vendor.com/gpu", "b", "0");
        var winner = SpecFiles.Write(temp.Sub("high"), "c.yaml", "vendor.com/gpu", "c", "0");

        using var registry = Registries.Create(temp.Sub("low"), temp.Sub("high"));

        Assert.Equal(winner, registry.GetDevice("vendor.com/gpu=0")!.Spec.Path);
        // The lower directory is still inconsistent, and says so.
        Assert.Equal(2, registry.Errors.Count(e => e.Kind == CdiSpecErrorKind.Conflict));
    }

    [Fact]
    public void A_conflict_in_a_higher_directory_does_not_fall_back_to_a_lower_definition()
    {
        using var temp = new TempDirectory();
        SpecFiles.Write(temp.Sub("low"), "a.yaml", "vendor.com/gpu", "low", "0");
        SpecFiles.Write(temp.Sub("high"), "b.yaml", "vendor.com/gpu", "b", "0");
        SpecFiles.Write(temp.Sub("high"), "c.yaml", "vendor.com/gpu", "c", "0");

        using var registry = Registries.Create(temp.Sub("low"), temp.Sub("high"));

        Assert.Null(registry.GetDevice("vendor.com/gpu=0"));
        Assert.Equal(2, registry.Errors.Count);
    }

    [Fact]
    public void Three_files_in_conflict_each_name_the_other_two()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        var paths = new[] { "a", "b", "c" }.Select(n => SpecFiles.Write(dir, n + ".yaml", "vendor.com/gpu", n, "0")).ToArray();

        using var registry = Registries.Create(dir);

        Assert.Empty(registry.DeviceNames);
        foreach (var path in paths)
        {
            var message = Assert.Single(registry.Snapshot.GetErrors(path)).Message;
            Assert.All(paths.Where(p => p != path), other => Assert.Contains(other, message));
        }
    }

    [Fact]
    public void The_same_directory_listed_twice_conflicts_with_itself_only_across_priorities()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        SpecFiles.Write(dir, "a.yaml", "vendor.com/gpu", "a", "0");

        // Listed twice, the directory is two priorities: the second copy overrides the first.
        using var registry = Registries.Create(dir, dir);

        Assert.Empty(registry.Errors);
        Assert.Equal(1, registry.GetDevice("vendor.com/gpu=0")!.Spec.Priority);
    }
}
