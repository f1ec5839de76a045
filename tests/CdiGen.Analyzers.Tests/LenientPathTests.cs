using CdiGen.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CdiGen.Analyzers.Tests;

/// <summary>CDI013: what only Go's lenient reading accepts.</summary>
public sealed class LenientPathTests
{
    private const string Suffix = "; Go-based runtimes accept it, other implementations reject or read it differently";

    [Fact]
    public Task A_key_matched_case_insensitively_is_CDI013_in_JSON()
    {
        var markup = """
            {
              "cdiVersion": "0.3.0",
              "kind": "vendor.com/gpu",
              "devices": [ { "name": "gpu0", {|#0:"ContainerEdits"|}: { "env": ["A=1"] } } ]
            }
            """;
        return SpecFileTest.VerifyAsync("/p/a.cdi.json", markup,
            new DiagnosticResult(CdiDiagnostics.LenientGoPath).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("the key 'ContainerEdits' matches the field 'containerEdits' only case-insensitively" + Suffix));
    }

    [Fact]
    public Task Octal_file_modes_and_YAML_1_1_booleans_are_CDI013()
    {
        var markup = """
            cdiVersion: 1.1.0
            kind: vendor.com/gpu
            annotations:
              vendor.com/enabled: {|#0:yes|}
            devices:
              - name: gpu0
                containerEdits:
                  deviceNodes:
                    - path: /dev/gpu0
                      fileMode: {|#1:0640|}
                  intelRdt:
                    enableMonitoring: {|#2:on|}
            """;
        return SpecFileTest.VerifyAsync("/p/a.cdi.yaml", markup,
            new DiagnosticResult(CdiDiagnostics.LenientGoPath).WithLocation(0).WithMessage("the unquoted value yes of annotations is read by YAML 1.1 as \"true\"; quote it" + Suffix),
            new DiagnosticResult(CdiDiagnostics.LenientGoPath).WithLocation(1).WithMessage("0640 is read by YAML 1.1 as 416 (a leading 0 means octal there, not in YAML 1.2 or JSON); write 416 or 0o640" + Suffix),
            new DiagnosticResult(CdiDiagnostics.LenientGoPath).WithLocation(2).WithMessage("on is a boolean (true) only in YAML 1.1; write true" + Suffix));
    }

    [Fact]
    public Task A_second_document_is_CDI013()
    {
        var markup = """
            cdiVersion: 0.3.0
            kind: vendor.com/gpu
            devices:
              - name: gpu0
                containerEdits:
                  env: [A=1]
            {|#0:---|}
            cdiVersion: 0.3.0
            """;
        return SpecFileTest.VerifyAsync("/p/a.cdi.yaml", markup,
            new DiagnosticResult(CdiDiagnostics.LenientGoPath).WithLocation(0)
                .WithMessage("a second YAML document is ignored: only the first document of a spec file is read" + Suffix));
    }
}
