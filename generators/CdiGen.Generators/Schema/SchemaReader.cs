using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CdiGen.Generators.Diagnostics;
using CdiGen.Generators.Model;

namespace CdiGen.Generators.Schema;

/// <summary>
/// Turns the schema files into a <see cref="SchemaModel"/>. NJsonSchema is used only behind
/// this class, so a host that cannot load it gets a diagnostic instead of a generator crash.
/// </summary>
internal static class SchemaReader
{
    public static SchemaReadResult Read(ImmutableArray<SchemaFile> files, CancellationToken cancellationToken)
    {
        if (files.IsEmpty)
        {
            return Failure(DiagnosticInfo.Create(GeneratorDiagnostics.NoSchema, null));
        }
        try
        {
            return ReadWithNJsonSchema(files, cancellationToken);
        }
        catch (Exception missing) when (missing is FileNotFoundException or FileLoadException or TypeLoadException or MissingMethodException)
        {
            return Failure(DiagnosticInfo.Create(GeneratorDiagnostics.SchemaLibraryMissing, null, missing.Message));
        }
    }

    // Kept out of line so that the JIT resolves NJsonSchema's types only inside the try above.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SchemaReadResult ReadWithNJsonSchema(ImmutableArray<SchemaFile> files, CancellationToken cancellationToken) =>
        new SchemaModelBuilder(files.OrderBy(file => file.Path, StringComparer.Ordinal).ToImmutableArray()).Build(cancellationToken);

    private static SchemaReadResult Failure(DiagnosticInfo diagnostic) =>
        new(null, ImmutableArray.Create(diagnostic).ToEquatableArray());
}
