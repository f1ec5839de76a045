using CdiGen.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CdiGen.Analyzers.Tests;

/// <summary>CDI001, CDI002, CDI004 and CDI012: the declared cdiVersion against what the file uses.</summary>
public sealed class VersionRuleTests
{
    [Fact]
    public Task AdditionalGids_under_0_5_0_is_CDI001_on_the_key()
    {
        var markup = """
            cdiVersion: "0.5.0"
            kind: vendor.com/gpu
            devices:
              - name: gpu0
                containerEdits:
                  {|#0:additionalGids|}: [44]
            """;
        return SpecFileTest.VerifyAsync("/p/cdi/legacy.cdi.yaml", markup,
            new DiagnosticResult(CdiDiagnostics.NeedsNewerVersion).WithLocation(0)
                .WithMessage("additionalGids requires cdiVersion 0.7.0 or later; this spec declares 0.5.0"));
    }

    [Fact]
    public Task AdditionalGids_under_0_5_0_in_JSON_is_CDI001_on_the_key()
    {
        var markup = """
            {
              "cdiVersion": "0.5.0",
              "kind": "vendor.com/gpu",
              "devices": [
                { "name": "gpu0", "containerEdits": { {|#0:"additionalGids"|}: [44] } }
              ]
            }
            """;
        return SpecFileTest.VerifyAsync("/p/vendor.cdi.json", markup,
            new DiagnosticResult(CdiDiagnostics.NeedsNewerVersion).WithLocation(0)
                .WithMessage("additionalGids requires cdiVersion 0.7.0 or later; this spec declares 0.5.0"));
    }

    [Fact]
    public Task A_device_named_with_a_digit_first_under_0_4_0_is_CDI001_on_the_name()
    {
        var markup = """
            cdiVersion: 0.4.0
            kind: vendor.com/gpu
            devices:
              - name: {|#0:"0"|}
                containerEdits:
                  env: [A=1]
            """;
        return SpecFileTest.VerifyAsync("/p/a.cdi.yaml", markup,
            new DiagnosticResult(CdiDiagnostics.NeedsNewerVersion).WithLocation(0)
                .WithMessage("a device name that starts with a digit requires cdiVersion 0.5.0 or later; this spec declares 0.4.0"));
    }

    [Fact]
    public Task A_dot_in_the_class_under_0_5_0_is_CDI001_on_the_kind()
    {
        var markup = """
            cdiVersion: 0.5.0
            kind: {|#0:vendor.com/a.b|}
            devices:
              - name: d
                containerEdits:
                  env: [A=1]
            """;
        return SpecFileTest.VerifyAsync("/p/a.cdi.yaml", markup,
            new DiagnosticResult(CdiDiagnostics.NeedsNewerVersion).WithLocation(0)
                .WithMessage("a '.' in the class part of kind requires cdiVersion 0.6.0 or later; this spec declares 0.5.0"));
    }

    [Fact]
    public Task EnableCMT_under_1_1_0_is_CDI002_and_schemata_under_1_0_0_is_CDI001()
    {
        var removed = """
            cdiVersion: 1.1.0
            kind: vendor.com/rdt
            devices:
              - name: d
                containerEdits:
                  intelRdt:
                    closID: group
                    schemata: [L3:0=f]
                    {|#0:enableCMT|}: true
            """;
        var tooNew = """
            cdiVersion: 1.0.0
            kind: vendor.com/rdt
            devices:
              - name: d
                containerEdits:
                  intelRdt:
                    closID: group
                    {|#0:schemata|}: [L3:0=f]
            """;
        return Task.WhenAll(
            SpecFileTest.VerifyAsync("/p/removed.cdi.yaml", removed,
                new DiagnosticResult(CdiDiagnostics.RemovedInVersion).WithLocation(0)
                    .WithMessage("enableCMT was removed in cdiVersion 1.1.0; this spec declares 1.1.0")),
            SpecFileTest.VerifyAsync("/p/new.cdi.yaml", tooNew,
                new DiagnosticResult(CdiDiagnostics.NeedsNewerVersion).WithLocation(0)
                    .WithMessage("schemata requires cdiVersion 1.1.0 or later; this spec declares 1.0.0")));
    }

