using System.Collections.Immutable;
using System.Reflection;
using Basic.Reference.Assemblies;
using CdiGen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CdiGen.Generators.Tests;

/// <summary>
/// Runs <see cref="CdiSpecGenerator"/> in a plain <see cref="CSharpGeneratorDriver"/> over the
/// repository's schema, with .NET 8 reference assemblies that need no network.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly string SchemaDirectory = Path.Combine(AppContext.BaseDirectory, "schema");

    public static string BaselineDirectory =>
        typeof(GeneratorHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BaselineDirectory").Value!;

    public static ImmutableArray<AdditionalText> SchemaFiles() =>
        Directory.GetFiles(SchemaDirectory, "*.schema.json")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path)))
            .ToImmutableArray();

    public static IEnumerable<MetadataReference> References() =>
        Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(CdiSinceAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(YamlDotNet.Core.Parser).Assembly.Location));

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.CSharp12), path: $"Source{i}.cs")),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(
        IEnumerable<AdditionalText> additionalFiles,
        IReadOnlyDictionary<string, string>? properties = null,
        bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new CdiSpecGenerator().AsSourceGenerator() },
            additionalFiles,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            new TestOptionsProvider(properties ?? new Dictionary<string, string>(), schemaPaths: null),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator over the schema with the given options; returns the output compilation and diagnostics.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriverRunResult Result) Run(
        IReadOnlyDictionary<string, string>? properties = null,
        IEnumerable<AdditionalText>? additionalFiles = null,
        params string[] sources)
    {
        var driver = Driver(additionalFiles ?? SchemaFiles(), properties);
        driver = driver.RunGeneratorsAndUpdateCompilation(Compilation(sources), out var output, out var diagnostics);
        return (output, diagnostics, driver.GetRunResult());
    }
}

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// MSBuild properties as the compiler sees them, and CdiGenKind=Schema on every file whose
/// name ends in .schema.json (what the package's targets set).
/// </summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> properties, ISet<string>? schemaPaths) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(
        properties.ToDictionary(pair => "build_property." + pair.Key, pair => pair.Value));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        (schemaPaths?.Contains(textFile.Path) ?? textFile.Path.EndsWith(".schema.json", StringComparison.Ordinal))
            ? new DictionaryOptions(new Dictionary<string, string> { [CdiSpecGenerator.KindMetadata] = "Schema" })
            : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
