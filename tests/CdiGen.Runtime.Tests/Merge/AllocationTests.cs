using CdiGen.Merge;
using CdiGen.Oci;

namespace CdiGen.Runtime.Tests.Merge;

public class AllocationTests
{
    private static readonly string[] MountOptions = { "ro", "nosuid", "nodev", "bind" };
    private static readonly string[] Schemata = { "L3:0=f" };

    // The idempotent edit kinds (hooks are appended on every apply, as in the reference).
    private static void AddDeviceEdits(OciEditBatch batch)
    {
        if (batch.TryBeginSpec(MountOptions))
        {
            batch.AddEnv("NVIDIA_VISIBLE_DEVICES=void");
            batch.AddDeviceNode(new DeviceNodeEdit("/dev/nvidiactl") { Type = "c", Major = 195, Minor = 255, HostPath = "/nonexistent/ctl" });
        }

        batch.AddEnv("TERM=dumb");
        batch.AddDeviceNode(new DeviceNodeEdit("/dev/null"));
        batch.AddDeviceNode(new DeviceNodeEdit("/dev/cdi-zero") { HostPath = "/dev/zero", Permissions = "rw" });
        batch.AddDeviceNode(new DeviceNodeEdit("/dev/pipe") { Type = "p", HostPath = "/nonexistent/pipe" });
        batch.AddNetDevice("eth1", "ctr1");
        batch.AddMount(new MountEdit("/usr/lib/libcuda.so", "/usr/lib/libcuda.so") { Options = MountOptions });
        batch.AddMount(new MountEdit("/host/shm", "/dev/shm") { Type = "tmpfs" });
        batch.SetIntelRdt(new IntelRdtEdit { ClosId = "gold", Schemata = Schemata });
        batch.AddAdditionalGid(44);
    }

    [Fact]
    public void ReApplyingEditsAlreadyPresentAllocatesNothing()
    {
        var spec = OciSpec.Read(TestFiles.Bytes("runc-config.json"));
        spec.Process!.User!.Uid = 1000;
        var batch = new OciEditBatch();
        AddDeviceEdits(batch);
        batch.Apply(spec); // warm-up: the first apply allocates what it appends
        string afterFirst = spec.ToJson();

        batch.Clear();
        long before = GC.GetAllocatedBytesForCurrentThread();
        AddDeviceEdits(batch);
        batch.Apply(spec);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(afterFirst, spec.ToJson());
    }

    [Fact]
    public void ReApplyingInAUserNamespaceAllocatesNothing()
    {
        var spec = OciSpec.Read("""{"process":{"user":{"uid":0,"gid":0}},"linux":{"namespaces":[{"type":"user"}]}}"""u8);
        var batch = new OciEditBatch();
        AddDeviceEdits(batch);
        batch.Apply(spec);
        Assert.Equal(new[] { "ro", "nosuid", "nodev", "bind", "idmap" }, spec.Mounts!.Single(m => m.Destination == "/usr/lib/libcuda.so").Options);

        batch.Clear();
        long before = GC.GetAllocatedBytesForCurrentThread();
        AddDeviceEdits(batch);
        batch.Apply(spec);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void FirstApplyAllocatesOnlyWhatItAppends()
    {
        var batch = new OciEditBatch();
        batch.AddEnv("A=1");
        batch.Apply(OciSpec.Read("""{"process":{"env":["B=2"]}}"""u8)); // warm up code paths and batch buffers

        var spec = OciSpec.Read("""{"process":{"env":["B=2","C=3","D=4"]}}"""u8);
        spec.Process!.Env!.Capacity = 8;
        batch.Clear();
        batch.AddEnv("A=1");
        long before = GC.GetAllocatedBytesForCurrentThread();
        batch.Apply(spec);

        // Appending a string reference into spare list capacity needs no new memory.
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(new[] { "B=2", "C=3", "D=4", "A=1" }, spec.Process.Env);
    }
}
