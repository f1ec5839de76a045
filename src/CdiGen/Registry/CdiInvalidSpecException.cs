using System;
using System.Collections.Generic;
using System.Linq;
using CdiGen.Validation;

namespace CdiGen.Registry;

/// <summary>A spec was refused because it is not valid; nothing was written.</summary>
public sealed class CdiInvalidSpecException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The validation errors, at least one.</param>
    public CdiInvalidSpecException(IReadOnlyList<CdiValidationError> errors)
        : base("invalid CDI spec: " + string.Join("; ", errors.Select(error => error.ToString())))
    {
        Errors = errors;
    }

    /// <summary>Why the spec is invalid.</summary>
    public IReadOnlyList<CdiValidationError> Errors { get; }
}
