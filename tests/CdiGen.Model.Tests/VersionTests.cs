namespace CdiGen.Model.Tests;

/// <summary>
/// The version table of DESIGN.md section 3, one row per versioned field and value rule,
/// checked at the boundary: just below `since` fails with CDI001, at `since` it validates.
/// </summary>
public class VersionTests
{
    private static Spec Base(string version) => new()
    {
        CdiVersion = version,
        Kind = "vendor.com/device",
        Devices = [new Device { Name = "dev0", ContainerEdits = new ContainerEdits { Env = ["A=1"] } }],
    };

    private static ContainerEdits Edits(Spec spec) => spec.Devices[0].ContainerEdits;

    private static readonly Dictionary<string, (string Path, string Feature, Action<Spec> Use)> s_features = new()
    {
        ["intelRdt"] = ("$.devices[0].containerEdits.intelRdt", "intelRdt", s => Edits(s).IntelRdt = new IntelRdt { ClosID = "clos0" }),
        ["additionalGids"] = ("$.devices[0].containerEdits.additionalGids", "additionalGids", s => Edits(s).AdditionalGids = [5]),
        ["spec additionalGids"] = ("$.containerEdits.additionalGids", "additionalGids", s => s.ContainerEdits = new ContainerEdits { AdditionalGids = [5] }),
        ["netDevices"] = ("$.devices[0].containerEdits.netDevices", "netDevices", s => Edits(s).NetDevices = [new NetDevice { HostInterfaceName = "eth0", Name = "net0" }]),
        // intelRdt itself needs 0.7.0, so the 1.1.0 fields are checked against 1.0.0.
        ["schemata"] = ("$.devices[0].containerEdits.intelRdt.schemata", "schemata", s => Edits(s).IntelRdt = new IntelRdt { Schemata = ["L3:0=ff"] }),
        ["enableMonitoring"] = ("$.devices[0].containerEdits.intelRdt.enableMonitoring", "enableMonitoring", s => Edits(s).IntelRdt = new IntelRdt { EnableMonitoring = true }),
        ["spec annotations"] = ("$.annotations", "annotations", s => s.Annotations = new() { ["vendor.com/a"] = "b" }),
        ["device annotations"] = ("$.devices[0].annotations", "annotations", s => s.Devices[0].Annotations = new() { ["vendor.com/a"] = "b" }),
        ["hostPath"] = ("$.devices[0].containerEdits.deviceNodes[0].hostPath", "hostPath", s => Edits(s).DeviceNodes = [new DeviceNode { Path = "/dev/x", HostPath = "/dev/y" }]),
        ["mount type"] = ("$.devices[0].containerEdits.mounts[0].type", "type", s => Edits(s).Mounts = [new Mount { HostPath = "/h", ContainerPath = "/c", Type = "bind" }]),
        ["digit-first device name"] = ("$.devices[0].name", "a device name that starts with a digit", s => s.Devices[0].Name = "0"),
        ["dotted class"] = ("$.kind", "a '.' in the class part of kind", s => s.Kind = "vendor.com/dev.class"),
    };

