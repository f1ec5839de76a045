extern alias generator;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using CdiSpecGenerator = generator::CdiGen.Generators.CdiSpecGenerator;

namespace CdiGen.Bench;

/// <summary>
/// What the generator benchmarks run on: the repository's schema (copied beside the
/// benchmark) as AdditionalFiles marked <c>CdiGenKind=Schema</c>, and a one-class consumer
/// compilation with an edited twin.
/// </summary>
internal sealed class GeneratorFixture
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.CSharp12);
    private readonly ImmutableArray<AdditionalText> _schema;

    public GeneratorFixture()
    {
        string directory = Path.Combine(System.AppContext.BaseDirectory, "schema");
        _schema = Directory.GetFiles(directory, "*.schema.json")
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => (AdditionalText)new SchemaText(path, File.ReadAllText(path)))
            .ToImmutableArray();
        var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(CdiSinceAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(YamlDotNet.Core.Parser).Assembly.Location));
        Compilation = CSharpCompilation.Create("Consumer",
            [CSharpSyntaxTree.ParseText("class A { }", s_parseOptions, path: "A.cs")], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Edited = Compilation.ReplaceSyntaxTree(Compilation.SyntaxTrees[0],
            CSharpSyntaxTree.ParseText("class A { int x; }", s_parseOptions, path: "A.cs"));
    }

    /// <summary>The consumer.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>The consumer after an edit to its one class, which the generator does not read.</summary>
    public CSharpCompilation Edited { get; }

    /// <summary>A driver that has run nothing yet.</summary>
    public GeneratorDriver NewDriver() =>
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
