using Microsoft.CodeAnalysis;

namespace CdiGen.Generators.Model;

/// <summary>
/// A diagnostic kept as equatable data between pipeline steps: its id, message
/// arguments and the file it is about (no <see cref="Location"/>, which is not equatable
/// across runs).
/// </summary>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, string? FilePath)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string? filePath, params string[] arguments) =>
        new(descriptor.Id, arguments.ToEquatableArray(), filePath);
}
