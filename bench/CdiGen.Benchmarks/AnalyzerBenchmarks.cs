extern alias analyzers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecFileAnalyzer = analyzers::CdiGen.Analyzers.SpecFiles.SpecFileAnalyzer;

namespace CdiGen.Bench;

/// <summary>
/// The spec-file analyzer, run by Roslyn as a build would run it, on one spec file with 1,000
/// devices (each with a device node, an env entry and a mount). Target: under 100 ms.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private AnalyzerOptions _options = null!;

    /// <summary>Builds the 1,000-device spec and an empty compilation to analyze with.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder("cdiVersion: \"0.5.0\"\nkind: example.com/gpu\ndevices:\n");
        for (var i = 0; i < 1000; i++)
        {
            text.Append($"- name: gpu{i}\n  containerEdits:\n    env: [GPU={i}]\n")
                .Append($"    deviceNodes: [{{path: /dev/gpu{i}, type: c, major: 195, minor: {i}}}]\n")
                .Append($"    mounts: [{{hostPath: /lib/gpu{i}.so, containerPath: /lib/gpu{i}.so, options: [ro, bind]}}]\n");
        }
        var spec = new InMemoryText("/specs/gpus.cdi.yaml", text.ToString());
        _compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }")],
            Basic.Reference.Assemblies.Net80.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _options = new AnalyzerOptions([spec], new SpecKindOptions());
    }

    /// <summary>All diagnostics of the spec file (none: it is valid).</summary>
    /// <returns>The number of diagnostics.</returns>
    [Benchmark]
    public async Task<int> ThousandDeviceSpec()
    {
        var analysis = _compilation.WithAnalyzers([new SpecFileAnalyzer()], _options);
        var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        return diagnostics.Length;
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Marks every additional file as a spec file, as the package's targets do for *.cdi.yaml.</summary>
    private sealed class SpecKindOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options s_spec = new(new Dictionary<string, string> { [SpecFileAnalyzer.KindMetadata] = "Spec" });

        public override AnalyzerConfigOptions GlobalOptions => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_spec;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new([]);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
