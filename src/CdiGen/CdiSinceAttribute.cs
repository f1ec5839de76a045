using System;

namespace CdiGen;

/// <summary>
/// Marks a generated spec member that exists only from the given CDI specification
/// version on. Runtimes built for an older <c>cdiVersion</c> reject a spec that uses it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Class, Inherited = false)]
public sealed class CdiSinceAttribute : Attribute
{
    /// <summary>Creates the attribute for the version that introduced the member.</summary>
    /// <param name="version">The CDI version, for example <c>"0.7.0"</c>.</param>
    public CdiSinceAttribute(string version) => Version = version;

    /// <summary>The first CDI version that has the member.</summary>
    public string Version { get; }
}
