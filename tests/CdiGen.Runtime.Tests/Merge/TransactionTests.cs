using CdiGen.Merge;
using CdiGen.Oci;

namespace CdiGen.Runtime.Tests.Merge;

public class TransactionTests
{
    // Every kind of edit that succeeds, so a failure has plenty it could have half-applied.
    private static OciEditBatch BatchWithAllKinds()
    {
        var batch = new OciEditBatch();
        batch.AddEnv("TERM=dumb");
        batch.AddDeviceNode(new DeviceNodeEdit("/dev/null"));
        batch.AddNetDevice("eth1", "ctr1");
        batch.AddMount(new MountEdit("/host/shm", "/dev/shm") { Type = "tmpfs" });
        batch.AddHook("createContainer", new HookEdit("/bin/h"));
        batch.SetIntelRdt(new IntelRdtEdit { ClosId = "c" });
        batch.AddAdditionalGid(44);
        return batch;
    }

    private static void AssertFailsWithoutChange(OciEditBatch batch, string expectedInMessage)
    {
        var spec = OciSpecFixtures.Runc();
        byte[] before = spec.ToUtf8Bytes();

        var error = Assert.Throws<CdiInjectionException>(() => batch.Apply(spec));

        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, spec.ToUtf8Bytes());
        Assert.Equal(TestFiles.Text("runc-config.jq.json"), spec.ToJson() + "\n");
    }

    [Fact]
    public void UnknownHookNameChangesNothing()
    {
        var batch = BatchWithAllKinds();
        batch.AddHook("preStart", new HookEdit("/bin/x"));

        AssertFailsWithoutChange(batch, "unknown hook name \"preStart\"");
    }

    [Fact]
    public void MissingHostPathChangesNothing()
    {
        var batch = BatchWithAllKinds();
        batch.AddDeviceNode(new DeviceNodeEdit("/dev/cdi-missing") { HostPath = "/dev/cdigen-does-not-exist" });

        AssertFailsWithoutChange(batch, "failed to stat CDI host device \"/dev/cdigen-does-not-exist\"");
    }

    [Fact]
    public void HostPathThatIsNotADeviceChangesNothing()
    {
        var batch = BatchWithAllKinds();
        batch.AddDeviceNode(new DeviceNodeEdit("/dev/x") { HostPath = "/etc/hostname" });

        AssertFailsWithoutChange(batch, "not a device node");
    }

    [Fact]
    public void TypeMismatchWithHostChangesNothing()
    {
        var batch = BatchWithAllKinds();
        batch.AddDeviceNode(new DeviceNodeEdit("/dev/null") { Type = "b" });

        AssertFailsWithoutChange(batch, "host type mismatch (b, c)");
    }

    [Fact]
    public void MountWithoutContainerPathChangesNothing()
    {
        var batch = BatchWithAllKinds();
        batch.AddMount(new MountEdit("/h", ""));

        AssertFailsWithoutChange(batch, "no container path");
    }

    [Fact]
    public void BatchWorksAgainAfterAFailure()
    {
        var batch = BatchWithAllKinds();
        batch.AddHook("bogus", new HookEdit("/bin/x"));
        var spec = OciSpecFixtures.Runc();
        Assert.Throws<CdiInjectionException>(() => batch.Apply(spec));

        batch.Clear();
        batch.AddEnv("A=1");
        batch.Apply(spec);

        Assert.Equal("A=1", spec.Process!.Env![^1]);
    }
}
