using System.Text.Json.Nodes;
using CdiGen.Merge;
using CdiGen.Model;
using CdiGen.Oci;

namespace CdiGen.Model.Tests;

/// <summary>
/// Differential tests: injecting the Go reference harness's fixtures gives the same OCI
/// spec as the Go reference does. Compared against goref's checked-in outputs, and against
/// a live goref run when the harness is built (CI builds it with its setup.sh).
/// </summary>
/// <remarks>
/// The harness embeds CDI v0.5.2, whose merge differs from the v1.1 semantics CdiGen follows
/// in one way these fixtures show: v0.5.2 breaks ties between mounts of equal depth by
/// destination, v1.1 keeps their order. Mounts are compared in a canonical order; that our
/// own order is the stable one is checked separately.
/// </remarks>
public sealed class GoReferenceInjectionTests
{
    private static readonly string? s_fixtures = SharedData.Present ? Path.Combine(SharedData.Root, "tools", "goref", "fixtures") : null;

    public static TheoryData<string, string, string, string[]> Cases()
    {
        var data = new TheoryData<string, string, string, string[]>();
        if (s_fixtures is null)
        {
            return data;
        }
        data.Add("nvidia-gpu0", "config.json", "specs/large", new[] { "nvidia.com/gpu=0" });
        data.Add("nvidia-gpu-all", "config.json", "specs/large", new[] { "nvidia.com/gpu=all" });
        data.Add("nvidia-gpu0-7", "config.json", "specs/large", Enumerable.Range(0, 8).Select(i => $"nvidia.com/gpu={i}").ToArray());
        data.Add("vendor-dev0", "config.json", "specs/small", new[] { "vendor.com/device=dev0" });
        data.Add("vendor-dev0-dev1", "config.json", "specs/small", new[] { "vendor.com/device=dev0", "vendor.com/device=dev1" });
        data.Add("vendor-dev1-uid1000", "config-uid1000.json", "specs/small", new[] { "vendor.com/device=dev1" });
        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(Cases))]
    public void Injection_matches_the_go_reference(string expectedName, string config, string specDirectory, string[] devices)
    {
        var actual = Inject(Path.Combine(s_fixtures!, config), Path.Combine(s_fixtures!, specDirectory), devices);
        var expected = File.ReadAllText(Path.Combine(s_fixtures!, "expected", expectedName + ".json"));

        AssertSameDocument(expected, actual);
        AssertMountsStablySortedByDepth(actual);
    }

    [SharedDataTheory]
    [MemberData(nameof(Cases))]
    public void Injection_matches_a_live_go_reference_run(string expectedName, string config, string specDirectory, string[] devices)
    {
        var goref = GoReference.BinaryUnlessCi();
        if (goref is null)
        {
            // Without Go there is nothing live to compare; the checked-in outputs above still are.
            return;
        }
        var arguments = new List<string> { "inject", "--spec-dir", specDirectory, "--oci", config };
        arguments.AddRange(devices);
        var live = GoReference.Run(goref, s_fixtures!, arguments);
        var actual = Inject(Path.Combine(s_fixtures!, config), Path.Combine(s_fixtures!, specDirectory), devices);

        AssertSameDocument(live, actual);
        Assert.False(string.IsNullOrEmpty(expectedName));
    }

    /// <summary>
    /// The edge fixture, where CDI v0.5.2 (goref) and v1.1 (CdiGen) differ on purpose, compared
    /// after mapping each documented difference: v0.5.2 appends an env entry whose key the
    /// config already has (v1.1 replaces it, so compare the environment a process sees, last
    /// value per key); v0.5.2 never fills fileMode from the host (v1.1 does: check it is the
    /// host's, then drop it); mount ties (see the class remarks).
    /// </summary>
    [SharedDataFact]
    public void The_edge_fixture_matches_the_go_reference_up_to_the_documented_v1_1_differences()
    {
        var actual = JsonNode.Parse(Inject(Path.Combine(s_fixtures!, "config-uid1000.json"), Path.Combine(s_fixtures!, "specs/edge"),
            new[] { "env", "hoststat", "dupdev", "mounts", "hooks" }.Select(d => "edge.example.com/test=" + d).ToArray()))!;
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(s_fixtures!, "expected", "edge-all-uid1000.json")))!;

        Assert.Equal(EnvironmentSeen(expected), EnvironmentSeen(actual));
        Assert.Equal(
            new[] { ("/dev/cdi-null", 438), ("/dev/cdi-zero", 438), ("/dev/null", 438) },
            FilledFileModes(actual, expected));
        foreach (var document in new[] { expected, actual })
        {
            document["process"]!["env"] = null;
        }
        foreach (var device in actual["linux"]!["devices"]!.AsArray())
        {
            var path = (string)device!["path"]!;
            if (expected["linux"]!["devices"]!.AsArray().Any(d => (string)d!["path"]! == path && d["fileMode"] is null))
            {
                device.AsObject().Remove("fileMode");
            }
        }
        AssertSameDocument(expected.ToJsonString(), actual.ToJsonString());
        AssertMountsStablySortedByDepth(actual.ToJsonString());
    }

    private static Dictionary<string, string> EnvironmentSeen(JsonNode document)
    {
        var seen = new Dictionary<string, string>();
        foreach (var entry in document["process"]!["env"]!.AsArray().Select(e => (string)e!))
        {
            var equals = entry.IndexOf('=');
            seen[entry[..equals]] = entry[(equals + 1)..];
        }
        return seen;
    }

    private static (string, int)[] FilledFileModes(JsonNode actual, JsonNode expected) =>
        actual["linux"]!["devices"]!.AsArray()
            .Where(d => d!["fileMode"] is not null
                && expected["linux"]!["devices"]!.AsArray().Any(e => (string)e!["path"]! == (string)d["path"]! && e["fileMode"] is null))
            .Select(d => ((string)d!["path"]!, (int)d["fileMode"]!))
            .ToArray();

    [SharedDataFact]
    public void A_failed_injection_leaves_the_oci_spec_unchanged()
    {
        var before = File.ReadAllText(Path.Combine(s_fixtures!, "config.json"));
        var oci = OciSpec.Read(System.Text.Encoding.UTF8.GetBytes(before));
        var spec = Spec.ReadFile(Path.Combine(s_fixtures!, "specs/large/nvidia.yaml"));
        var snapshot = oci.ToJson();

        var error = Assert.Throws<CdiInjectionException>(() => spec.Inject(oci, new[] { "0", "9", "nope" }));

        Assert.Contains("9, nope", error.Message);
        Assert.Equal(snapshot, oci.ToJson());
    }

    private static string Inject(string configPath, string specDirectory, IReadOnlyList<string> devices)
    {
        var specs = Directory.EnumerateFiles(specDirectory)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".json", StringComparison.Ordinal))
            .Select(Spec.ReadFile)
            .ToList();
        var oci = OciSpec.ReadFile(configPath);
        var batch = new OciEditBatch();
        foreach (var qualified in devices)
        {
            var name = CdiGen.Names.QualifiedDeviceName.Parse(qualified);
            var spec = specs.Single(s => s.Kind == name.Kind);
            Assert.True(spec.AddDeviceEdits(name.Name, batch), $"{qualified} not found");
        }
        batch.Apply(oci);
        return oci.ToJson();
    }

    private static void AssertSameDocument(string expected, string actual)
    {
        var left = Canonical(JsonNode.Parse(expected)!);
        var right = Canonical(JsonNode.Parse(actual)!);
        Assert.True(JsonNode.DeepEquals(left, right), $"documents differ\nexpected:\n{left}\nactual:\n{right}");
    }

    private static JsonNode Canonical(JsonNode document)
    {
        if (document["mounts"] is JsonArray mounts)
        {
            var ordered = mounts.Select(m => m!.DeepClone())
                .OrderBy(m => Depth((string)m["destination"]!))
                .ThenBy(m => (string)m["destination"]!, StringComparer.Ordinal)
                .ToArray();
            document["mounts"] = new JsonArray(ordered);
        }
        return document;
    }

    private static void AssertMountsStablySortedByDepth(string actual)
    {
        var depths = JsonNode.Parse(actual)!["mounts"]!.AsArray().Select(m => Depth((string)m!["destination"]!)).ToList();
        Assert.Equal(depths.Order(), depths);
    }

    // Depth as the sort counts it: separators of the cleaned path ("/opt/x/../y" is "/opt/y").
    private static int Depth(string destination)
    {
        var parts = new List<string>();
        foreach (var part in destination.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }
        return parts.Count;
    }
}
