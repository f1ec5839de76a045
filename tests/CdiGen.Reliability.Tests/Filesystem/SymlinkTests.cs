using CdiGen.IO;

namespace CdiGen.Reliability.Tests.Filesystem;

/// <summary>
/// Symbolic links in and around spec directories. Reading follows links the way the operating
/// system does; writing replaces the directory entry it names (rename), so a write through a
/// linked spec file replaces the link and never changes the file it pointed to.
/// </summary>
public sealed class SymlinkTests
{
    private const string Gpu = "vendor.com/gpu";

    [Fact]
    public void A_spec_directory_that_is_a_link_is_scanned_like_the_directory_it_points_to()
    {
        using var temp = new TempDirectory();
        var real = temp.Dir("real");
        File.WriteAllText(Path.Join(real, "gpu.yaml"), SpecVersions.Yaml(Gpu, "g", 1));
        var link = Path.Join(temp.Path, "link");
        Directory.CreateSymbolicLink(link, real);

        using var registry = Registries.Create(link);

        Assert.Empty(registry.Errors);
        // Paths are built from the directory as configured, not resolved.
        Assert.Equal(Path.Join(link, "gpu.yaml"), registry.GetDevice("vendor.com/gpu=1")!.Spec.Path);
    }

    [Fact]
    public void A_linked_spec_file_is_read_and_a_link_to_a_directory_is_not_a_spec_file()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        var elsewhere = temp.Dir("elsewhere");
        File.WriteAllText(Path.Join(elsewhere, "target.yaml"), SpecVersions.Yaml(Gpu, "g", 1));
        File.CreateSymbolicLink(Path.Join(dir, "gpu.yaml"), Path.Join(elsewhere, "target.yaml"));
        // Only files directly in a spec directory are read; a linked directory is still a directory.
        Directory.CreateSymbolicLink(Path.Join(dir, "sub.json"), elsewhere);

        using var registry = Registries.Create(dir);

        Assert.Empty(registry.Errors);
        Assert.Equal(new[] { "vendor.com/gpu=0", "vendor.com/gpu=1", "vendor.com/gpu=2" }, registry.DeviceNames);
        Assert.Equal(Path.Join(dir, "gpu.yaml"), registry.GetDevice("vendor.com/gpu=0")!.Spec.Path);
    }

    [Fact]
    public void A_dangling_link_is_an_error_of_that_file_only()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        File.WriteAllText(Path.Join(dir, "good.yaml"), SpecVersions.Yaml(Gpu, "g", 2));
        var dangling = Path.Join(dir, "dangling.yaml");
        File.CreateSymbolicLink(dangling, Path.Join(temp.Path, "nowhere.yaml"));

        using var registry = Registries.Create(dir);

        var error = Assert.Single(registry.Errors);
        Assert.Equal(dangling, error.Path);
        Assert.Equal(Registry.CdiSpecErrorKind.Read, error.Kind);
        Assert.StartsWith(dangling + ": ", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "vendor.com/gpu=0", "vendor.com/gpu=1" }, registry.DeviceNames);
    }

    [Fact]
    public void Writing_over_a_linked_spec_file_replaces_the_link_and_leaves_its_target_alone()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        var target = Path.Join(temp.Dir("elsewhere"), "target.yaml");
        File.WriteAllText(target, SpecVersions.Yaml(Gpu, "g", 1));
        var link = Path.Join(dir, "gpu.yaml");
        File.CreateSymbolicLink(link, target);
        using var registry = Registries.Create(dir);

        registry.WriteSpec(SpecVersions.Spec(Gpu, "g", 2), "gpu.yaml");

        Assert.Null(new FileInfo(link).LinkTarget);
        Assert.Equal(SpecVersions.Yaml(Gpu, "g", 1), File.ReadAllText(target));
        Assert.Equal(2, SpecVersions.VersionOf(Model.Spec.ReadFile(link)));
        Assert.Equal(new[] { "vendor.com/gpu=0", "vendor.com/gpu=1" }, registry.DeviceNames);

        // AtomicFile alone behaves the same: the rename replaces whatever entry has the name.
        var second = Path.Join(dir, "second.yaml");
        File.CreateSymbolicLink(second, target);
        AtomicFile.WriteText(second, "replaced");
        Assert.Null(new FileInfo(second).LinkTarget);
        Assert.Equal(SpecVersions.Yaml(Gpu, "g", 1), File.ReadAllText(target));
    }

    [Fact]
    public void Removing_a_linked_spec_file_removes_the_link_only()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        var target = Path.Join(temp.Dir("elsewhere"), "target.yaml");
        File.WriteAllText(target, SpecVersions.Yaml(Gpu, "g", 1));
        File.CreateSymbolicLink(Path.Join(dir, "gpu.yaml"), target);
        using var registry = Registries.Create(dir);

        Assert.True(registry.RemoveSpec("gpu.yaml"));

        Assert.Empty(Registries.Tree(dir));
        Assert.Equal(SpecVersions.Yaml(Gpu, "g", 1), File.ReadAllText(target));
        Assert.Empty(registry.DeviceNames);
    }

    [Fact]
    public void Writing_into_a_spec_directory_that_is_a_link_writes_into_its_target()
    {
        using var temp = new TempDirectory();
        var real = temp.Dir("real");
        var link = Path.Join(temp.Path, "link");
        Directory.CreateSymbolicLink(link, real);
        using var registry = Registries.Create(link);

        var path = registry.WriteSpec(SpecVersions.Spec(Gpu, "g", 1), "gpu.yaml");

        Assert.Equal(Path.Join(link, "gpu.yaml"), path);
        Assert.Equal(new[] { "gpu.yaml" }, Registries.Tree(real));
        Assert.NotNull(new DirectoryInfo(link).LinkTarget);
        Assert.Equal(new[] { "vendor.com/gpu=0", "vendor.com/gpu=1", "vendor.com/gpu=2" }, registry.DeviceNames);
    }
}
