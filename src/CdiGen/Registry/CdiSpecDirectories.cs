using System.Collections.Generic;

namespace CdiGen.Registry;

/// <summary>The standard CDI spec directories.</summary>
public static class CdiSpecDirectories
{
    /// <summary>Where packaged, static spec files live; the lowest default priority.</summary>
    public const string Static = "/etc/cdi";

    /// <summary>Where generated (often transient) spec files live; it wins over <see cref="Static"/>.</summary>
    public const string Dynamic = "/var/run/cdi";

    /// <summary>
    /// The default directories in priority order: <c>/etc/cdi</c>, then <c>/var/run/cdi</c>.
    /// A directory's index is its priority, so a device defined in both comes from <c>/var/run/cdi</c>.
    /// </summary>
    public static IReadOnlyList<string> Default { get; } = new[] { Static, Dynamic };
}
