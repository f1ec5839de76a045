using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CdiGen.Generators.Model;
using NJsonSchema;
using NJsonSchema.References;

namespace CdiGen.Generators.Schema;

/// <summary>
/// Resolves <c>$ref</c>s between schema files from the texts Roslyn handed the generator
/// (AdditionalFiles), by file name. A generator must not read the disk or the network:
/// builds would depend on files Roslyn does not track.
/// </summary>
internal sealed class AdditionalFilesReferenceResolver : JsonReferenceResolver
{
    private readonly IReadOnlyDictionary<string, SchemaFile> _files;
    private readonly List<JsonSchema> _loadedDocuments;

    private AdditionalFilesReferenceResolver(JsonSchema root, IReadOnlyDictionary<string, SchemaFile> files, List<JsonSchema> loadedDocuments)
        : base(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
        _files = files;
        _loadedDocuments = loadedDocuments;
    }

    /// <summary>A factory for <see cref="JsonSchema.FromJsonAsync(string, string, Func{JsonSchema, JsonReferenceResolver}, CancellationToken)"/>.</summary>
    public static Func<JsonSchema, JsonReferenceResolver> Factory(IReadOnlyDictionary<string, SchemaFile> files, List<JsonSchema> loadedDocuments) =>
        root => new AdditionalFilesReferenceResolver(root, files, loadedDocuments);

    public override async Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(filePath);
        if (!_files.TryGetValue(name, out var file))
        {
            throw new InvalidOperationException($"'{name}' is referenced but is not a schema file in AdditionalFiles (CdiGenKind=Schema)");
        }
        var document = await JsonSchema.FromJsonAsync(file.Text, file.Path, Factory(_files, _loadedDocuments), cancellationToken).ConfigureAwait(false);
        _loadedDocuments.Add(document);
        return document;
    }

    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"'{url}' is a URL; CDI schema references must name schema files in AdditionalFiles");
}
