using System.Text.Json.Nodes;
using CdiGen.Merge;
using CdiGen.Oci;

namespace CdiGen.Registry.Tests;

/// <summary>
/// The registry against the outputs the Go reference (CDI v0.5.2) produced from the same spec
/// directories: device, vendor and class lists, which files are in error, unresolved devices,
/// and injected OCI specs.
/// </summary>
/// <remarks>
/// Error texts differ by design (ours name the rule), so files and kinds of errors are compared,
/// not messages. Injected specs are compared as JSON documents with mounts in a canonical order:
/// v0.5.2 orders mounts of equal depth by destination, v1.1 (which we follow) keeps their order.
/// </remarks>
public sealed class GorefComparisonTests
{
    [GorefFact]
    public void Lists_of_the_many_specs_directory_match()
    {
        using var registry = Registries.Create(GorefFixtures.Specs("many"));

        Assert.Empty(registry.Errors);
        Assert.Equal(File.ReadAllLines(GorefFixtures.Expected("list-many.txt")), ListLines(registry));
    }

    [GorefFact]
    public void Lists_of_conflict_and_small_directories_match()
    {
        using var registry = Registries.Create(GorefFixtures.Specs("conflict"), GorefFixtures.Specs("small"));

        Assert.Equal(File.ReadAllLines(GorefFixtures.Expected("list-conflict-small.txt")), ListLines(registry));
    }

    [GorefFact]
    public void Errors_of_the_conflict_directory_are_on_the_same_files()
    {
        using var registry = Registries.Create(GorefFixtures.Specs("conflict"));

        // "specs/conflict/a.yaml: ..." lines: the files the reference found in error.
        var expectedFiles = File.ReadAllLines(GorefFixtures.Expected("errors-conflict.txt"))
            .Select(line => line[..line.IndexOf(": ", StringComparison.Ordinal)])
            .ToArray();
        var actualFiles = registry.Errors.Select(e => Path.GetRelativePath(GorefFixtures.Root, e.Path)).ToArray();
        Assert.Equal(expectedFiles, actualFiles);
        Assert.Equal(
            new[] { CdiSpecErrorKind.Conflict, CdiSpecErrorKind.Conflict, CdiSpecErrorKind.Invalid },
            registry.Errors.Select(e => e.Kind));
        Assert.Contains("conflict.example.com/dev=shared", registry.Errors[0].Message);
    }

    [GorefFact]
    public void A_device_dropped_by_a_conflict_does_not_resolve()
    {
        using var registry = Registries.Create(GorefFixtures.Specs("conflict"));

        var error = Assert.Throws<CdiInjectionException>(() =>
            registry.Inject(OciSpec.ReadFile(Path.Combine(GorefFixtures.Root, "config.json")), "conflict.example.com/dev=shared"));

        Assert.Equal(UnresolvedLines("inject-conflict.stderr"), error.UnresolvedDevices);
    }

    [GorefFact]
    public void Unresolved_devices_match()
    {
        using var registry = Registries.Create(GorefFixtures.Specs("large"));
        var oci = OciSpec.ReadFile(Path.Combine(GorefFixtures.Root, "config.json"));
        var before = oci.ToJson();

        var error = Assert.Throws<CdiInjectionException>(() =>
            registry.Inject(oci, "nvidia.com/gpu=0", "nvidia.com/gpu=9", "vendor.com/device=dev0"));

        Assert.Equal(UnresolvedLines("inject-unresolved.stderr"), error.UnresolvedDevices);
        Assert.Equal(before, oci.ToJson());
    }

    [GorefFact]
    public void Injection_from_two_directories_matches()
    {
        using var registry = Registries.Create(GorefFixtures.Specs("small"), GorefFixtures.Specs("large"));
        var oci = OciSpec.ReadFile(Path.Combine(GorefFixtures.Root, "config.json"));

        registry.Inject(oci, "vendor.com/device=dev1", "nvidia.com/gpu=3", "nvidia.com/gpu=0");

        AssertSameDocument(File.ReadAllText(GorefFixtures.Expected("two-dirs.json")), oci.ToJson());
    }

    [GorefFact]
    public void Injection_of_one_gpu_matches()
    {
        using var registry = Registries.Create(GorefFixtures.Specs("large"));
        var oci = OciSpec.ReadFile(Path.Combine(GorefFixtures.Root, "config.json"));

        registry.Inject(oci, "nvidia.com/gpu=0");

        AssertSameDocument(File.ReadAllText(GorefFixtures.Expected("nvidia-gpu0.json")), oci.ToJson());
    }

    private static IEnumerable<string> ListLines(CdiRegistry registry)
    {
        var snapshot = registry.Snapshot;
        return snapshot.DeviceNames.Select(d => "device " + d)
            .Concat(snapshot.Vendors.Select(v => "vendor " + v))
            .Concat(snapshot.Classes.Select(c => "class " + c));
    }

    private static string[] UnresolvedLines(string stderrFile) =>
        File.ReadAllLines(GorefFixtures.Expected(stderrFile))
            .Where(line => line.StartsWith("unresolved: ", StringComparison.Ordinal))
            .Select(line => line["unresolved: ".Length..])
            .ToArray();

    private static void AssertSameDocument(string expected, string actual)
    {
        var left = WithCanonicalMounts(JsonNode.Parse(expected)!);
        var right = WithCanonicalMounts(JsonNode.Parse(actual)!);
        Assert.True(JsonNode.DeepEquals(left, right), $"documents differ\nexpected:\n{left}\nactual:\n{right}");
    }

    private static JsonNode WithCanonicalMounts(JsonNode document)
    {
        if (document["mounts"] is JsonArray mounts)
        {
            document["mounts"] = new JsonArray(mounts
                .Select(mount => mount!.DeepClone())
                .OrderBy(mount => Depth((string)mount["destination"]!))
                .ThenBy(mount => (string)mount["destination"]!, StringComparer.Ordinal)
                .ToArray());
        }
        return document;
    }

    private static int Depth(string destination) => destination.TrimEnd('/').Count(c => c == '/');
}
