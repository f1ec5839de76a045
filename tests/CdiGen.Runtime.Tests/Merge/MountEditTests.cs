using CdiGen.Merge;

namespace CdiGen.Runtime.Tests.Merge;

public class MountEditTests
{
    [Fact]
    public void SameDestinationIsReplacedAndAllMountsAreStablySortedByDepth()
    {
        var spec = OciSpecFixtures.Runc();
        var batch = new OciEditBatch();
        batch.AddMount(new MountEdit("/host/shm", "/dev/shm") { Type = "tmpfs", Options = new[] { "nosuid", "nodev", "size=256m" } });
        batch.AddMount(new MountEdit("/host/z", "/a/z"));
        batch.AddMount(new MountEdit("/host/b", "/a/b") { Options = new[] { "rbind" } });
        batch.AddMount(new MountEdit("/host/b2", "/b"));
        batch.AddMount(new MountEdit("/host/y", "/opt/x/../y"));
        batch.AddMount(new MountEdit("/host/t", "/opt/t/"));

        batch.Apply(spec);

        // Newest CDI: ties keep their order (goref's v0.5.2 sorts them by name instead).
        Assert.Equal(
            new[] { "/proc", "/dev", "/sys", "/b", "/dev/pts", "/dev/mqueue", "/dev/shm", "/a/z", "/a/b", "/opt/x/../y", "/opt/t/", "/sys/fs/cgroup" },
            spec.Mounts!.Select(m => m.Destination));
        var shm = spec.Mounts!.Single(m => m.Destination == "/dev/shm");
        Assert.Equal("/host/shm", shm.Source);
        Assert.Equal(new[] { "nosuid", "nodev", "size=256m" }, shm.Options);
        Assert.Contains("{\"destination\":\"/b\",\"source\":\"/host/b2\"}", spec.ToJson(indented: false), StringComparison.Ordinal);
    }

    [Fact]
    public void BindMountsGetIdMapInAUserNamespace()
    {
        var spec = SpecJson.Parse("""{"linux":{"namespaces":[{"type":"mount"},{"type":"user"}]}}""");
        var batch = new OciEditBatch();
        batch.AddMount(new MountEdit("/h/1", "/c/1") { Options = new[] { "ro", "bind" } });
        batch.AddMount(new MountEdit("/h/2", "/c/2") { Options = new[] { "rbind" } });
        batch.AddMount(new MountEdit("/h/3", "/c/3") { Options = new[] { "bind", "ridmap" } });
        batch.AddMount(new MountEdit("/h/4", "/c/4") { Type = "tmpfs", Options = new[] { "nosuid" } });

        batch.Apply(spec);

        SpecJson.Equal("""
            {"mounts":[
              {"destination":"/c/1","source":"/h/1","options":["ro","bind","idmap"]},
              {"destination":"/c/2","source":"/h/2","options":["rbind","ridmap"]},
              {"destination":"/c/3","source":"/h/3","options":["bind","ridmap"]},
              {"destination":"/c/4","type":"tmpfs","source":"/h/4","options":["nosuid"]}],
             "linux":{"namespaces":[{"type":"mount"},{"type":"user"}]}}
            """, spec);
    }

    [Fact]
    public void BindMountsGetNoIdMapWithoutAUserNamespace()
    {
        var spec = SpecJson.Parse("""{"linux":{"namespaces":[{"type":"mount"}]}}""");
        var batch = new OciEditBatch();
        batch.AddMount(new MountEdit("/h/1", "/c/1") { Options = new[] { "bind" } });

        batch.Apply(spec);

        Assert.Equal(new[] { "bind" }, spec.Mounts![0].Options);
    }

    [Theory]
    [InlineData("/", 1)]
    [InlineData("/dev", 1)]
    [InlineData("/dev/", 1)]
    [InlineData("//dev//shm/", 2)]
    [InlineData("/opt/x/../y", 2)]
    [InlineData("/opt/./t/.", 2)]
    [InlineData("/../../a", 1)]
    [InlineData("/a/b/../../..", 1)]
    [InlineData("", 0)]
    [InlineData(".", 0)]
    [InlineData("a", 0)]
    [InlineData("a/b", 1)]
    [InlineData("../../a", 2)]
    [InlineData("a/../..", 0)]
    [InlineData("a/../../b/c", 2)]
    public void DepthCountsSeparatorsOfTheGoCleanedPath(string path, int depth)
    {
        Assert.Equal(depth, MountDepth.Of(path));
    }
}
