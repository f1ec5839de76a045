using CdiGen.Merge;

namespace CdiGen.Runtime.Tests.Merge;

public class HookEditTests
{
    [Fact]
    public void HooksAreAppendedToTheNamedListsInTheRuntimeSpecOrder()
    {
        var spec = SpecJson.Parse("""{"mounts":[],"hooks":{"poststop":[{"path":"/bin/old"}]},"linux":{}}""");
        var batch = new OciEditBatch();
        batch.AddHook("poststop", new HookEdit("/bin/edge-poststop"));
        batch.AddHook("startContainer", new HookEdit("/bin/edge-start") { Args = new[] { "edge-start", "--x=1" } });
        batch.AddHook("prestart", new HookEdit("/bin/edge-prestart") { Timeout = 0 });
        batch.AddHook("createRuntime", new HookEdit("/bin/edge-create-runtime") { Env = new[] { "A=1", "B=2" } });
        batch.AddHook("poststart", new HookEdit("/bin/edge-poststart") { Args = Array.Empty<string>() });
        batch.AddHook("createContainer", new HookEdit("/bin/edge-create-container"));

        batch.Apply(spec);

        SpecJson.Equal("""
            {"mounts":[],"hooks":{
              "prestart":[{"path":"/bin/edge-prestart","timeout":0}],
              "createRuntime":[{"path":"/bin/edge-create-runtime","env":["A=1","B=2"]}],
              "createContainer":[{"path":"/bin/edge-create-container"}],
              "startContainer":[{"path":"/bin/edge-start","args":["edge-start","--x=1"]}],
              "poststart":[{"path":"/bin/edge-poststart"}],
              "poststop":[{"path":"/bin/old"},{"path":"/bin/edge-poststop"}]},"linux":{}}
            """, spec);
    }

    [Fact]
    public void HookListsAreNotSharedWithTheEdit()
    {
        var args = new List<string> { "a" };
        var spec = SpecJson.Parse("{}");
        var batch = new OciEditBatch();
        batch.AddHook("createContainer", new HookEdit("/bin/h") { Args = args });

        batch.Apply(spec);
        args.Add("b");

        Assert.Equal(new[] { "a" }, spec.Hooks!.CreateContainer![0].Args);
    }
}
