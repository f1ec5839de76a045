using System.Collections.Generic;
using CdiGen.Serialization;

namespace CdiGen.Validation;

/// <summary>
/// Collects the errors of one validation pass. Generated <c>Validate</c> methods walk the
/// spec, entering properties and list items in <see cref="Path"/>, and report here.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<CdiValidationError> _errors = new();

    /// <summary>Where the validator is in the spec.</summary>
    public DocumentPath Path { get; } = new();

    /// <summary>The errors found so far, in document order.</summary>
    public IReadOnlyList<CdiValidationError> Errors => _errors;

    /// <summary>Reports an error on the field <paramref name="field"/> of the current object.</summary>
    public void Report(string field, string message, string code) =>
        _errors.Add(new CdiValidationError(Path.ToString(field), message, code));

    /// <summary>Reports an error on the current position.</summary>
    public void Report(string message, string code) =>
        _errors.Add(new CdiValidationError(Path.ToString(), message, code));

    /// <summary>Adds an error found elsewhere, such as a version rule.</summary>
    public void Add(CdiValidationError error) => _errors.Add(error);

    /// <summary>Reports <paramref name="error"/> on <paramref name="field"/> unless it is <c>null</c>.</summary>
    public void Check(string field, string? error, string code)
    {
        if (error is not null)
        {
            Report(field, error, code);
        }
    }

    /// <summary>Reports a required field that is missing or empty.</summary>
    public void Missing(string field, string code) =>
        Report(field, $"\"{field}\" is required and must not be empty", code);
}
