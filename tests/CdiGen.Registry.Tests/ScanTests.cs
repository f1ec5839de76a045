using CdiGen.Names;
using CdiGen.Serialization;

namespace CdiGen.Registry.Tests;

/// <summary>Which files a refresh reads, and what it makes of good and bad ones.</summary>
public sealed class ScanTests
{
    [Fact]
    public void Default_directories_are_etc_cdi_then_var_run_cdi()
    {
        Assert.Equal(new[] { "/etc/cdi", "/var/run/cdi" }, CdiSpecDirectories.Default);
        var options = new CdiRegistryOptions { ReadSpec = Model.Spec.ReadFile };
        Assert.Equal(CdiSpecDirectories.Default, options.SpecDirectories);
    }

    [Fact]
    public void Missing_directories_are_ignored()
    {
        using var temp = new TempDirectory();
        SpecFiles.Write(temp.Sub("b"), "x.yaml", "vendor.com/gpu", "b", "0");

        using var registry = Registries.Create(temp.Sub("missing"), temp.Sub("b"), temp.Sub("also", "missing"));

        Assert.Equal(new[] { "vendor.com/gpu=0" }, registry.DeviceNames);
        Assert.Empty(registry.Errors);
    }

    [Fact]
    public void Only_top_level_json_and_yaml_files_are_read()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        SpecFiles.Write(dir, "a.yaml", "vendor.com/a", "a", "yaml");
        File.WriteAllText(Path.Join(dir, "b.json"), Model.Spec.ReadYaml(SpecFiles.Yaml("vendor.com/b", "b", "json")).ToJson());
        SpecFiles.Write(dir, "c.yml", "vendor.com/c", "c", "yml");
        SpecFiles.Write(dir, "d.YAML", "vendor.com/d", "d", "upper");
        SpecFiles.Write(dir, "e.yaml.bak", "vendor.com/e", "e", "backup");
        SpecFiles.Write(dir, "f.txt", "vendor.com/f", "f", "text");
        SpecFiles.Write(Path.Join(dir, "nested"), "g.yaml", "vendor.com/g", "g", "nested");
        Directory.CreateDirectory(Path.Join(dir, "dir.yaml"));

        using var registry = Registries.Create(dir);

