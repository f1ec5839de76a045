using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CdiGen.Analyzers.Diagnostics;
using CdiGen.Analyzers.SpecFiles;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdiGen.Analyzers.Code;

/// <summary>
/// CDI001/CDI002 in C#: in one method (or other code block) that sets a generated spec's
/// <c>CdiVersion</c> to a constant, setting a member marked <c>[CdiSince]</c> with a newer
/// version, or <c>[CdiRemoved]</c> at or before the declared version, is reported on that member.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SinceAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property with the lowest version every member of the block needs.</summary>
    public const string RequiredVersionProperty = "RequiredVersion";

    private const string VersionProperty = "CdiVersion";
    private const string DefaultNamespace = "CdiGen.Model";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(CdiDiagnostics.NeedsNewerVersion, CdiDiagnostics.RemovedInVersion);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var since = start.Compilation.GetTypeByMetadataName("CdiGen.CdiSinceAttribute");
            if (since is null)
            {
                return;
            }

            var removed = start.Compilation.GetTypeByMetadataName("CdiGen.CdiRemovedAttribute");
            var ns = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.CdiGenNamespace", out var configured)
                && !string.IsNullOrWhiteSpace(configured) ? configured.Trim() : DefaultNamespace;
            var symbols = new Symbols(since, removed, ns);
            start.RegisterOperationBlockAction(block => AnalyzeBlock(block, symbols));
        });
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context, Symbols symbols)
    {
        var declarations = new List<(CdiVersion Version, Location? Literal)>();
        var uses = new List<(IPropertySymbol Property, SyntaxNode Syntax)>();
        foreach (var operation in context.OperationBlocks.SelectMany(block => block.DescendantsAndSelf()))
        {
            var (target, value) = operation switch
            {
                ISimpleAssignmentOperation assignment => (assignment.Target as IPropertyReferenceOperation, assignment.Value),
                IMemberInitializerOperation initializer => (initializer.InitializedMember as IPropertyReferenceOperation, null),
                _ => (null, null),
            };
            if (target is null || !symbols.IsModelType(target.Property.ContainingType))
            {
                continue;
            }

            if (target.Property.Name == VersionProperty && value is not null)
            {
                if (value.ConstantValue is { HasValue: true, Value: string text } && CdiVersion.TryParse(text, out var version))
                {
                    declarations.Add((version, LiteralLocation(value)));
                }

                continue;
            }

            uses.Add((target.Property, NameOf(target.Syntax)));
        }

        // Only one clear declared version makes the block's intent certain.
        if (declarations.Count == 0 || declarations.Select(d => d.Version.Text).Distinct().Count() != 1)
        {
            return;
        }

        var declared = declarations[0].Version;
        var literals = declarations.Select(d => d.Literal).Where(l => l is not null).Cast<Location>().ToArray();
        var required = uses
            .Select(use => symbols.Since(use.Property))
            .Where(v => v is not null)
            .Select(v => v!.Value)
            .Aggregate(declared, CdiVersion.Max);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(RequiredVersionProperty, required.Text);
        foreach (var (property, syntax) in uses)
        {
            var member = property.ContainingType.Name + "." + property.Name;
            if (symbols.Since(property) is { } since && declared.CompareTo(since) < 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(CdiDiagnostics.NeedsNewerVersion, syntax.GetLocation(), literals, properties, member, since.Text, declared.Text));
            }

            if (symbols.Removed(property) is { } removed && declared.CompareTo(removed) >= 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(CdiDiagnostics.RemovedInVersion, syntax.GetLocation(), member, removed.Text, declared.Text));
            }
        }
    }

    // The code fix edits the literal: written in place, or as the initializer of a constant.
    private static Location? LiteralLocation(IOperation value)
    {
        var symbol = value switch
        {
            IFieldReferenceOperation field => field.Field as ISymbol,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };
        if (symbol is null)
        {
            return value.Syntax is LiteralExpressionSyntax ? value.Syntax.GetLocation() : null;
        }

        var declarator = symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as VariableDeclaratorSyntax;
        return declarator?.Initializer?.Value is LiteralExpressionSyntax literal ? literal.GetLocation() : null;
    }

    private static SyntaxNode NameOf(SyntaxNode syntax) =>
        syntax is MemberAccessExpressionSyntax access ? access.Name : syntax;

    private sealed class Symbols
    {
        private readonly INamedTypeSymbol _since;
        private readonly INamedTypeSymbol? _removed;
        private readonly string _namespace;

        public Symbols(INamedTypeSymbol since, INamedTypeSymbol? removed, string ns)
        {
            _since = since;
            _removed = removed;
            _namespace = ns;
        }

        public bool IsModelType(INamedTypeSymbol type) =>
            type.ContainingNamespace?.ToDisplayString() == _namespace;

        public CdiVersion? Since(IPropertySymbol property) => VersionOf(property, _since);

        public CdiVersion? Removed(IPropertySymbol property) => _removed is null ? null : VersionOf(property, _removed);

        private static CdiVersion? VersionOf(IPropertySymbol property, INamedTypeSymbol attribute)
        {
            foreach (var data in property.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute)
                    && data.ConstructorArguments.Length == 1
                    && data.ConstructorArguments[0].Value is string text
                    && CdiVersion.TryParse(text, out var version))
                {
                    return version;
                }
            }

            return null;
        }
    }
}
