using System.Diagnostics;
using CdiGen.IO;
using CdiGen.Model;
using CdiGen.Registry;

namespace CdiGen.Reliability.Tests.Filesystem;

/// <summary>
/// The child process of the crash-safety test: rewrites three spec files in a loop, two through
/// <see cref="CdiRegistry.WriteSpec"/> (one YAML, one JSON) and one directly through
/// <see cref="AtomicFile"/>, until it is killed. Version <c>k</c> goes to file <c>k % 3</c>.
/// </summary>
internal static class CrashWriter
{
    public const string Command = "crash-writer";

    /// <summary>Printed once the first file is written: from then on a kill can land mid-write.</summary>
    public const string ReadyLine = "ready";

    public static readonly (string FileName, string Kind, string Label, bool ThroughRegistry)[] Files =
    {
        ("a.yaml", "vendor.com/a", "a", true),
        ("b.json", "vendor.com/b", "b", true),
        ("c.yaml", "vendor.com/c", "c", false),
    };

    // An orphan (the test host died) must not write forever.
    private static readonly TimeSpan s_maxLifetime = TimeSpan.FromSeconds(30);

    public static void Run(string directory, int firstVersion)
    {
        using var registry = new CdiRegistry(new CdiRegistryOptions { SpecDirectories = new[] { directory }, ReadSpec = Spec.ReadFile });
        var clock = Stopwatch.StartNew();
        for (int version = firstVersion; clock.Elapsed < s_maxLifetime; version++)
        {
            var (fileName, kind, label, throughRegistry) = Files[version % Files.Length];
            if (throughRegistry)
            {
                registry.WriteSpec(SpecVersions.Spec(kind, label, version), fileName);
            }
            else
            {
                AtomicFile.WriteText(Path.Join(directory, fileName), SpecVersions.Yaml(kind, label, version));
            }

            if (version == firstVersion)
            {
                Console.Out.WriteLine(ReadyLine);
                Console.Out.Flush();
            }
        }
    }
}
