using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CdiGen.Generators.Tests;

/// <summary>
/// The generator under Microsoft.CodeAnalysis.Testing, the harness Roslyn components are
/// tested with: schema files and their CdiGenKind metadata arrive as a project would pass them
/// (AdditionalFiles plus an analyzer config), reference assemblies come from
/// Basic.Reference.Assemblies so nothing is downloaded.
/// </summary>
public sealed class FrameworkTests
{
    private sealed class Test : CSharpSourceGeneratorTest<CdiSpecGenerator, DefaultVerifier>
    {
        public Test(bool withSchema)
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0-offline");
            TestState.AdditionalReferences.AddRange(GeneratorHarness.References());
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            if (withSchema)
            {
                var config = "is_global = true\n";
                foreach (var path in Directory.GetFiles(GeneratorHarness.SchemaDirectory, "*.schema.json").Order(StringComparer.Ordinal))
                {
                    TestState.AdditionalFiles.Add((path, File.ReadAllText(path)));
                    config += $"\n[{path}]\nbuild_metadata.AdditionalFiles.CdiGenKind = Schema\n";
                }
                TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
            }
        }
    }

    [Fact]
    public async Task Code_using_the_generated_model_compiles_with_no_diagnostics()
    {
        var test = new Test(withSchema: true);
        test.TestState.Sources.Add("""
            using CdiGen.Model;

            static class Usage
            {
                public static string Describe(string yaml)
                {
                    var spec = Spec.ReadYaml(yaml);
                    spec.Devices[0].ContainerEdits.AdditionalGids = new() { 44 };
                    return spec.MinimumRequiredVersion().ToString();
                }
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_a_schema_the_generator_warns_CDIGEN001()
    {
        var test = new Test(withSchema: false);
        test.TestState.Sources.Add("class Empty { }");
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("CDIGEN001", DiagnosticSeverity.Warning));
        await test.RunAsync();
    }
}
