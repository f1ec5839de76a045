namespace CdiGen.Validation;

/// <summary>One reason a spec is invalid.</summary>
/// <param name="Path">Where in the document, e.g. <c>$.devices[1].containerEdits.env[0]</c>.</param>
/// <param name="Message">What is wrong, in a sentence a user can act on.</param>
/// <param name="Code">The diagnostic id of the rule (<c>CDI001</c> to <c>CDI013</c>), shared with the analyzers.</param>
public sealed record CdiValidationError(string Path, string Message, string Code)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
