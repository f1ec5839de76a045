extern alias generator;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using CdiSpecGenerator = generator::CdiGen.Generators.CdiSpecGenerator;

namespace CdiGen.Bench;

/// <summary>
/// The source generator on the repository's schema (copied beside the benchmark): a cold run
/// (new driver) and a warm run after an edit to an unrelated C# file, which should re-run no step.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.CSharp12);
    private ImmutableArray<AdditionalText> _schema;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;
    private bool _flip;

    /// <summary>Loads the schema and runs the warm driver once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string directory = Path.Combine(System.AppContext.BaseDirectory, "schema");
        _schema = Directory.GetFiles(directory, "*.schema.json")
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => (AdditionalText)new SchemaText(path, File.ReadAllText(path)))
            .ToImmutableArray();
        var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(CdiSinceAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(YamlDotNet.Core.Parser).Assembly.Location));
        _compilation = CSharpCompilation.Create("Consumer",
            [CSharpSyntaxTree.ParseText("class A { }", s_parseOptions, path: "A.cs")], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees[0],
            CSharpSyntaxTree.ParseText("class A { int x; }", s_parseOptions, path: "A.cs"));
        _warm = NewDriver().RunGenerators(_compilation);
    }

    /// <summary>A new driver over the schema: parses the schema, builds the model, emits every file.</summary>
    /// <returns>The number of generated files.</returns>
    [Benchmark]
    public int Cold() => NewDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>The warm driver after an unrelated edit (alternating between two versions of <c>A.cs</c>).</summary>
    /// <returns>The number of generated files.</returns>
    [Benchmark]
    public int WarmAfterUnrelatedEdit()
    {
        _flip = !_flip;
        _warm = _warm.RunGenerators(_flip ? _edited : _compilation);
        return _warm.GetRunResult().GeneratedTrees.Length;
    }

    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(
            [new CdiSpecGenerator().AsSourceGenerator()],
            _schema,
            s_parseOptions,
            new SchemaOptionsProvider());

    private sealed class SchemaText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    // CdiGenKind=Schema on the schema files, as the package's targets set it.
    private sealed class SchemaOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options s_schema = new(ImmutableDictionary<string, string>.Empty.Add(CdiSpecGenerator.KindMetadata, "Schema"));
        private static readonly Options s_none = new(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions => s_none;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_none;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path.EndsWith(".schema.json", System.StringComparison.Ordinal) ? s_schema : s_none;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }
}
