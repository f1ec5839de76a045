using System;
using System.Collections.Generic;

namespace CdiGen.Merge;

/// <summary>
/// Thrown when container edits cannot be applied to an OCI spec: a host device that cannot
/// be examined, a device type that does not match the host, an unknown hook name, or a
/// required value that is missing. When it is thrown the OCI spec has not been changed.
/// </summary>
public sealed class CdiInjectionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public CdiInjectionException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>
    /// The requested device names that did not resolve, in request order; empty when the
    /// injection failed for another reason.
    /// </summary>
    public IReadOnlyList<string> UnresolvedDevices { get; init; } = Array.Empty<string>();
}
