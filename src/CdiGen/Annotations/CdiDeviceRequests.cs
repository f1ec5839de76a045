using System.Collections.Generic;

namespace CdiGen.Annotations;

/// <summary>The CDI injection requests found in a container's annotations.</summary>
/// <param name="Keys">The <c>cdi.k8s.io/</c> keys that were read, in ordinal order.</param>
/// <param name="Devices">The requested qualified device names, key by key, in value order.</param>
/// <param name="Errors">One message per invalid device name; empty when all are valid.</param>
public sealed record CdiDeviceRequests(IReadOnlyList<string> Keys, IReadOnlyList<string> Devices, IReadOnlyList<string> Errors)
{
    /// <summary>True when no value was invalid.</summary>
    public bool IsValid => Errors.Count == 0;
}