    public static TheoryData<string, string, string> Boundaries() => new()
    {
        // feature, version just below, since
        { "intelRdt", "0.6.0", "0.7.0" },
        { "additionalGids", "0.6.0", "0.7.0" },
        { "spec additionalGids", "0.6.0", "0.7.0" },
        { "netDevices", "1.0.0", "1.1.0" },
        { "schemata", "1.0.0", "1.1.0" },
        { "enableMonitoring", "1.0.0", "1.1.0" },
        { "spec annotations", "0.5.0", "0.6.0" },
        { "device annotations", "0.5.0", "0.6.0" },
        { "hostPath", "0.4.0", "0.5.0" },
        { "mount type", "0.3.0", "0.4.0" },
        { "digit-first device name", "0.4.0", "0.5.0" },
        { "dotted class", "0.5.0", "0.6.0" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void FieldIsRejectedJustBelowItsVersion(string feature, string below, string since)
    {
        var (path, name, use) = s_features[feature];
        var spec = Base(below);
        use(spec);

        var error = Assert.Single(spec.Validate());

        Assert.Equal(path, error.Path);
        Assert.Equal("CDI001", error.Code);
        Assert.Equal($"{name} requires cdiVersion {since} or later; this spec declares {below}", error.Message);
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void FieldIsAcceptedFromItsVersion(string feature, string below, string since)
    {
        var (_, _, use) = s_features[feature];
        var spec = Base(since);
        use(spec);

        Assert.Empty(spec.Validate());
        Assert.Equal(since, spec.MinimumRequiredVersion().ToString());
        Assert.True(CdiSpecVersion.Parse(below) < spec.MinimumRequiredVersion());
        Assert.Contains(spec.VersionRequirements(), r => r.Since == CdiSpecVersion.Parse(since));
    }

    [Theory]
    [InlineData("enableCMT")]
    [InlineData("enableMBM")]
    public void LegacyIntelRdtFieldsLiveFrom070To100(string field)
    {
        static Spec With(string version, string field)
        {
            var spec = Base(version);
            Edits(spec).IntelRdt = field == "enableCMT" ? new IntelRdt { EnableCMT = true } : new IntelRdt { EnableMBM = true };
            return spec;
        }

        Assert.Empty(With("0.7.0", field).Validate());
        Assert.Empty(With("1.0.0", field).Validate());
        Assert.Equal(CdiSpecVersion.V0_7_0, With("1.0.0", field).MinimumRequiredVersion());

        var error = Assert.Single(With("1.1.0", field).Validate());
        Assert.Equal(($"$.devices[0].containerEdits.intelRdt.{field}", "CDI002"), (error.Path, error.Code));
        Assert.Equal($"{field} was removed in cdiVersion 1.1.0; this spec declares 1.1.0", error.Message);
    }

    [Fact]
    public void SpecWithoutVersionedFeaturesNeeds030()
    {
        var spec = Base("1.1.0");
        Assert.Equal(CdiSpecVersion.V0_3_0, spec.MinimumRequiredVersion());
        Assert.Empty(spec.VersionRequirements());
        Assert.Empty(spec.Validate());
    }

    [Theory]
    [InlineData("0.9.0")]
    [InlineData("abc")]
    [InlineData("1.2.0")]
    [InlineData("0.5")]
    public void UnknownVersionIsCdi004(string version)
    {
        var error = Assert.Single(Base(version).Validate());
        Assert.Equal(("$.cdiVersion", "CDI004"), (error.Path, error.Code));
        Assert.Contains(version, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingVersionIsCdi004()
    {
        var error = Assert.Single(Base("").Validate());
        Assert.Equal(("$.cdiVersion", "CDI004"), (error.Path, error.Code));
    }

    [Theory]
    [InlineData("v0.5.0")]
    [InlineData("v1.1.0")]
    [InlineData("0.3.0")]
    [InlineData("0.8.0")]
    public void KnownVersionsAreAccepted(string version) => Assert.Empty(Base(version).Validate());

    [Fact]
    public void LeadingVIsAcceptedForVersionedFeatures()
    {
        var spec = Base("v0.5.0");
        spec.Devices[0].Name = "0";
        Assert.Empty(spec.Validate());
        spec.CdiVersion = "v0.4.0";
        Assert.Equal("CDI001", Assert.Single(spec.Validate()).Code);
    }

    [Theory]
    [InlineData("0.1.0")]
    [InlineData("0.2.0")]
    public void VersionBelowTheEarliestSupportedIsRejected(string version)
    {
        // Go: MinimumRequiredVersion is never below 0.3.0 and a spec that declares less is
        // invalid ("the spec version must be at least v0.3.0"); DESIGN.md section 3 says the same.
        var error = Assert.Single(Base(version).Validate());
        Assert.Equal("$.cdiVersion", error.Path);
    }

    [Fact]
    public void VersionTypeParsesComparesAndKnowsItsTable()
    {
        Assert.True(CdiSpecVersion.TryParse("v0.6.0", out var withV));
        Assert.Equal(CdiSpecVersion.V0_6_0, withV);
        Assert.False(CdiSpecVersion.TryParse("abc", out _));
        Assert.Equal(
            ["0.1.0", "0.2.0", "0.3.0", "0.4.0", "0.5.0", "0.6.0", "0.7.0", "0.8.0", "1.0.0", "1.1.0"],
            CdiSpecVersion.Known.Select(v => v.ToString()));
        Assert.Equal(CdiSpecVersion.V0_3_0, CdiSpecVersion.Minimum);
        Assert.Equal(CdiSpecVersion.V1_1_0, CdiSpecVersion.Latest);
        Assert.True(CdiSpecVersion.V0_8_0 < CdiSpecVersion.V1_0_0);
        Assert.True(CdiSpecVersion.V1_1_0 > CdiSpecVersion.V1_0_0);
        Assert.False(CdiSpecVersion.Parse("0.9.0").IsKnown);
    }
}
