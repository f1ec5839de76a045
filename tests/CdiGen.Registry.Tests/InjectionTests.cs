using CdiGen.Merge;

namespace CdiGen.Registry.Tests;

/// <summary>Injection through the registry: order, spec-level edits, all-or-nothing.</summary>
public sealed class InjectionTests
{
    [Fact]
    public void Spec_edits_come_once_before_the_first_device_of_each_spec_in_request_order()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        SpecFiles.Write(dir, "gpu.yaml", "vendor.com/gpu", "gpu", "0", "1");
        SpecFiles.Write(dir, "nic.yaml", "vendor.com/nic", "nic", "eth0");
        using var registry = Registries.Create(dir);
        var oci = Registries.EmptyOci();

        registry.Inject(oci, "vendor.com/nic=eth0", "vendor.com/gpu=1", "vendor.com/gpu=0");

        // Env entries with the same key replace each other in place, so the last device wins DEV/FROM
        // and the spec-level SPEC keeps the position of its first appearance.
        Assert.Equal(new[] { "PATH=/bin", "SPEC=gpu", "DEV=0", "FROM=gpu" }, Registries.Env(oci));
    }

    [Fact]
    public void Each_spec_contributes_its_own_edits_once()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        File.WriteAllText(Path.Join(dir, "a.yaml"),
            "cdiVersion: \"0.5.0\"\nkind: vendor.com/gpu\ncontainerEdits:\n  hooks:\n  - hookName: createContainer\n    path: /bin/spec-hook\n" +
            "devices:\n- name: \"0\"\n  containerEdits:\n    env: [A=0]\n- name: \"1\"\n  containerEdits:\n    env: [B=1]\n");
        using var registry = Registries.Create(dir);
        var oci = Registries.EmptyOci();

        registry.Inject(oci, new List<string> { "vendor.com/gpu=0", "vendor.com/gpu=1" });

        var hook = Assert.Single(oci.Hooks!.CreateContainer!);
        Assert.Equal("/bin/spec-hook", hook.Path);
        Assert.Equal(new[] { "PATH=/bin", "A=0", "B=1" }, Registries.Env(oci));
    }

    [Fact]
    public void Unresolved_devices_fail_the_whole_injection_and_are_all_listed()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        SpecFiles.Write(dir, "gpu.yaml", "vendor.com/gpu", "gpu", "0");
        using var registry = Registries.Create(dir);
        var oci = Registries.EmptyOci();
        var before = oci.ToJson();

        var error = Assert.Throws<CdiInjectionException>(() =>
            registry.Inject(oci, "vendor.com/gpu=0", "vendor.com/gpu=9", "not-qualified", "other.com/x=0"));

        Assert.Equal(new[] { "vendor.com/gpu=9", "not-qualified", "other.com/x=0" }, error.UnresolvedDevices);
        Assert.Contains("vendor.com/gpu=9, not-qualified, other.com/x=0", error.Message);
        Assert.DoesNotContain("gpu=0", error.Message);
        Assert.Equal(before, oci.ToJson());
    }

    [Fact]
    public void An_edit_that_cannot_be_applied_leaves_the_oci_spec_untouched()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        SpecFiles.Write(dir, "good.yaml", "vendor.com/gpu", "gpu", "0");
        // No type: the node must be examined on the host, and it does not exist there.
        File.WriteAllText(Path.Join(dir, "node.yaml"),
            "cdiVersion: \"0.5.0\"\nkind: vendor.com/node\ndevices:\n- name: missing\n  containerEdits:\n    deviceNodes:\n    - path: " + temp.Sub("no-such-device") + "\n");
        using var registry = Registries.Create(dir);
        var oci = Registries.EmptyOci();
        var before = oci.ToJson();

        var error = Assert.Throws<CdiInjectionException>(() => registry.Inject(oci, "vendor.com/gpu=0", "vendor.com/node=missing"));

        Assert.Empty(error.UnresolvedDevices);
        Assert.Equal(before, oci.ToJson());
    }

    [Fact]
    public void A_reused_batch_gives_the_same_result_as_a_fresh_one()
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        SpecFiles.Write(dir, "gpu.yaml", "vendor.com/gpu", "gpu", "0", "1");
        using var registry = Registries.Create(dir);
        var batch = new OciEditBatch();
        var first = Registries.EmptyOci();
        var second = Registries.EmptyOci();

        registry.Inject(first, new[] { "vendor.com/gpu=0" }, batch);
        registry.Inject(second, new[] { "vendor.com/gpu=1" }, batch);

        Assert.Equal(new[] { "PATH=/bin", "SPEC=gpu", "DEV=1", "FROM=gpu" }, Registries.Env(second));
        Assert.Equal(new[] { "PATH=/bin", "SPEC=gpu", "DEV=0", "FROM=gpu" }, Registries.Env(first));
    }

    [Fact]
    public void No_devices_is_a_no_op()
    {
        using var registry = Registries.Create();
        var oci = Registries.EmptyOci();
        var before = oci.ToJson();

        registry.Inject(oci);

        Assert.Equal(before, oci.ToJson());
    }
}
