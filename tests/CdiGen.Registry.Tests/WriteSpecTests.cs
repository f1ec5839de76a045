using CdiGen.Model;

namespace CdiGen.Registry.Tests;

/// <summary>Writing and removing spec files through the registry.</summary>
public sealed class WriteSpecTests
{
    private static Spec Gpu(string tag, params string[] devices) => Spec.ReadYaml(SpecFiles.Yaml("vendor.com/gpu", tag, devices));

    [Fact]
    public void A_spec_is_written_into_the_highest_priority_directory_and_is_visible_at_once()
    {
        using var temp = new TempDirectory();
        using var registry = Registries.Create(temp.Sub("low"), temp.Sub("high", "not-yet-there"));

        var path = registry.WriteSpec(Gpu("w", "0"), "vendor.com-gpu.yaml");

        Assert.Equal(Path.Join(temp.Sub("high", "not-yet-there"), "vendor.com-gpu.yaml"), path);
        Assert.Equal(path, registry.GetDevice("vendor.com/gpu=0")!.Spec.Path);
        Assert.False(Directory.Exists(temp.Sub("low")));
    }

    [Theory]
    [InlineData("s.yaml", "s.yaml", false)]
    [InlineData("s.json", "s.json", true)]
    [InlineData("s", "s.json", true)]
    [InlineData("s.yml", "s.yml.json", true)]
    public void The_extension_picks_the_format(string name, string fileName, bool json)
    {
        using var temp = new TempDirectory();
        using var registry = Registries.Create(temp.Sub("specs"));
        var spec = Gpu("w", "0");

        var path = registry.WriteSpec(spec, name);

        Assert.Equal(fileName, Path.GetFileName(path));
        Assert.Equal(json ? spec.ToJson() : spec.ToYaml(), File.ReadAllText(path));
        Assert.Equal(spec, Spec.ReadFile(path));
    }

    [Fact]
    public void An_invalid_spec_is_refused_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        using var registry = Registries.Create(dir);
        var spec = Gpu("w", "0");
        spec.Kind = "not a kind";

        var error = Assert.Throws<CdiInvalidSpecException>(() => registry.WriteSpec(spec, "x.yaml"));

        Assert.Contains(error.Errors, e => e.Code == "CDI005");
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir));
    }

    [Theory]
    [InlineData("../escape.yaml")]
    [InlineData("/tmp/abs.yaml")]
    [InlineData("sub/x.yaml")]
    [InlineData("..")]
    [InlineData("a\0.yaml")]
    public void Names_that_are_paths_are_refused(string name)
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        using var registry = Registries.Create(dir);

        Assert.Throws<ArgumentException>(() => registry.WriteSpec(Gpu("w", "0"), name));
        Assert.Throws<ArgumentException>(() => registry.RemoveSpec(name));
        Assert.Equal(new[] { dir }, Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_old_file_intact()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        using (var registry = Registries.Create(dir))
        {
            registry.WriteSpec(Gpu("old", "0"), "s.yaml");
        }
        var path = Path.Join(dir, "s.yaml");
        var before = File.ReadAllText(path);
        using var failing = new CdiRegistry(new CdiRegistryOptions
        {
            SpecDirectories = new[] { dir },
            ReadSpec = Spec.ReadFile,
            WriteSpec = (spec, format, output) =>
            {
                var text = spec.ToYaml();
                output.Write(text.AsSpan(0, text.Length / 2));
                output.Flush();
                throw new IOException("disk full (simulated)");
            },
        });

        var error = Assert.Throws<IOException>(() => failing.WriteSpec(Gpu("new", "0", "1"), "s.yaml"));

        Assert.Equal("disk full (simulated)", error.Message);
        Assert.Equal(before, File.ReadAllText(path));
        // No temporary file is left behind either.
        Assert.Equal(new[] { path }, Directory.GetFiles(dir));
        Assert.Equal(new[] { "vendor.com/gpu=0" }, failing.DeviceNames);
        Assert.Equal("SPEC=old", Registries.Env(InjectInto(failing, "vendor.com/gpu=0"))[1]);
    }

    [Fact]
    public void An_existing_spec_is_replaced()
    {
        using var temp = new TempDirectory();
        using var registry = Registries.Create(temp.Sub("specs"));
        registry.WriteSpec(Gpu("v1", "0"), "s.yaml");

        registry.WriteSpec(Gpu("v2", "0", "1"), "s.yaml");

        Assert.Equal(new[] { "vendor.com/gpu=0", "vendor.com/gpu=1" }, registry.DeviceNames);
        Assert.Equal("SPEC=v2", Registries.Env(InjectInto(registry, "vendor.com/gpu=0"))[1]);
    }

    [Fact]
    public void Remove_deletes_by_name_and_refreshes()
    {
        using var temp = new TempDirectory();
        using var registry = Registries.Create(temp.Sub("specs"));
        var name = CdiSpecNames.GenerateTransientName("vendor.com", "gpu", "claim/1");
        var path = registry.WriteSpec(Gpu("t", "0"), name);
        Assert.Equal("vendor.com-gpu_claim_1.json", Path.GetFileName(path));

        Assert.True(registry.RemoveSpec(name));

        Assert.False(File.Exists(path));
        Assert.Empty(registry.DeviceNames);
        Assert.False(registry.RemoveSpec(name));
    }

    [Fact]
    public void Writing_needs_a_spec_directory()
    {
        using var registry = Registries.Create();

        Assert.Throws<InvalidOperationException>(() => registry.WriteSpec(Gpu("w", "0"), "x.yaml"));
    }

    private static Oci.OciSpec InjectInto(CdiRegistry registry, string device)
    {
        var oci = Registries.EmptyOci();
        registry.Inject(oci, device);
        return oci;
    }
}
