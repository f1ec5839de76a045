namespace CdiGen.Registry;

/// <summary>A problem with one spec file (or spec directory) found during a refresh.</summary>
/// <param name="Path">The file (or directory) path, built from the spec directory as configured.</param>
/// <param name="Kind">What went wrong, and so how much of the file was dropped.</param>
/// <param name="Message">The full message, starting with the path.</param>
/// <param name="Code">The diagnostic id of a validation rule (<c>CDI001</c>..), or <c>null</c>.</param>
public sealed record CdiSpecError(string Path, CdiSpecErrorKind Kind, string Message, string? Code = null)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
