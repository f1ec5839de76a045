namespace CdiGen.Generators;

/// <summary>Names of the generator's pipeline steps, for step tracking in tests and tools.</summary>
public static class TrackingNames
{
    /// <summary>The MSBuild options, read into <c>GeneratorOptions</c>.</summary>
    public const string Options = nameof(Options);

    /// <summary>Each schema file picked from AdditionalFiles.</summary>
    public const string SchemaFiles = nameof(SchemaFiles);

    /// <summary>The schema files read with NJsonSchema into a <c>SchemaModel</c>.</summary>
    public const string SchemaModel = nameof(SchemaModel);

    /// <summary>The schema model shaped by the options, ready for the emitters.</summary>
    public const string GenerationModel = nameof(GenerationModel);

    /// <summary>The diagnostics of options and schema.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}
