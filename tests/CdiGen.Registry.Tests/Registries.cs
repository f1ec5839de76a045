using CdiGen.Model;
using CdiGen.Oci;

namespace CdiGen.Registry.Tests;

/// <summary>Registries over the generated model, and the OCI spec the tests inject into.</summary>
internal static class Registries
{
    public static CdiRegistry Create(params string[] directories) =>
        new(new CdiRegistryOptions { SpecDirectories = directories, ReadSpec = Spec.ReadFile });

    public static CdiRegistry Watching(TimeSpan delay, params string[] directories) =>
        new(new CdiRegistryOptions { SpecDirectories = directories, ReadSpec = Spec.ReadFile, AutoRefresh = true, RefreshDelay = delay });

    public static OciSpec EmptyOci() => OciSpec.Read("{\"ociVersion\":\"1.0.2\",\"process\":{\"env\":[\"PATH=/bin\"]}}"u8);

    public static List<string> Env(OciSpec oci) => oci.Process?.Env ?? new List<string>();

    /// <summary>Polls until <paramref name="condition"/> holds; false after <paramref name="timeout"/>.</summary>
    public static bool Eventually(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            Thread.Sleep(10);
        }
        return true;
    }
}
