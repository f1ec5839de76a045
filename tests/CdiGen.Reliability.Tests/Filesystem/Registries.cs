using CdiGen.Model;
using CdiGen.Oci;
using CdiGen.Registry;

namespace CdiGen.Reliability.Tests.Filesystem;

/// <summary>Registries over the generated model, and the OCI spec the tests inject into.</summary>
internal static class Registries
{
    public static CdiRegistry Create(params string[] directories) =>
        new(new CdiRegistryOptions { SpecDirectories = directories, ReadSpec = Spec.ReadFile });

    public static OciSpec BaseOci() =>
        OciSpec.Read("{\"ociVersion\":\"1.0.2\",\"process\":{\"env\":[\"PATH=/bin\"],\"user\":{\"uid\":0,\"gid\":0}},\"mounts\":[{\"destination\":\"/proc\",\"type\":\"proc\",\"source\":\"proc\"}],\"x-unknown\":{\"kept\":true}}"u8);

    /// <summary>Every file and directory below <paramref name="root"/>, relative to it, sorted.</summary>
    public static string[] Tree(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
