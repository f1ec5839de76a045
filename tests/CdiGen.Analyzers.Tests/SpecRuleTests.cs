using CdiGen.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CdiGen.Analyzers.Tests;

/// <summary>CDI003 and CDI005 to CDI011: unknown fields, names, edits, types and annotations.</summary>
public sealed class SpecRuleTests
{
    private const string Path = "/p/cdi/vendor.yaml";

    [Fact]
    public Task A_typo_is_CDI003_with_did_you_mean()
    {
        var markup = """
            cdiVersion: 0.3.0
            kind: vendor.com/gpu
            devices:
              - name: gpu0
                containerEdits:
                  env: [A=1]
                  {|#0:additionalGid|}: [44]
            """;
        return SpecFileTest.VerifyAsync(Path, markup,
            new DiagnosticResult(CdiDiagnostics.UnknownField).WithLocation(0)
                .WithMessage("unknown field 'additionalGid' in ContainerEdits; did you mean 'additionalGids'?"));
    }

    [Fact]
    public Task An_unrelated_unknown_field_lists_the_known_ones()
    {
        var markup = """
            cdiVersion: 0.3.0
            kind: vendor.com/gpu
            {|#0:zzz|}: 1
            devices:
              - name: gpu0
                containerEdits:
                  env: [A=1]
            """;
        return SpecFileTest.VerifyAsync(Path, markup,
            new DiagnosticResult(CdiDiagnostics.UnknownField).WithLocation(0)
                .WithMessage("unknown field 'zzz' in the spec; known fields: cdiVersion, kind, annotations, devices, containerEdits"));
    }

    [Fact]
    public Task An_invalid_kind_is_CDI005_with_the_runtime_message()
    {
        var markup = """
            cdiVersion: 0.3.0
            kind: {|#0:vendor.com|}
            devices:
              - name: gpu0
                containerEdits:
                  env: [A=1]
            """;
        return SpecFileTest.VerifyAsync(Path, markup,
            new DiagnosticResult(CdiDiagnostics.BadKind).WithLocation(0)
                .WithMessage("invalid kind \"vendor.com\": expected vendor/class, e.g. \"vendor.com/gpu\""));
    }

    [Fact]
    public Task Invalid_duplicate_and_missing_devices_are_CDI006()
    {
        var invalidAndDuplicate = """
            cdiVersion: 0.3.0
            kind: vendor.com/gpu
            devices:
              - name: {|#0:gpu_|}
                containerEdits:
                  env: [A=1]
              - name: {|#1:a|}
                containerEdits:
                  env: [A=1]
              - name: {|#2:a|}
                containerEdits:
                  env: [A=1]
            """;
        var none = """
            cdiVersion: 0.3.0
            kind: vendor.com/gpu
            {|#0:devices|}: []
            """;
        return Task.WhenAll(
            SpecFileTest.VerifyAsync(Path, invalidAndDuplicate,
                new DiagnosticResult(CdiDiagnostics.BadDevices).WithLocation(0).WithMessage("invalid device name \"gpu_\": must end with a letter or digit"),
                new DiagnosticResult(CdiDiagnostics.BadDevices).WithLocation(2).WithLocation(1).WithMessage("duplicate name \"a\" in devices")),
            SpecFileTest.VerifyAsync(Path, none,
                new DiagnosticResult(CdiDiagnostics.BadDevices).WithLocation(0).WithMessage("devices must have at least 1 item")));
    }

    [Fact]
    public Task Invalid_edits_are_CDI007()
    {
        var markup = """
            cdiVersion: 1.1.0
            kind: vendor.com/nic
            devices:
              - name: nic0
                containerEdits:
                  env: [{|#0:"=x"|}]
                  deviceNodes:
                    - path: /dev/x
                      type: {|#1:z|}
                      permissions: {|#2:rx|}
                  mounts:
                    - hostPath: {|#3:""|}
                      containerPath: /m
                  hooks:
                    - hookName: {|#4:prestop|}
                      path: /bin/h
                  intelRdt:
                    closID: {|#5:a/b|}
                  netDevices:
                    - hostInterfaceName: {|#7:eth0|}
                      name: ctr0
                    - hostInterfaceName: {|#6:eth0|}
                      name: ctr1
            """;
        return SpecFileTest.VerifyAsync(Path, markup,
            new DiagnosticResult(CdiDiagnostics.BadEdits).WithLocation(0).WithMessage("invalid environment variable \"=x\": the name before '=' must not be empty"),
            new DiagnosticResult(CdiDiagnostics.BadEdits).WithLocation(1).WithMessage("invalid type \"z\": must be one of \"\", \"b\", \"c\", \"u\", \"p\""),
            new DiagnosticResult(CdiDiagnostics.BadEdits).WithLocation(2).WithMessage("invalid permissions \"rx\": must match ^(none|[rwm]*)$"),
            new DiagnosticResult(CdiDiagnostics.BadEdits).WithLocation(3).WithMessage("hostPath must not be empty"),
            new DiagnosticResult(CdiDiagnostics.BadEdits).WithLocation(4).WithMessage("invalid hookName \"prestop\": must be one of \"prestart\", \"createRuntime\", \"createContainer\", \"startContainer\", \"poststart\", \"poststop\""),
            new DiagnosticResult(CdiDiagnostics.BadEdits).WithLocation(5).WithMessage("invalid intelRdt closID \"a/b\": must be a file name without '/' (or exactly \"/\" for the root CLOS)"),
            new DiagnosticResult(CdiDiagnostics.BadEdits).WithLocation(6).WithLocation(7).WithMessage("duplicate hostInterfaceName \"eth0\" in netDevices"));
    }

