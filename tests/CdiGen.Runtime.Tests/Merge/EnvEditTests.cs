using CdiGen.Merge;

namespace CdiGen.Runtime.Tests.Merge;

public class EnvEditTests
{
    [Fact]
    public void EntryReplacesSameKeyElseAppends()
    {
        var spec = SpecJson.Parse("""{"process":{"env":["PATH=/bin","TERM=xterm"],"cwd":"/"}}""");
        var batch = new OciEditBatch();
        batch.AddEnv("TERM=dumb");
        batch.AddEnv("NEW=1");
        batch.AddEnv("NEW=2");
        batch.AddEnv("FLAG");

        batch.Apply(spec);

        SpecJson.Equal("""{"process":{"env":["PATH=/bin","TERM=dumb","NEW=2","FLAG"],"cwd":"/"}}""", spec);
    }

    [Fact]
    public void KeyThatIsAPrefixOfAnotherKeyIsDistinct()
    {
        var spec = SpecJson.Parse("""{"process":{"env":["AB=1"]}}""");
        var batch = new OciEditBatch();
        batch.AddEnv("A=2");

        batch.Apply(spec);

        SpecJson.Equal("""{"process":{"env":["AB=1","A=2"]}}""", spec);
    }

    [Fact]
    public void MissingProcessAndEnvAreCreated()
    {
        var spec = SpecJson.Parse("""{"ociVersion":"1.0.2"}""");
        var batch = new OciEditBatch();
        batch.AddEnv("A=1");

        batch.Apply(spec);

        SpecJson.Equal("""{"ociVersion":"1.0.2","process":{"env":["A=1"]}}""", spec);
    }
}
