using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using CdiGen.Analyzers.SpecFiles;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CdiGen.CodeFixes;

/// <summary>
/// Fixes CDI001 in a CDI spec file (an additional document) by raising its <c>cdiVersion</c>
/// to the highest version the file needs, changing nothing else in the file: the same edit as
/// <c>cdi lint --fix</c>, through the same code (<see cref="SpecFileLint.RaiseVersion"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RaiseSpecFileVersionCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }), Shared]
public sealed class RaiseSpecFileVersionCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "RaiseSpecFileCdiVersion";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CDI001");

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        if (document is Document || document is AnalyzerConfigDocument)
        {
            // C# documents have their own fix (RaiseCdiVersionCodeFix); spec files are additional documents.
            return;
        }
        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        if (SpecFileLint.RaiseVersion(text.ToString()) is not { } fixedText)
        {
            return;
        }
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Raise cdiVersion to what this spec needs",
                    _ => Task.FromResult(document.Project.Solution.WithAdditionalDocumentText(document.Id, SourceText.From(fixedText, text.Encoding))),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
