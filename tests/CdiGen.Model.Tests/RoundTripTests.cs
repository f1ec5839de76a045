using System.Text;
using CdiGen.Serialization;
using CdiGen.Validation;

namespace CdiGen.Model.Tests;

/// <summary>
/// Real inputs: the Go reference's good fixtures and the real-world corpus. Valid ones must read,
/// validate and survive JSON and YAML round trips; the others must be rejected where Go rejects them.
/// </summary>
public class RoundTripTests
{
    /// <summary>How a file ends: it is valid, or reading it fails, or it reads but does not validate.</summary>
    public enum Outcome { Valid, RejectedAtRead, RejectedAtValidate }

    /// <summary>
    /// Every file where CdiGen's outcome differs from the Go reference's (index: real-index.json),
    /// and why. Everything not listed here must end exactly as it does in Go.
    /// </summary>
    private static readonly Dictionary<string, (Outcome Ours, string Reason)> s_disagreements = new()
    {
        ["cncf-tags__container-device-interface-rs__tests_fixtures_cdi-v1.0-legacy-intel-rdt.yaml"] = (Outcome.Valid,
            "Go's IntelRdt type has no enableCMT/enableMBM, so Go rejects the field as unknown; CDI spec 0.7.0 to 1.0.0 defines them " +
            "(DESIGN.md section 3) and the Rust port accepts them at 1.0.0, so CdiGen does too."),
        ["cncf-tags__container-device-interface-rs__tests_fixtures_cdi-v1.1-legacy-intel-rdt.yaml"] = (Outcome.RejectedAtValidate,
            "Both reject. Go fails at parse (unknown field enableCMT); CdiGen knows the field and rejects it at validate (CDI002, removed in 1.1.0)."),
    };

    public static IEnumerable<object[]> GoFixtures() => SharedData.GoodGoFixtures().Select(file => new object[] { file });

    public static IEnumerable<object[]> CorpusFiles() => SharedData.CorpusEntries().Select(entry => new object[] { entry.File });

    [SharedDataTheory]
    [MemberData(nameof(GoFixtures))]
    public void GoFixtureIsValidAndRoundTrips(string file)
    {
        var spec = Spec.ReadFile(Path.Combine(SharedData.GoSpecs, file));

        Assert.Empty(spec.Validate());
        AssertRoundTrips(spec);
    }

    [SharedDataTheory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusFileEndsAsInGo(string file)
    {
        var entry = SharedData.CorpusEntries().Single(e => e.File == file);
        var goOutcome = !entry.GoValid ? (entry.GoErrorStage == "validate" ? Outcome.RejectedAtValidate : Outcome.RejectedAtRead) : Outcome.Valid;
        var expected = s_disagreements.TryGetValue(file, out var disagreement) ? disagreement.Ours : goOutcome;

        var (actual, spec, detail) = Load(Path.Combine(SharedData.Corpus, file));

        Assert.True(expected == actual, $"{file}: expected {expected}, got {actual} ({detail}); Go: {goOutcome} {entry.GoError}");
        if (actual == Outcome.Valid)
        {
            AssertRoundTrips(spec!);
            if (entry.GoValid)
            {
                Assert.Equal(entry.GoMinimumVersion, spec!.MinimumRequiredVersion().ToString());
            }
        }
    }

    [Fact]
    public void EveryDisagreementNamesAFileAndAReason()
    {
        // The table must not go stale: each entry says why, and differs from Go or explains a different cause.
        Assert.All(s_disagreements, pair => Assert.True(pair.Value.Reason.Length > 20, pair.Key));
        if (SharedData.Present)
        {
            Assert.All(s_disagreements.Keys, file => Assert.Contains(SharedData.CorpusEntries(), entry => entry.File == file));
        }
    }

    [Fact]
    public void EqualityNoticesADifference()
    {
        // Round trips compare with Equals; make sure it is not trivially true.
        var a = Spec.ReadYaml(Yaml.Minimal);
        var b = Spec.ReadYaml(Yaml.Minimal);
        Assert.Equal(a, b);
        b.Devices[0].ContainerEdits.Env![0] = "A=2";
        Assert.NotEqual(a, b);
        b = Spec.ReadYaml(Yaml.Minimal);
        b.Devices[0].ContainerEdits.DeviceNodes = [new DeviceNode { Path = "/dev/x", FileMode = 416 }];
        Assert.NotEqual(a, b);
    }

    private static (Outcome Outcome, Spec? Spec, string Detail) Load(string path)
    {
        Spec spec;
        try
        {
            spec = Spec.ReadFile(path);
        }
        catch (CdiFormatException error)
        {
            return (Outcome.RejectedAtRead, null, error.Message);
        }
        IReadOnlyList<CdiValidationError> errors = spec.Validate();
        return errors.Count == 0
            ? (Outcome.Valid, spec, "no errors")
            : (Outcome.RejectedAtValidate, spec, string.Join("; ", errors.Select(e => $"{e.Code} {e}")));
    }

    internal static void AssertRoundTrips(Spec spec)
    {
        var json = spec.ToJson();
        var fromJson = Spec.ReadJson(Encoding.UTF8.GetBytes(json));
        Assert.Equal(spec, fromJson);
        Assert.Equal(json, fromJson.ToJson());

        var compact = Spec.ReadJson(Encoding.UTF8.GetBytes(spec.ToJson(indented: false)));
        Assert.Equal(spec, compact);

        var yaml = spec.ToYaml();
        var fromYaml = Spec.ReadYaml(yaml);
        Assert.Equal(spec, fromYaml);
        Assert.Equal(yaml, fromYaml.ToYaml());
    }
}
