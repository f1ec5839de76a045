namespace CdiGen.Generators.Model;

/// <summary>The consumer's MSBuild options, read once at the head of the pipeline.</summary>
/// <param name="Namespace">The namespace of the emitted types (<c>CdiGenNamespace</c>).</param>
/// <param name="IsPublic">Whether emitted types are public (<c>CdiGenAccessibility</c>).</param>
/// <param name="TargetVersion">The CDI version to pin to (<c>CdiGenTargetVersion</c>), or <c>null</c> for all.</param>
/// <param name="Diagnostics">Problems with the options.</param>
internal sealed record GeneratorOptions(
    string Namespace,
    bool IsPublic,
    string? TargetVersion,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One schema file from AdditionalFiles: its file name and text.</summary>
internal sealed record SchemaFile(string Path, string Text)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>The outcome of reading the schema: a model, diagnostics, or both.</summary>
internal sealed record SchemaReadResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>What the emitters receive: the schema model shaped by the options.</summary>
internal sealed record GenerationModel(SchemaModel Schema, string Namespace, bool IsPublic, string? TargetVersion);
