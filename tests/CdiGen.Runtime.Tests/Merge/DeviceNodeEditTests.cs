using CdiGen.Merge;

namespace CdiGen.Runtime.Tests.Merge;

public sealed class DeviceNodeEditTests : IDisposable
{
    private const string Runc = """{"process":{"user":{"uid":0,"gid":0}},"linux":{"resources":{"devices":[{"allow":false,"access":"rwm"}]}}}""";

    private readonly string _dir = Directory.CreateTempSubdirectory("cdigen-node-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static OciEditBatch Batch(params DeviceNodeEdit[] nodes)
    {
        var batch = new OciEditBatch();
        foreach (var node in nodes)
        {
            batch.AddDeviceNode(node);
        }

        return batch;
    }

    [Fact]
    public void HostPathDefaultsToPathAndTypeNumbersModeComeFromTheHost()
    {
        var spec = SpecJson.Parse(Runc);

        Batch(new DeviceNodeEdit("/dev/null")).Apply(spec);

        SpecJson.Equal("""
            {"process":{"user":{"uid":0,"gid":0}},"linux":{"resources":{"devices":[
              {"allow":false,"access":"rwm"},
              {"allow":true,"type":"c","major":1,"minor":3,"access":"rwm"}]},
             "devices":[{"path":"/dev/null","type":"c","major":1,"minor":3,"fileMode":438}]}}
            """, spec);
    }

    [Fact]
    public void HostPathIsStatedInsteadOfPath()
    {
        var spec = SpecJson.Parse("{}");

        Batch(new DeviceNodeEdit("/dev/cdi-zero") { HostPath = "/dev/zero", Type = "c", Permissions = "r" }).Apply(spec);

        SpecJson.Equal("""
            {"linux":{"resources":{"devices":[{"allow":true,"type":"c","major":1,"minor":5,"access":"r"}]},
             "devices":[{"path":"/dev/cdi-zero","type":"c","major":1,"minor":5,"fileMode":438}]}}
            """, spec);
    }

    [Fact]
    public void MinimallySpecifiedNodeWithMissingHostIsNotAnError()
    {
        var spec = SpecJson.Parse("{}");

        Batch(
            new DeviceNodeEdit("/dev/vendor0") { HostPath = Path.Combine(_dir, "missing"), Type = "c", Major = 241, Minor = 1 },
            new DeviceNodeEdit("/dev/pipe") { HostPath = Path.Combine(_dir, "missing-pipe"), Type = "p" }).Apply(spec);

        SpecJson.Equal("""
            {"linux":{"resources":{"devices":[{"allow":true,"type":"c","major":241,"minor":1,"access":"rwm"}]},
             "devices":[
              {"path":"/dev/vendor0","type":"c","major":241,"minor":1},
              {"path":"/dev/pipe","type":"p","major":0,"minor":0}]}}
            """, spec);
    }

    [Fact]
    public void MinimallySpecifiedNodeOnlyGetsFileModeFromTheHost()
    {
        var spec = SpecJson.Parse("{}");

        // The host says c 1:3; a minimally specified node keeps its own numbers.
        Batch(new DeviceNodeEdit("/dev/null") { Type = "c", Major = 7, Minor = 9, Permissions = "none" }).Apply(spec);

        SpecJson.Equal("""
            {"linux":{"resources":{"devices":[{"allow":true,"type":"c","major":7,"minor":9}]},
             "devices":[{"path":"/dev/null","type":"c","major":7,"minor":9,"fileMode":438}]}}
            """, spec);
    }

    [Fact]
    public void OnlyNodesTheHostCanStillAddToAreLookedUp()
    {
        var spec = SpecJson.Parse("{}");
        var batch = Batch(
            new DeviceNodeEdit("/dev/null") { Type = "c", Major = 7, Minor = 9, FileMode = 0x1a4 }, // complete: no lookup
            new DeviceNodeEdit("/dev/zero") { Type = "c", Major = 1, Minor = 5 },                  // mode missing
            new DeviceNodeEdit("/dev/full") { FileMode = 0x1a4 },                                   // type missing
            new DeviceNodeEdit("/no/such/fifo") { Type = "p", FileMode = 0x180 });                  // complete fifo

        int before = CdiGen.Host.HostDevice.LookupsOnThisThread;
        batch.Apply(spec);

        Assert.Equal(2, CdiGen.Host.HostDevice.LookupsOnThisThread - before);
        Assert.Equal(new uint?[] { 0x1a4, 438, 0x1a4, 0x180 }, spec.Linux!.Devices!.Select(d => d.FileMode));
        Assert.Equal(new long?[] { 7, 1, 1, 0 }, spec.Linux.Devices!.Select(d => d.Major));
    }

    [Fact]
    public void ExplicitFileModeIsKept()
    {
        var spec = SpecJson.Parse("{}");

        Batch(new DeviceNodeEdit("/dev/null") { FileMode = 0x180 }).Apply(spec);

        Assert.Equal(0x180u, spec.Linux!.Devices![0].FileMode);
    }

    [Fact]
    public void UidGidDefaultToProcessUserWhenNotRoot()
    {
        var spec = SpecJson.Parse("""{"process":{"user":{"uid":1000,"gid":1001}}}""");

        Batch(
            new DeviceNodeEdit("/dev/a") { Type = "c", Major = 241, Minor = 1, HostPath = "/nonexistent" },
            new DeviceNodeEdit("/dev/b") { Type = "b", Major = 259, Minor = 7, Uid = 0, Gid = 0, HostPath = "/nonexistent" }).Apply(spec);

        SpecJson.Equal("""
            {"process":{"user":{"uid":1000,"gid":1001}},"linux":{"resources":{"devices":[
              {"allow":true,"type":"c","major":241,"minor":1,"access":"rwm"},
              {"allow":true,"type":"b","major":259,"minor":7,"access":"rwm"}]},
             "devices":[
              {"path":"/dev/a","type":"c","major":241,"minor":1,"uid":1000,"gid":1001},
              {"path":"/dev/b","type":"b","major":259,"minor":7,"uid":0,"gid":0}]}}
            """, spec);
    }

    [Fact]
    public void SamePathReplacesTheEntryAndMovesItToTheEnd()
    {
        var spec = SpecJson.Parse("""{"linux":{"devices":[{"path":"/dev/x","type":"c","major":1,"minor":1,"extra":1},{"path":"/dev/y","type":"p","major":0,"minor":0}]}}""");

        Batch(
            new DeviceNodeEdit("/dev/x") { Type = "c", Major = 241, Minor = 1, HostPath = "/nonexistent" },
            new DeviceNodeEdit("/dev/x") { Type = "c", Major = 241, Minor = 2, Permissions = "rw", HostPath = "/nonexistent" }).Apply(spec);

        SpecJson.Equal("""
            {"linux":{"resources":{"devices":[
              {"allow":true,"type":"c","major":241,"minor":1,"access":"rwm"},
              {"allow":true,"type":"c","major":241,"minor":2,"access":"rw"}]},
             "devices":[
              {"path":"/dev/y","type":"p","major":0,"minor":0},
              {"path":"/dev/x","type":"c","major":241,"minor":2}]}}
            """, spec);
    }

    [Fact]
    public void FifoFromHostGetsNoCgroupRule()
    {
        string fifo = Path.Combine(_dir, "pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("/usr/bin/mkfifo", new[] { "-m", "0600", fifo }))
        {
            mkfifo.WaitForExit();
        }

        var spec = SpecJson.Parse("{}");

        Batch(new DeviceNodeEdit("/dev/pipe") { HostPath = fifo }).Apply(spec);

        SpecJson.Equal("""{"linux":{"devices":[{"path":"/dev/pipe","type":"p","major":0,"minor":0,"fileMode":384}]}}""", spec);
    }

    [Fact]
    public void IdenticalAllowRuleAfterADenyIsStillAdded()
    {
        var spec = SpecJson.Parse("""{"linux":{"resources":{"devices":[{"allow":true,"type":"c","major":1,"minor":3,"access":"rwm"},{"allow":false,"access":"rwm"}]}}}""");

        Batch(new DeviceNodeEdit("/dev/null")).Apply(spec);

        Assert.Equal(3, spec.Linux!.Resources!.Devices!.Count);
        Assert.True(spec.Linux.Resources.Devices[2].Allow);
    }

    [Fact]
    public void IdenticalAllowRuleInEffectIsNotDuplicated()
    {
        var spec = SpecJson.Parse("""{"linux":{"resources":{"devices":[{"allow":false,"access":"rwm"},{"allow":true,"type":"c","major":1,"minor":3,"access":"rwm"}]}}}""");

        Batch(new DeviceNodeEdit("/dev/null")).Apply(spec);

        Assert.Equal(2, spec.Linux!.Resources!.Devices!.Count);
    }
}
