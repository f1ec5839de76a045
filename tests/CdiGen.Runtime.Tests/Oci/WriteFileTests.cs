using CdiGen.Oci;

namespace CdiGen.Runtime.Tests.Oci;

public sealed class WriteFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cdigen-write-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void WriteFileReplacesAtomicallyAndLeavesNoTemporaryFile()
    {
        string path = Path.Combine(_dir, "config.json");
        File.WriteAllText(path, "old");
        var spec = OciSpec.ReadFile(TestFiles.PathOf("runc-config.json"));

        spec.WriteFile(path);

        Assert.Equal(TestFiles.Text("runc-config.jq.json"), File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(_dir));
    }

    [Fact]
    public void WriteFileIntoMissingDirectoryFailsWithoutLeftovers()
    {
        var spec = OciSpec.Read("{}"u8);
        string path = Path.Combine(_dir, "missing", "config.json");

        Assert.ThrowsAny<IOException>(() => spec.WriteFile(path));
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }
}
