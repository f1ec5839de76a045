using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using CdiGen.Analyzers.Code;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdiGen.CodeFixes;

/// <summary>
/// Fixes CDI001 in C# by raising the spec's <c>CdiVersion</c> literal to the lowest version
/// that every member set in the same block needs (so one fix clears them all).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RaiseCdiVersionCodeFix)), Shared]
public sealed class RaiseCdiVersionCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "RaiseCdiVersion";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CDI001");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || !diagnostic.Properties.TryGetValue(SinceAnalyzer.RequiredVersionProperty, out var version)
                || version is null)
            {
                continue;
            }

            var literal = diagnostic.AdditionalLocations[0];
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Raise cdiVersion to {version}",
                    cancellationToken => RaiseAsync(context.Document.Project.Solution, literal, version, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> RaiseAsync(Solution solution, Location location, string version, CancellationToken cancellationToken)
    {
        var document = location.SourceTree is null ? null : solution.GetDocument(location.SourceTree);
        if (document is null)
        {
            return solution;
        }

        var root = await location.SourceTree!.GetRootAsync(cancellationToken).ConfigureAwait(false);
        if (root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
            || literal.Token.Value is not string old)
        {
            return solution;
        }

        // Keep the writer's spelling: a leading 'v' stays.
        var text = old.StartsWith("v", System.StringComparison.Ordinal) ? "v" + version : version;
        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text))
            .WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement)).Project.Solution;
    }
}
