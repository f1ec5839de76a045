using System.Text.Json.Nodes;
using CdiGen.Merge;

namespace CdiGen.Runtime.Tests.Merge;

public class ReferenceComparisonTests
{
    [Fact]
    public void VendorDev0MatchesTheGoReferenceExceptForItsMountTieOrder()
    {
        // goref's specs/small/vendor.yaml: spec-level edits, then those of device dev0.
        object vendorSpec = new();
        var batch = new OciEditBatch();
        Assert.True(batch.TryBeginSpec(vendorSpec));
        batch.AddEnv("VENDOR_DRIVER_CAPABILITIES=compute,utility");
        batch.AddEnv("VENDOR_REQUIRE_DRIVER=\">=2.1\"");
        batch.AddDeviceNode(new DeviceNodeEdit("/dev/vendorctl") { Type = "c", Major = 240, Minor = 255, Permissions = "rw" });
        batch.AddMount(new MountEdit("/usr/lib/vendor/libvendor.so.2.1.0", "/usr/lib/vendor/libvendor.so.2.1.0") { Options = new[] { "ro", "nosuid", "nodev", "bind" } });
        batch.AddHook("createContainer", new HookEdit("/usr/bin/vendor-hook")
        {
            Args = new[] { "vendor-hook", "create-symlinks", "--link", "libvendor.so.2.1.0::/usr/lib/vendor/libvendor.so.2" },
            Env = new[] { "VENDOR_HOOK_DEBUG=0" },
        });
        Assert.False(batch.TryBeginSpec(vendorSpec));
        batch.AddEnv("VENDOR_VISIBLE_DEVICES=dev0");
        batch.AddDeviceNode(new DeviceNodeEdit("/dev/vendor0") { Type = "c", Major = 240, Minor = 0 });
        batch.AddMount(new MountEdit("tmpfs", "/var/run/vendor") { Type = "tmpfs", Options = new[] { "nosuid", "nodev", "noexec", "size=1m", "mode=0755" } });
        var spec = OciSpecFixtures.Runc();

        batch.Apply(spec);

        var expected = JsonNode.Parse(TestFiles.Text("goref-vendor-dev0.json"))!.AsObject();
        var actual = JsonNode.Parse(spec.ToJson())!.AsObject();
        var expectedMounts = expected["mounts"]!.AsArray();
        var actualMounts = actual["mounts"]!.AsArray();
        expected.Remove("mounts");
        actual.Remove("mounts");

        // Everything but mounts is byte-identical, member order included.
        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());

        // v0.5.2 breaks depth ties by name; the newest CDI (and CdiGen) keeps their order.
        // Sorting ours the old way must give exactly the reference's list.
        var reordered = actualMounts
            .Select(m => m!.ToJsonString())
            .OrderBy(m => MountDepth.Of(JsonNode.Parse(m)!["destination"]!.GetValue<string>()))
            .ThenBy(m => JsonNode.Parse(m)!["destination"]!.GetValue<string>(), StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expectedMounts.Select(m => m!.ToJsonString()).ToArray(), reordered);
        Assert.Equal(
            new[] { "/proc", "/dev", "/sys", "/dev/pts", "/dev/shm", "/dev/mqueue", "/sys/fs/cgroup", "/var/run/vendor", "/usr/lib/vendor/libvendor.so.2.1.0" },
            actualMounts.Select(m => m!["destination"]!.GetValue<string>()));
    }
}