        Assert.Equal(new[] { "vendor.com/a=yaml", "vendor.com/b=json" }, registry.DeviceNames);
        Assert.Empty(registry.Errors);
    }

    [Fact]
    public void A_bad_file_never_hides_the_good_ones()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        SpecFiles.Write(dir, "a-good.yaml", "vendor.com/gpu", "a", "0");
        var unparsable = Path.Join(dir, "b-unparsable.yaml");
        File.WriteAllText(unparsable, SpecFiles.Unparsable);
        var invalid = Path.Join(dir, "c-invalid.yaml");
        File.WriteAllText(invalid, SpecFiles.Invalid);
        SpecFiles.Write(dir, "d-good.yaml", "vendor.com/nic", "d", "1");

        using var registry = Registries.Create(dir);

        Assert.Equal(new[] { "vendor.com/gpu=0", "vendor.com/nic=1" }, registry.DeviceNames);
        Assert.Equal(new[] { unparsable, invalid }, registry.Errors.Select(e => e.Path).Distinct());
        Assert.All(registry.Snapshot.GetErrors(unparsable), e => Assert.Equal(CdiSpecErrorKind.Read, e.Kind));
        Assert.All(registry.Snapshot.GetErrors(invalid), e => Assert.Equal(CdiSpecErrorKind.Invalid, e.Kind));
    }

    [Fact]
    public void A_read_error_is_the_format_exception_message()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        var path = Path.Join(dir, "bad.yaml");
        File.WriteAllText(path, "cdiVersion: \"0.5.0\"\nkind: vendor.com/gpu\nunknownField: 1\ndevices: []\n");
        var expected = Assert.Throws<CdiFormatException>(() => Model.Spec.ReadFile(path));

        using var registry = Registries.Create(dir);

        var error = Assert.Single(registry.Errors);
        Assert.Equal(expected.Message, error.Message);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(CdiSpecErrorKind.Read, error.Kind);
    }

    [Fact]
    public void Validation_errors_name_the_file_and_carry_the_rule_id()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        var path = Path.Join(dir, "v.yaml");
        // additionalGids needs 0.7.0; the file declares 0.5.0.
        File.WriteAllText(path, "cdiVersion: \"0.5.0\"\nkind: vendor.com/gpu\ndevices:\n- name: \"0\"\n  containerEdits:\n    additionalGids: [5]\n");

        using var registry = Registries.Create(dir);

        var error = Assert.Single(registry.Errors);
        Assert.Equal(CdiSpecErrorKind.Invalid, error.Kind);
        Assert.Equal("CDI001", error.Code);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Empty(registry.DeviceNames);
        Assert.Empty(registry.Vendors);
    }

    [Fact]
    public void A_reader_that_throws_anything_marks_only_that_file()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        SpecFiles.Write(dir, "a.yaml", "vendor.com/gpu", "a", "0");
        var broken = SpecFiles.Write(dir, "b.yaml", "vendor.com/gpu", "b", "1");
        using var registry = new CdiRegistry(new CdiRegistryOptions
        {
            SpecDirectories = new[] { dir },
            ReadSpec = path => path == broken ? throw new InvalidOperationException("reader bug") : Model.Spec.ReadFile(path),
        });

        Assert.Equal(new[] { "vendor.com/gpu=0" }, registry.DeviceNames);
        var error = Assert.Single(registry.Errors);
        Assert.Equal($"{broken}: reader bug", error.Message);
    }

    [Fact]
    public void A_spec_directory_that_is_a_file_is_reported()
    {
        using var temp = new TempDirectory();
        var notADirectory = Path.Join(temp.Path, "file");
        File.WriteAllText(notADirectory, "x");

        using var registry = Registries.Create(notADirectory);

        var error = Assert.Single(registry.Errors);
        Assert.Equal(CdiSpecErrorKind.Directory, error.Kind);
        Assert.Equal(notADirectory, error.Path);
    }

    [Fact]
    public void Lists_are_sorted_and_lookups_use_qualified_names()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        SpecFiles.Write(dir, "z.yaml", "b.example.com/net", "z", "eth1", "eth0");
        SpecFiles.Write(dir, "y.yaml", "a.example.com/gpu", "y", "1", "0");
        SpecFiles.Write(dir, "x.yaml", "a.example.com/fpga", "x", "f");

        using var registry = Registries.Create(dir);

        Assert.Equal(new[] { "a.example.com/fpga=f", "a.example.com/gpu=0", "a.example.com/gpu=1", "b.example.com/net=eth0", "b.example.com/net=eth1" }, registry.DeviceNames);
        Assert.Equal(new[] { "a.example.com", "b.example.com" }, registry.Vendors);
        Assert.Equal(new[] { "fpga", "gpu", "net" }, registry.Classes);
        Assert.Equal(new[] { "x.yaml", "y.yaml" }, registry.GetVendorSpecs("a.example.com").Select(s => Path.GetFileName(s.Path)));
        Assert.Empty(registry.GetVendorSpecs("c.example.com"));

        Assert.True(registry.TryGetDevice(new QualifiedDeviceName("a.example.com", "gpu", "1"), out var device));
        Assert.Equal("y.yaml", Path.GetFileName(device.Spec.Path));
        Assert.Equal("a.example.com/gpu", device.Spec.Kind);
        Assert.Same(device, registry.GetDevice("a.example.com/gpu=1"));
        Assert.Null(registry.GetDevice("a.example.com/gpu=2"));
        Assert.Null(registry.GetDevice("not a name"));
        Assert.False(registry.TryGetDevice(new QualifiedDeviceName("a.example.com", "gpu", "7"), out _));
    }
}
