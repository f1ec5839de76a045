namespace CdiGen.Model.Tests;

/// <summary>
/// The validation rules of DESIGN.md section 3, each breaking one rule in an otherwise valid
/// YAML spec and checking the single error's path and code.
/// </summary>
public class ValidationRuleTests
{
    private const string E = "$.devices[0].containerEdits";

    public static TheoryData<string, string, string, string> BrokenEdits() => new()
    {
        // rule, device edits (YAML, flow style), path, code
        { "env without '='", "env: [A=1, NOEQUALS]", E + ".env[1]", "CDI007" },
        { "env with empty key", "env: [=value]", E + ".env[0]", "CDI007" },
        { "device node without path", "deviceNodes: [{type: c, major: 1, minor: 3}]", E + ".deviceNodes[0].path", "CDI007" },
        { "device node with bad type", "deviceNodes: [{path: /dev/x, type: x}]", E + ".deviceNodes[0].type", "CDI007" },
        { "device node with bad permissions", "deviceNodes: [{path: /dev/x, permissions: rwx}]", E + ".deviceNodes[0].permissions", "CDI007" },
        { "permissions none plus letters", "deviceNodes: [{path: /dev/x, permissions: nonerw}]", E + ".deviceNodes[0].permissions", "CDI007" },
        { "hook with unknown name", "hooks: [{hookName: preStart, path: /bin/h}]", E + ".hooks[0].hookName", "CDI007" },
        { "hook with empty path", "hooks: [{hookName: prestart, path: \"\"}]", E + ".hooks[0].path", "CDI007" },
        { "hook with bad env", "hooks: [{hookName: prestart, path: /bin/h, env: [NOEQUALS]}]", E + ".hooks[0].env[0]", "CDI007" },
        { "mount without containerPath", "mounts: [{hostPath: /h}]", E + ".mounts[0].containerPath", "CDI007" },
        { "intelRdt closID with '/'", "intelRdt: {closID: a/b}", E + ".intelRdt.closID", "CDI007" },
        { "intelRdt closID '..'", "intelRdt: {closID: ..}", E + ".intelRdt.closID", "CDI007" },
        { "netDevice without hostInterfaceName", "netDevices: [{name: net0}]", E + ".netDevices[0].hostInterfaceName", "CDI007" },
        { "netDevice without name", "netDevices: [{hostInterfaceName: eth0}]", E + ".netDevices[0].name", "CDI007" },
        { "duplicate host interface", "netDevices: [{hostInterfaceName: eth0, name: a}, {hostInterfaceName: eth0, name: b}]", E + ".netDevices[1].hostInterfaceName", "CDI007" },
        { "duplicate container interface", "netDevices: [{hostInterfaceName: eth0, name: a}, {hostInterfaceName: eth1, name: a}]", E + ".netDevices[1].name", "CDI007" },
        { "empty device edits", "{}", E, "CDI009" },
    };

    [Theory]
    [MemberData(nameof(BrokenEdits))]
    public void BrokenEditIsReportedAtItsPath(string rule, string edits, string path, string code)
    {
        var yaml = (edits == "{}" ? Yaml.Minimal.Replace("  containerEdits:\n    env: [A=1]", "  containerEdits: {}", StringComparison.Ordinal) : Yaml.With(edits))
            .Replace("cdiVersion: \"0.7.0\"", "cdiVersion: \"1.1.0\"", StringComparison.Ordinal);
        Assert.Contains(edits, yaml, StringComparison.Ordinal);

        var errors = Yaml.Read(yaml).Validate();

        var error = Assert.Single(errors);
        Assert.True((path, code) == (error.Path, error.Code), $"{rule}: expected {code} at {path}, got {error.Code} at {error.Path}: {error.Message}");
        Assert.NotEmpty(error.Message);
    }

    [Theory]
    [InlineData("intelRdt: {closID: /}")]
    [InlineData("intelRdt: {closID: clos-1}")]
    [InlineData("deviceNodes: [{path: /dev/a, permissions: rwm}, {path: /dev/b, permissions: none}, {path: /dev/c, permissions: \"\"}]")]
    [InlineData("netDevices: [{hostInterfaceName: eth0, name: a}, {hostInterfaceName: eth1, name: b}]")]
    public void ValidEditsPass(string edits)
    {
        var errors = Yaml.Read(Yaml.With(edits).Replace("\"0.7.0\"", "\"1.1.0\"", StringComparison.Ordinal)).Validate();
        Assert.True(errors.Count == 0, string.Join("; ", errors));
    }

