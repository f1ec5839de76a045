using System;

namespace CdiGen;

/// <summary>
/// Marks a generated spec member that the CDI specification dropped in the given version:
/// a spec declaring that version or a later one must not use it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class CdiRemovedAttribute : Attribute
{
    /// <summary>Creates the attribute for the version that removed the member.</summary>
    /// <param name="version">The CDI version, for example <c>"1.1.0"</c>.</param>
    public CdiRemovedAttribute(string version) => Version = version;

    /// <summary>The first CDI version that no longer has the member.</summary>
    public string Version { get; }
}