    [Fact]
    public Task A_zero_gid_is_a_CDI008_warning()
    {
        var markup = """
            cdiVersion: 0.7.0
            kind: vendor.com/gpu
            devices:
              - name: gpu0
                containerEdits:
                  additionalGids: [44, {|#0:0|}]
            """;
        return SpecFileTest.VerifyAsync(Path, markup,
            new DiagnosticResult(CdiDiagnostics.ZeroGid).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("additionalGids contains 0, which runtimes ignore"));
    }

    [Fact]
    public Task Empty_or_missing_device_edits_are_CDI009()
    {
        var markup = """
            cdiVersion: 0.3.0
            kind: vendor.com/gpu
            devices:
              - name: gpu0
                {|#0:containerEdits|}: {}
              - {|#1:name|}: gpu1
            """;
        return SpecFileTest.VerifyAsync(Path, markup,
            new DiagnosticResult(CdiDiagnostics.EmptyEdits).WithLocation(0).WithMessage("containerEdits must not be empty"),
            new DiagnosticResult(CdiDiagnostics.EmptyEdits).WithLocation(1).WithMessage("Device is missing the required field containerEdits"));
    }

    [Fact]
    public Task Bad_syntax_types_and_ranges_are_CDI010()
    {
        var types = """
            cdiVersion: 0.7.0
            kind: vendor.com/gpu
            devices:
              - name: gpu0
                containerEdits:
                  additionalGids: [{|#0:4294967296|}, {|#1:"44"|}]
                  env: {|#2:A=1|}
            """;
        var syntax = "cdiVersion: 0.3.0\nkind: [\n{|#0:|}";
        return Task.WhenAll(
            SpecFileTest.VerifyAsync(Path, types,
                new DiagnosticResult(CdiDiagnostics.BadSyntaxOrType).WithLocation(0).WithMessage("additionalGids 4294967296 is out of range (0 to 4294967295)"),
                new DiagnosticResult(CdiDiagnostics.BadSyntaxOrType).WithLocation(1).WithMessage("additionalGids must be an integer, not \"44\" (quoted, so a string)"),
                new DiagnosticResult(CdiDiagnostics.BadSyntaxOrType).WithLocation(2).WithMessage("env must be a list")),
            SpecFileTest.VerifyAsync("/p/broken.cdi.yaml", syntax,
                new DiagnosticResult(CdiDiagnostics.BadSyntaxOrType).WithLocation(0)
                    .WithMessage("the file is not valid YAML or JSON: While parsing a node, did not find expected node content.")));
    }

    // What Go's reader refuses where YamlDotNet reads it, each reported as CDI010 where it stands:
    // a control character (anywhere, here in a comment), an unquoted flow value, the \/ escape.
    [Theory]
    [InlineData("# note {|#0:\u0001|}\ndevices:\n  - name: gpu0\n    containerEdits:\n      env: [A=1]\n",
        "control character U+0001 is not allowed in YAML text")]
    [InlineData("devices:\n  - name: gpu0\n    containerEdits:\n      env: [A=1, {|#0:B=2?|}]\n",
        "'?' ends an unquoted value inside [ ] or { } for Go's YAML reader, which CDI runtimes use; quote the value")]
    [InlineData("devices:\n  - name: gpu0\n    containerEdits:\n      deviceNodes:\n        - path: {|#0:\"\\/dev\\/gpu0\"|}\n",
        "the escape \\/ is not allowed: Go's YAML reader, which CDI runtimes use for JSON files too, does not know it; write / instead")]
    public Task Text_Go_refuses_and_YamlDotNet_reads_is_CDI010_where_it_stands(string rest, string reason) =>
        SpecFileTest.VerifyAsync(Path, "cdiVersion: 0.3.0\nkind: vendor.com/gpu\n" + rest,
            new DiagnosticResult(CdiDiagnostics.BadSyntaxOrType).WithLocation(0).WithMessage("the file is not valid YAML or JSON: " + reason));

    [Fact]
    public Task An_empty_list_item_is_a_CDI013_warning_like_tilde()
    {
        var markup = "cdiVersion: 0.3.0\nkind: vendor.com/gpu\ndevices:\n  - name: gpu0\n    containerEdits:\n      hooks:\n        - hookName: createContainer\n          path: /bin/hook\n          args:\n            - hook\n            -{|#0:|}\n            - {|#1:~|}\n";
        return SpecFileTest.VerifyAsync(Path, markup,
            new DiagnosticResult(CdiDiagnostics.LenientGoPath).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("an empty item of args is null, which Go reads as \"\"; write \"\" or remove it; Go-based runtimes accept it, other implementations reject or read it differently"),
            new DiagnosticResult(CdiDiagnostics.LenientGoPath).WithLocation(1).WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("the unquoted value ~ of args is read by YAML 1.1 as \"\"; quote it; Go-based runtimes accept it, other implementations reject or read it differently"));
    }

    [Fact]
    public Task An_annotation_key_invalid_for_Kubernetes_is_a_CDI011_warning()
    {
        var markup = """
            cdiVersion: 0.6.0
            kind: vendor.com/gpu
            annotations:
              {|#0:"bad key!"|}: x
            devices:
              - name: gpu0
                containerEdits:
                  env: [A=1]
            """;
        return SpecFileTest.VerifyAsync(Path, markup,
            new DiagnosticResult(CdiDiagnostics.BadAnnotation).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("invalid annotation key \"bad key!\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', 'my.name' or '123-abc'); Go-based runtimes accept it, the Rust implementation rejects it"));
    }
}
