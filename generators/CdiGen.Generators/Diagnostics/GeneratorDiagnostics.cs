using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CdiGen.Generators.Diagnostics;

/// <summary>
/// The generator's own diagnostics: problems with the schema or the MSBuild options. Spec
/// file rules (CDI001 to CDI013) belong to the analyzers.
/// </summary>
internal static class GeneratorDiagnostics
{
    private const string Category = "CdiGen.Generator";
    private const string HelpBase = "https://github.com/cdigen/cdigen/blob/main/docs/generator-diagnostics.md#";

    public static readonly DiagnosticDescriptor NoSchema = Create(
        "CDIGEN001", "No CDI schema", "No CDI schema file was found among AdditionalFiles (item metadata CdiGenKind=Schema); no CDI types are generated", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnreadableSchema = Create(
        "CDIGEN002", "CDI schema cannot be read", "The CDI schema '{0}' cannot be read: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BadKeyword = Create(
        "CDIGEN003", "Invalid CDI schema keyword", "The CDI schema '{0}' has an invalid value at {1}: {2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BadOption = Create(
        "CDIGEN004", "Invalid CdiGen option", "The MSBuild property {0} has the invalid value '{1}': {2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SchemaLibraryMissing = Create(
        "CDIGEN005", "NJsonSchema cannot be loaded", "The CDI generator cannot load NJsonSchema ({0}); make sure NJsonSchema, NJsonSchema.Annotations, Newtonsoft.Json and Namotion.Reflection sit beside the generator", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoRootSchema = Create(
        "CDIGEN006", "No single root CDI schema", "Exactly one CDI schema file must declare the known versions (x-cdi-versions); found {0}", DiagnosticSeverity.Error);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        NoSchema, UnreadableSchema, BadKeyword, BadOption, SchemaLibraryMissing, NoRootSchema);

    public static DiagnosticDescriptor? Find(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }
        return null;
    }

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