    [Theory]
    [InlineData("\"0.9.0\"", "cdiVersion 0.9.0 is not a known CDI version (known: 0.1.0, 0.2.0, 0.3.0, 0.4.0, 0.5.0, 0.6.0, 0.7.0, 0.8.0, 1.0.0, 1.1.0)")]
    [InlineData("1.0", "cdiVersion \"1.0\" is not a version of the form major.minor.patch (YAML reads the unquoted 1.0 as \"1\"; quote it)")]
    [InlineData("latest", "cdiVersion \"latest\" is not a version of the form major.minor.patch")]
    public Task A_malformed_or_unknown_version_is_CDI004_on_the_value(string version, string message)
    {
        var test = new SpecFileTest("/p/a.cdi.yaml", $$"""
            cdiVersion: {|#0:{{version}}|}
            kind: vendor.com/gpu
            devices:
              - name: d
                containerEdits:
                  env: [A=1]
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(CdiDiagnostics.BadVersion).WithLocation(0).WithMessage(message));
        if (version == "1.0")
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult(CdiDiagnostics.LenientGoPath).WithLocation(0)
                .WithMessage("the unquoted value 1.0 of cdiVersion is read by YAML 1.1 as \"1\"; quote it; Go-based runtimes accept it, other implementations reject or read it differently"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task A_missing_version_is_CDI004()
    {
        var markup = """
            {|#0:kind|}: vendor.com/gpu
            devices:
              - name: d
                containerEdits:
                  env: [A=1]
            """;
        return SpecFileTest.VerifyAsync("/p/a.cdi.yaml", markup,
            new DiagnosticResult(CdiDiagnostics.BadVersion).WithLocation(0).WithMessage("the spec is missing the required field cdiVersion"));
    }

    [Fact]
    public Task A_version_higher_than_needed_is_CDI012_info()
    {
        var markup = """
            cdiVersion: {|#0:"1.1.0"|}
            kind: vendor.com/gpu
            devices:
              - name: gpu0
                containerEdits:
                  additionalGids: [44]
            """;
        return SpecFileTest.VerifyAsync("/p/a.cdi.yaml", markup,
            new DiagnosticResult(CdiDiagnostics.VersionHigherThanNeeded).WithLocation(0)
                .WithMessage("This spec declares cdiVersion 1.1.0 but needs only 0.7.0; runtimes built with older CDI libraries reject versions they do not know"));
    }

    [Fact]
    public Task An_empty_versioned_field_still_needs_its_version()
    {
        // The runtime's MinimumRequiredVersion (Go's rule) skips empty values, but a runtime
        // built with an older library decodes strictly and refuses the key itself: goref's
        // v0.5.2 fails this file with 'unknown field "additionalGids"'.
        var markup = """
            cdiVersion: "0.5.0"
            kind: vendor.com/gpu
            devices:
              - name: gpu0
                containerEdits:
                  {|#0:additionalGids|}: []
            """;
        return SpecFileTest.VerifyAsync("/p/a.cdi.yaml", markup,
            new DiagnosticResult(CdiDiagnostics.NeedsNewerVersion).WithLocation(0)
                .WithMessage("additionalGids requires cdiVersion 0.7.0 or later; this spec declares 0.5.0"));
    }

    [Fact]
    public Task The_lowest_version_that_works_gives_no_diagnostic()
    {
        var markup = """
            cdiVersion: "0.7.0"
            kind: vendor.com/gpu
            annotations:
              vendor.com/owner: team-a
            devices:
              - name: gpu0
                annotations:
                  note: "yes"
                containerEdits:
                  env: [A=1]
                  additionalGids: [44]
                  deviceNodes:
                    - path: /dev/gpu0
                      hostPath: /dev/gpu0
                      type: c
                      permissions: rw
                      fileMode: 416
            containerEdits:
              mounts:
                - hostPath: /lib
                  containerPath: /lib
                  type: bind
              hooks:
                - hookName: createContainer
                  path: /bin/hook
            """;
        return SpecFileTest.VerifyAsync("/p/good.cdi.yaml", markup);
    }
}