    [Theory]
    [InlineData("intelRdt: {}")]
    [InlineData("intelRdt: {closID: \"\"}")]
    public void DeviceWhoseOnlyEditIsAnIntelRdtIsNotEmpty(string edits)
    {
        // Go: ContainerEdits.isEmpty() is false when IntelRdt != nil, and the spec needs 0.7.0
        // for it (MinimumRequiredVersion agrees here); so this device is valid at 0.7.0.
        var spec = Yaml.Read(Yaml.With(edits));
        Assert.NotNull(spec.Devices[0].ContainerEdits.IntelRdt);
        Assert.Equal(CdiSpecVersion.V0_7_0, spec.MinimumRequiredVersion());
        var errors = spec.Validate();
        Assert.True(errors.Count == 0, string.Join("; ", errors));
    }

    public static TheoryData<string, string, string, string, string> BrokenSpecs() => new()
    {
        // rule, kind, device name, path, code
        { "kind without '/'", "vendor.com", "dev0", "$.kind", "CDI005" },
        { "vendor starting with a digit", "1vendor.com/device", "dev0", "$.kind", "CDI005" },
        { "class ending with '-'", "vendor.com/device-", "dev0", "$.kind", "CDI005" },
        { "class with '/'", "vendor.com/dev/ice", "dev0", "$.kind", "CDI005" },
        { "device name with '/'", "vendor.com/device", "dev/0", "$.devices[0].name", "CDI006" },
        { "device name ending with '-'", "vendor.com/device", "dev0-", "$.devices[0].name", "CDI006" },
        { "device name with '='", "vendor.com/device", "dev=0", "$.devices[0].name", "CDI006" },
        { "empty device name", "vendor.com/device", "\"\"", "$.devices[0].name", "CDI006" },
    };

    [Theory]
    [MemberData(nameof(BrokenSpecs))]
    public void BrokenNameIsReportedAtItsPath(string rule, string kind, string name, string path, string code)
    {
        var yaml = Yaml.With("env: [A=1]", kind: kind).Replace("- name: dev0", $"- name: {name}", StringComparison.Ordinal);
        var error = Assert.Single(Yaml.Read(yaml).Validate());
        Assert.True((path, code) == (error.Path, error.Code), $"{rule}: expected {code} at {path}, got {error.Code} at {error.Path}: {error.Message}");
    }

    [Fact]
    public void DuplicateDeviceNameIsCdi006()
    {
        var yaml = Yaml.Minimal + "- name: dev0\n  containerEdits:\n    env: [B=2]\n";
        var error = Assert.Single(Yaml.Read(yaml).Validate());
        Assert.Equal(("$.devices[1].name", "CDI006"), (error.Path, error.Code));
    }

    [Theory]
    [InlineData("devices: []\n")]
    [InlineData("")]
    public void NoDevicesIsCdi006(string devices)
    {
        var yaml = "cdiVersion: \"0.3.0\"\nkind: vendor.com/device\ncontainerEdits:\n  env: [A=1]\n" + devices;
        var error = Assert.Single(Yaml.Read(yaml).Validate());
        Assert.Equal(("$.devices", "CDI006"), (error.Path, error.Code));
    }

    [Fact]
    public void DeviceWithoutEditsIsCdi009()
    {
        var error = Assert.Single(Yaml.Read("cdiVersion: \"0.3.0\"\nkind: vendor.com/device\ndevices:\n- name: dev0\n").Validate());
        Assert.Equal(("$.devices[0].containerEdits", "CDI009"), (error.Path, error.Code));
    }

    [Fact]
    public void MissingKindIsCdi005()
    {
        var error = Assert.Single(Yaml.Read("cdiVersion: \"0.3.0\"\ndevices:\n- name: dev0\n  containerEdits:\n    env: [A=1]\n").Validate());
        Assert.Equal(("$.kind", "CDI005"), (error.Path, error.Code));
    }

    [Fact]
    public void SpecLevelEditsAreValidatedToo()
    {
        var yaml = Yaml.Minimal + "containerEdits:\n  env: [NOEQUALS]\n  mounts: [{hostPath: /h}]\n";
        var errors = Yaml.Read(yaml).Validate();
        Assert.Equal(
            [("$.containerEdits.env[0]", "CDI007"), ("$.containerEdits.mounts[0].containerPath", "CDI007")],
            errors.Select(e => (e.Path, e.Code)));
    }
}
