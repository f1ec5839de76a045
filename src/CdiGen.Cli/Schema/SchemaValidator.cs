using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using NJsonSchema;
using NJsonSchema.References;
using NJsonSchema.Validation;

namespace CdiGen.Cli.Schema;

/// <summary>
/// Validates spec documents against a JSON schema with NJsonSchema: CdiGen's own schema
/// (embedded in the tool) by default, or a schema file and the files it references.
/// </summary>
internal sealed class SchemaValidator
{
    private const string DefaultRoot = "cdi.schema.json";
    private readonly JsonSchema _schema;

    private SchemaValidator(JsonSchema schema) => _schema = schema;

    /// <summary>The schema of <paramref name="path"/>, or the embedded one when it is <c>null</c>.</summary>
    public static SchemaValidator Load(string? path) =>
        new(path is null ? LoadEmbedded() : JsonSchema.FromFileAsync(path).GetAwaiter().GetResult());

    /// <summary>The schema violations of a spec document, as "path: problem" lines; empty when it conforms.</summary>
    public IReadOnlyList<string> Validate(string documentText) =>
        Leaves(_schema.Validate(YamlToJson.Convert(documentText)))
            .Select(error => $"{(string.IsNullOrEmpty(error.Path) ? "#" : error.Path)}: {error.Kind}")
            .Distinct(StringComparer.Ordinal)
            .ToList();

    // NJsonSchema nests the errors of list items and sub-schemas; the leaves say what is wrong.
    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var leaf in Leaves(child.Errors.SelectMany(pair => pair.Value)))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    private static JsonSchema LoadEmbedded()
    {
        var texts = typeof(SchemaValidator).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("schema/", StringComparison.Ordinal))
            .ToDictionary(name => Path.GetFileName(name), ReadResource, StringComparer.Ordinal);
        return JsonSchema.FromJsonAsync(texts[DefaultRoot], "/embedded/" + DefaultRoot, root => new EmbeddedResolver(root, texts))
            .GetAwaiter().GetResult();
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(SchemaValidator).Assembly.GetManifestResourceStream(name)!;
        return new StreamReader(stream).ReadToEnd();
    }

    /// <summary>Resolves the schema's file references from the embedded copies, not the disk.</summary>
    private sealed class EmbeddedResolver(JsonSchema root, IReadOnlyDictionary<string, string> texts)
        : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
        public override async Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
            await JsonSchema.FromJsonAsync(texts[Path.GetFileName(filePath)], filePath, schema => new EmbeddedResolver(schema, texts), cancellationToken)
                .ConfigureAwait(false);
    }
}
