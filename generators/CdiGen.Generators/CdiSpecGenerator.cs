using System;
using System.Collections.Immutable;
using System.Linq;
using CdiGen.Generators.Diagnostics;
using CdiGen.Generators.Emit;
using CdiGen.Generators.Model;
using CdiGen.Generators.Options;
using CdiGen.Generators.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CdiGen.Generators;

/// <summary>
/// Generates the CDI spec model from the CDI JSON schema in the project's AdditionalFiles:
/// typed classes, version logic, JSON and YAML readers and writers, and validation.
/// </summary>
/// <remarks>
/// Pipeline: options and schema files are read into equatable records; the schema is read
/// with NJsonSchema into a <see cref="SchemaModel"/> (no NJsonSchema object leaves that step);
/// the model shaped by the options goes to the emitters. Diagnostics leave through an output
/// of their own, so a diagnostic change never re-emits code.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class CdiSpecGenerator : IIncrementalGenerator
{
    /// <summary>The AdditionalFiles metadata that marks a file as part of the CDI schema.</summary>
    public const string KindMetadata = "build_metadata.AdditionalFiles.CdiGenKind";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var schemaFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsSchema(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) =>
                new SchemaFile(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString() ?? ""))
            .WithTrackingName(TrackingNames.SchemaFiles);

        var schema = schemaFiles
            .Collect()
            .Select(static (files, cancellationToken) => SchemaReader.Read(files, cancellationToken))
            .WithTrackingName(TrackingNames.SchemaModel);

        var generation = schema
            .Combine(options)
            .Select(static (pair, _) => Shape(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.GenerationModel);

        var diagnostics = schema
            .Combine(options)
            .Select(static (pair, _) => CollectDiagnostics(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(generation, static (output, model) =>
        {
            if (model is not null)
            {
                Emit(output, model);
            }
        });
        context.RegisterSourceOutput(diagnostics, static (output, items) =>
        {
            foreach (var item in items)
            {
                Report(output, item);
            }
        });
    }

    private static bool IsSchema(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options) =>
        options.TryGetValue(KindMetadata, out var kind) && string.Equals(kind, "Schema", StringComparison.OrdinalIgnoreCase);

    private static GenerationModel? Shape(SchemaReadResult schema, GeneratorOptions options) =>
        schema.Model is null ? null : TargetVersionFilter.Apply(schema.Model, options).Model;

    private static EquatableArray<DiagnosticInfo> CollectDiagnostics(SchemaReadResult schema, GeneratorOptions options)
    {
        var all = options.Diagnostics.Concat(schema.Diagnostics);
        if (schema.Model is not null && TargetVersionFilter.Apply(schema.Model, options).Problem is { } problem)
        {
            all = all.Append(problem);
        }
        return all.ToEquatableArray();
    }

    /// <summary>Emits every source file of the model; internal so tests can render sources without a driver.</summary>
    internal static void Emit(SourceProductionContext output, GenerationModel model)
    {
        foreach (var (hintName, text) in Render(model))
        {
            output.AddSource(hintName, SourceText.From(text, System.Text.Encoding.UTF8));
        }
    }

    /// <summary>The generated files, by hint name.</summary>
    internal static ImmutableArray<(string HintName, string Text)> Render(GenerationModel model)
    {
        if (model.Emit == EmitMode.Facts)
        {
            return ImmutableArray.Create(($"{FactsEmitter.TypeName}.g.cs", FactsEmitter.Emit(model)));
        }

        var files = ImmutableArray.CreateBuilder<(string, string)>();
        files.Add(($"{VersionEmitter.TypeName}.g.cs", VersionEmitter.Emit(model)));
        files.Add(("VersionRequirements.g.cs", RequirementsEmitter.Emit(model)));
        foreach (var type in model.Schema.Types)
        {
            files.Add(($"{type.Name}.g.cs", TypeEmitter.Emit(model, type)));
            files.Add(($"{type.Name}.Json.g.cs", JsonEmitter.Emit(model, type)));
            files.Add(($"{type.Name}.Yaml.g.cs", YamlEmitter.Emit(model, type)));
            files.Add(($"{type.Name}.Validation.g.cs", ValidationEmitter.Emit(model, type)));
            if (ApplierEmitter.HasMerges(type))
            {
                files.Add(($"{type.Name}.Apply.g.cs", ApplierEmitter.EmitAddTo(model, type)));
            }
        }
        var root = model.Schema.Types.First(type => type.Name == model.Schema.RootType);
        files.Add(($"{root.Name}.Document.g.cs", RootApiEmitter.Emit(model, root)));
        if (ApplierEmitter.EmitInject(model, root) is { } inject)
        {
            files.Add(($"{root.Name}.Inject.g.cs", inject));
        }
        return files.ToImmutable();
    }

    private static void Report(SourceProductionContext output, DiagnosticInfo info)
    {
        var descriptor = GeneratorDiagnostics.Find(info.Id);
        if (descriptor is null)
        {
            return;
        }
        var location = info.FilePath is null
            ? Location.None
            : Location.Create(info.FilePath, default, default);
        output.ReportDiagnostic(Diagnostic.Create(descriptor, location, info.Arguments.Cast<object>().ToArray()));
    }
}
