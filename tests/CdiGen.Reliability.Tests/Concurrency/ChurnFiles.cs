using CdiGen.IO;
using CdiGen.Reliability.Tests.Filesystem;

namespace CdiGen.Reliability.Tests.Concurrency;

/// <summary>
/// The spec files the stress test churns, each in <see cref="Versions"/> numbered versions
/// (<see cref="SpecVersions"/>), and the injection requests it makes, some spanning files.
/// </summary>
internal static class ChurnFiles
{
    public const int Versions = 6;

    public static readonly ChurnFile Gpu = new("gpu.yaml", "vendor.com/gpu", "gpu");
    public static readonly ChurnFile Nic = new("nic.json", "vendor.com/nic", "nic");
    public static readonly ChurnFile Fpga = new("fpga.yaml", "other.org/fpga", "fpga");

    public static readonly ChurnFile[] All = { Gpu, Nic, Fpga };

    public static readonly string[][] Requests =
    {
        new[] { "vendor.com/gpu=0", "vendor.com/gpu=1" },
        // Device 2 exists in odd versions only.
        new[] { "vendor.com/gpu=2", "vendor.com/gpu=0" },
        new[] { "vendor.com/nic=1", "vendor.com/nic=0" },
        new[] { "other.org/fpga=0" },
        new[] { "vendor.com/gpu=1", "vendor.com/nic=0", "other.org/fpga=1" },
    };
}

/// <summary>One churned spec file: its versions' texts (YAML, or JSON for a .json name) and models.</summary>
internal sealed class ChurnFile
{
    public ChurnFile(string fileName, string kind, string label)
    {
        FileName = fileName;
        var specs = Enumerable.Range(0, ChurnFiles.Versions).Select(version => SpecVersions.Spec(kind, label, version)).ToArray();
        Specs = specs;
        Texts = specs.Select(spec => fileName.EndsWith(".json", StringComparison.Ordinal) ? spec.ToJson() : spec.ToYaml()).ToArray();
    }

    public string FileName { get; }

    public IReadOnlyList<Model.Spec> Specs { get; }

    public IReadOnlyList<string> Texts { get; }

    public void Write(string dir, int version) => AtomicFile.WriteText(Path.Join(dir, FileName), Texts[version]);
}
