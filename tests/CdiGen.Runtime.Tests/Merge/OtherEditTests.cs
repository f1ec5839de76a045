using CdiGen.Merge;

namespace CdiGen.Runtime.Tests.Merge;

public class OtherEditTests
{
    [Fact]
    public void NetDevicesAreSetByHostInterfaceName()
    {
        var spec = SpecJson.Parse("""{"linux":{"netDevices":{"eth1":{"name":"old","x":1},"eth2":{"name":"keep"}}}}""");
        var batch = new OciEditBatch();
        batch.AddNetDevice("eth1", "ctr1");
        batch.AddNetDevice("eth3", "ctr3");

        batch.Apply(spec);

        SpecJson.Equal("""{"linux":{"netDevices":{"eth1":{"name":"ctr1"},"eth2":{"name":"keep"},"eth3":{"name":"ctr3"}}}}""", spec);
    }

    [Fact]
    public void IntelRdtReplacesTheWholeObject()
    {
        var spec = SpecJson.Parse("""{"linux":{"namespaces":[],"intelRdt":{"closID":"old","l3CacheSchema":"L3:0=ff","enableCMT":true},"maskedPaths":[]}}""");
        var batch = new OciEditBatch();
        batch.SetIntelRdt(new IntelRdtEdit { ClosId = "ignored" });
        batch.SetIntelRdt(new IntelRdtEdit { ClosId = "gold", Schemata = new[] { "L3:0=f0", "MB:0=50" }, EnableMonitoring = true });

        batch.Apply(spec);

        SpecJson.Equal("""{"linux":{"namespaces":[],"intelRdt":{"closID":"gold","schemata":["L3:0=f0","MB:0=50"],"enableMonitoring":true},"maskedPaths":[]}}""", spec);
    }

    [Fact]
    public void IntelRdtIsAddedAfterTheLinuxMembersDeclaredBeforeIt()
    {
        var spec = OciSpecFixtures.Runc();
        var batch = new OciEditBatch();
        batch.SetIntelRdt(new IntelRdtEdit { ClosId = "c", L3CacheSchema = "L3:0=1", MemBwSchema = "MB:0=2", EnableCmt = true, EnableMbm = true });

        batch.Apply(spec);

        Assert.Contains("{\"type\":\"mount\"}],\"intelRdt\":{\"closID\":\"c\",\"l3CacheSchema\":\"L3:0=1\",\"memBwSchema\":\"MB:0=2\",\"enableCMT\":true,\"enableMBM\":true},\"maskedPaths\"", spec.ToJson(indented: false), StringComparison.Ordinal);
    }

    [Fact]
    public void AdditionalGidsSkipZeroAndDuplicates()
    {
        var spec = SpecJson.Parse("""{"process":{"user":{"uid":1000,"gid":1000,"additionalGids":[44]}}}""");
        var batch = new OciEditBatch();
        batch.AddAdditionalGid(0);
        batch.AddAdditionalGid(44);
        batch.AddAdditionalGid(109);
        batch.AddAdditionalGid(109);

        batch.Apply(spec);

        SpecJson.Equal("""{"process":{"user":{"uid":1000,"gid":1000,"additionalGids":[44,109]}}}""", spec);
    }

    [Fact]
    public void AdditionalGidsAreAddedAfterGid()
    {
        var spec = OciSpecFixtures.Runc();
        var batch = new OciEditBatch();
        batch.AddAdditionalGid(0);

        batch.Apply(spec);
        Assert.Null(spec.Process!.User!.AdditionalGids);

        batch.AddAdditionalGid(5);
        batch.Apply(spec);
        Assert.Contains("\"user\":{\"uid\":0,\"gid\":0,\"additionalGids\":[5]}", spec.ToJson(indented: false), StringComparison.Ordinal);
    }

    [Fact]
    public void TryBeginSpecIsTrueOncePerSpecUntilCleared()
    {
        var batch = new OciEditBatch();
        object a = new(), b = new();

        Assert.True(batch.TryBeginSpec(a));
        Assert.False(batch.TryBeginSpec(a));
        Assert.True(batch.TryBeginSpec(b));
        batch.Clear();
        Assert.True(batch.TryBeginSpec(a));
    }

    [Fact]
    public void KindsAreAppliedInReferenceOrderNotInCallOrder()
    {
        var spec = SpecJson.Parse("{}");
        var batch = new OciEditBatch();
        batch.AddAdditionalGid(7);
        batch.AddHook("poststop", new HookEdit("/bin/h"));
        batch.AddMount(new MountEdit("/h", "/c"));
        batch.AddDeviceNode(new DeviceNodeEdit("/dev/p") { Type = "p", HostPath = "/nonexistent" });
        batch.AddEnv("A=1");

        batch.Apply(spec);

        // Members created by edits appear in runtime-spec declaration order.
        SpecJson.Equal("""
            {"process":{"user":{"additionalGids":[7]},"env":["A=1"]},"mounts":[{"destination":"/c","source":"/h"}],
             "hooks":{"poststop":[{"path":"/bin/h"}]},"linux":{"devices":[{"path":"/dev/p","type":"p","major":0,"minor":0}]}}
            """, spec);
    }
}
