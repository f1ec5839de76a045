using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CdiGen.Analyzers.Diagnostics;

/// <summary>
/// The one table of CDI rules (CDI001 to CDI013), shared by the spec-file analyzer and the
/// C# analyzer. Ids and default severities are a stable contract; each id has a page under
/// <c>docs/diagnostics/</c>.
/// </summary>
internal static class CdiDiagnostics
{
    private const string HelpBase = "https://github.com/cdigen/cdigen/blob/main/docs/diagnostics/";
    private const string Version = "CdiGen.Version";
    private const string Schema = "CdiGen.Schema";
    private const string Names = "CdiGen.Names";
    private const string Edits = "CdiGen.Edits";
    private const string Portability = "CdiGen.Portability";

    public static readonly DiagnosticDescriptor NeedsNewerVersion = Create(
        "CDI001", "Needs a newer cdiVersion", "{0} requires cdiVersion {1} or later; this spec declares {2}", Version, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RemovedInVersion = Create(
        "CDI002", "Removed in the declared cdiVersion", "{0} was removed in cdiVersion {1}; this spec declares {2}", Version, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownField = Create(
        "CDI003", "Unknown field", "{0}", Schema, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BadVersion = Create(
        "CDI004", "cdiVersion missing, malformed or unknown", "{0}", Version, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BadKind = Create(
        "CDI005", "Invalid kind", "{0}", Names, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BadDevices = Create(
        "CDI006", "Invalid, duplicate or missing devices", "{0}", Names, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BadEdits = Create(
        "CDI007", "Invalid container edits", "{0}", Edits, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ZeroGid = Create(
        "CDI008", "additionalGids contains 0", "additionalGids contains 0, which runtimes ignore", Edits, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EmptyEdits = Create(
        "CDI009", "Empty device containerEdits", "{0}", Edits, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BadSyntaxOrType = Create(
        "CDI010", "Not valid YAML/JSON, or a value of the wrong type or range", "{0}", Schema, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BadAnnotation = Create(
        "CDI011", "Annotation invalid by Kubernetes rules", "{0}; Go-based runtimes accept it, the Rust implementation rejects it", Portability, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor VersionHigherThanNeeded = Create(
        "CDI012", "Declared cdiVersion higher than needed", "This spec declares cdiVersion {0} but needs only {1}; runtimes built with older CDI libraries reject versions they do not know", Version, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor LenientGoPath = Create(
        "CDI013", "Accepted only through a lenient Go path", "{0}; Go-based runtimes accept it, other implementations reject or read it differently", Portability, DiagnosticSeverity.Warning);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        NeedsNewerVersion, RemovedInVersion, UnknownField, BadVersion, BadKind, BadDevices, BadEdits,
        ZeroGid, EmptyEdits, BadSyntaxOrType, BadAnnotation, VersionHigherThanNeeded, LenientGoPath);

    /// <summary>The descriptor of an id the schema names (<c>x-cdi-diagnostic</c>); CDI007 for an id it does not know.</summary>
    public static DiagnosticDescriptor ById(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return BadEdits;
    }

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
