namespace CdiGen.Registry.Tests;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("cdigen-registry-").FullName;
    }

    public string Path { get; }

    /// <summary>A path below this directory; the directory itself is not created.</summary>
    public string Sub(params string[] parts) => System.IO.Path.Join([Path, .. parts]);

    /// <summary>Creates (or returns) a subdirectory.</summary>
    public string Dir(params string[] parts) => Directory.CreateDirectory(Sub(parts)).FullName;

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
