namespace CdiGen.Reliability.Tests.Filesystem;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cdigen-reliability-").FullName;

    /// <summary>Creates (or returns) a subdirectory.</summary>
    public string Dir(string name) => Directory.CreateDirectory(System.IO.Path.Join(Path, name)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher thread may still hold a handle for a moment; the OS temp cleaner gets the rest.
        }
    }
}
