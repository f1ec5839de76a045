namespace CdiGen.Generators.Model;

/// <summary>The consumer's MSBuild options, read once at the head of the pipeline.</summary>
/// <param name="Namespace">The namespace of the emitted types (<c>CdiGenNamespace</c>).</param>
/// <param name="IsPublic">Whether emitted types are public (<c>CdiGenAccessibility</c>).</param>
/// <param name="TargetVersion">The CDI version to pin to (<c>CdiGenTargetVersion</c>), or <c>null</c> for all.</param>
/// <param name="Diagnostics">Problems with the options.</param>
/// <param name="Emit">What to emit (<c>CdiGenEmit</c>): the model, or only the schema facts.</param>
internal sealed record GeneratorOptions(
    string Namespace,
    bool IsPublic,
    string? TargetVersion,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EmitMode Emit = EmitMode.Model);

/// <summary>What the generator emits, chosen by the <c>CdiGenEmit</c> MSBuild property.</summary>
internal enum EmitMode
{
    /// <summary>The spec model: types, readers, writers, validation, appliers (the default).</summary>
    Model,

    /// <summary>
    /// Only <c>CdiSchemaFacts</c>, a netstandard2.0-compatible table of the schema's facts, for
    /// tools such as the CdiGen analyzers that must not depend on the runtime or NJsonSchema.
    /// </summary>
    Facts,
}

/// <summary>One schema file from AdditionalFiles: its file name and text.</summary>
internal sealed record SchemaFile(string Path, string Text)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>The outcome of reading the schema: a model, diagnostics, or both.</summary>
internal sealed record SchemaReadResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>What the emitters receive: the schema model shaped by the options.</summary>
internal sealed record GenerationModel(SchemaModel Schema, string Namespace, bool IsPublic, string? TargetVersion, EmitMode Emit = EmitMode.Model);
