using CsCheck;

namespace CdiGen.Cli.Tests;

/// <summary>
/// The spec-file analyzer (<c>cdi lint</c>: CDI001, CDI012) and the runtime's
/// MinimumRequiredVersion (<c>cdi minver</c>) judge a spec's version alike, for any mix of
/// versioned fields left out, present but empty, or used, under any declared version. They
/// differ on purpose in one way: minver, like Go's rule, skips empty values, while the
/// analyzer counts a versioned key even when empty, because a runtime with an older library
/// decodes strictly and refuses the key itself. So the analyzer may ask for more, never less.
/// </summary>
public sealed class VersionAgreementTests
{
    private static readonly string[] s_versions = ["0.3.0", "0.4.0", "0.5.0", "0.6.0", "0.7.0", "0.8.0", "1.0.0", "1.1.0"];

    // Each versioned field as the YAML lines of a device (indented for the device's mapping):
    // absent, present but empty, or used.
    private static readonly string[][] s_fieldForms =
    [
        ["", "    containerEdits:\n      additionalGids: []\n", "    containerEdits:\n      additionalGids: [44]\n"],
        ["", "    annotations: {}\n", "    annotations: {note: x}\n"],
        ["", "    containerEdits:\n      netDevices: []\n", "    containerEdits:\n      netDevices: [{hostInterfaceName: eth9, name: net0}]\n"],
        ["", "    containerEdits:\n      deviceNodes: [{path: /dev/x, hostPath: \"\"}]\n", "    containerEdits:\n      deviceNodes: [{path: /dev/x, hostPath: /dev/y}]\n"],
        ["", "    containerEdits:\n      mounts: [{hostPath: /a, containerPath: /b, type: \"\"}]\n", "    containerEdits:\n      mounts: [{hostPath: /a, containerPath: /b, type: bind}]\n"],
        ["", "    containerEdits:\n      intelRdt: {enableMonitoring: false}\n", "    containerEdits:\n      intelRdt: {enableMonitoring: true}\n"],
    ];

    [Fact]
    public void Lint_and_minver_agree_on_the_version_a_spec_needs()
    {
        using var directory = new TempDirectory();
        var forms = Gen.Int[0, 2].Array[s_fieldForms.Length];
        // One device per field, so that edits of different fields never share a mapping.
        Gen.Select(Gen.Int[0, s_versions.Length - 1], forms).Sample((versionIndex, chosen) =>
        {
            var declared = s_versions[versionIndex];
            var yaml = $"cdiVersion: \"{declared}\"\nkind: vendor.com/gpu\ndevices:\n";
            for (int field = 0; field < s_fieldForms.Length; field++)
            {
                yaml += $"  - name: d{field}\n" + (chosen[field] == 0 ? "    containerEdits:\n      env: [A=1]\n" : s_fieldForms[field][chosen[field]]);
            }
            var file = directory.File("spec.yaml", yaml);

            var minver = Cli.Run("minver", file);
            Assert.Equal(0, minver.ExitCode);
            var needed = new Version(minver.Output.Trim());
            var lint = Cli.Run("lint", file).Output;

            var context = $"declared {declared}, minver {needed}, lint:\n{lint}\n{yaml}";
            bool cdi001 = lint.Contains("CDI001", StringComparison.Ordinal);
            bool cdi012 = lint.Contains("CDI012", StringComparison.Ordinal);
            // Never less than the runtime: a version the runtime refuses is always CDI001, and
            // CDI012 never suggests going below what the runtime needs.
            Assert.True(new Version(declared) >= needed || cdi001, context);
            Assert.True(!cdi012 || new Version(declared) > needed, context);
            if (!chosen.Contains(1))
            {
                // Without empty values the two rules are the same rule.
                Assert.True((new Version(declared) < needed) == cdi001, context);
                Assert.True((new Version(declared) > needed) == cdi012, context);
            }
        }, iter: 300, threads: 1);
    }
}
