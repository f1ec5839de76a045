using CdiGen.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CdiGen.Analyzers.Tests;

/// <summary>Severities are tuned the standard Roslyn way, in an analyzer config file.</summary>
public sealed class SeverityConfigTests
{
    private const string Markup = """
        cdiVersion: "0.5.0"
        kind: vendor.com/gpu
        devices:
          - name: gpu0
            containerEdits:
              {|#0:additionalGids|}: [44]
        """;

    [Fact]
    public Task CDI001_can_be_demoted_to_a_warning()
    {
        var test = new SpecFileTest("/p/a.cdi.yaml", Markup, "dotnet_diagnostic.CDI001.severity = warning");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(CdiDiagnostics.NeedsNewerVersion).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
            .WithArguments("additionalGids", "0.7.0", "0.5.0"));
        return test.RunAsync();
    }

    [Fact]
    public Task CDI001_can_be_turned_off()
    {
        var test = new SpecFileTest("/p/a.cdi.yaml", Markup.Replace("{|#0:additionalGids|}", "additionalGids", StringComparison.Ordinal), "dotnet_diagnostic.CDI001.severity = none");
        return test.RunAsync();
    }
}
