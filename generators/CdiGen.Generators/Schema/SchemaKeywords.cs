using System.Collections.Immutable;

namespace CdiGen.Generators.Schema;

/// <summary>
/// The schema keywords CdiGen adds to JSON Schema (documented in schema/README.md), and the
/// values the generator understands for each.
/// </summary>
internal static class SchemaKeywords
{
    public const string Versions = "x-cdi-versions";
    public const string MinimumVersion = "x-cdi-minimum-version";
    public const string Since = "x-cdi-since";
    public const string Removed = "x-cdi-removed";
    public const string ValueRules = "x-cdi-value-rules";
    public const string Format = "x-cdi-format";
    public const string Merge = "x-cdi-merge";
    public const string Role = "x-cdi-role";
    public const string NonEmpty = "x-cdi-non-empty";
    public const string UniqueKeys = "x-cdi-unique-keys";
    public const string Diagnostic = "x-cdi-diagnostic";

    /// <summary>Value rules the runtime library checks, by <c>x-cdi-format</c> name.</summary>
    public static readonly ImmutableArray<string> Formats = ImmutableArray.Create("kind", "device-name", "env", "intel-rdt-clos-id");

    /// <summary>Merge primitives of the runtime library, by <c>x-cdi-merge</c> name.</summary>
    public static readonly ImmutableArray<string> Merges = ImmutableArray.Create("env", "deviceNodes", "mounts", "hooks", "intelRdt", "additionalGids", "netDevices");

    /// <summary>Diagnostic ids a property's rules may report, by <c>x-cdi-diagnostic</c>.</summary>
    public static readonly ImmutableArray<string> DiagnosticIds = ImmutableArray.Create("CDI004", "CDI005", "CDI006", "CDI007", "CDI009");

    /// <summary>Special property meanings, by <c>x-cdi-role</c> name.</summary>
    public static readonly ImmutableArray<string> Roles = ImmutableArray.Create("version");
}
