using System;
using System.Collections.Immutable;
using CdiGen.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CdiGen.Analyzers.SpecFiles;

/// <summary>
/// Checks the project's CDI spec files: AdditionalFiles whose <c>CdiGenKind</c> metadata is
/// <c>Spec</c> (the package marks <c>*.cdi.yaml</c>, <c>*.cdi.json</c> and <c>cdi/*.yaml|json</c>).
/// Every diagnostic points at the exact key or value in the file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SpecFileAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The AdditionalFiles metadata that marks a spec file, as the compiler sees it.</summary>
    public const string KindMetadata = "build_metadata.AdditionalFiles.CdiGenKind";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => CdiDiagnostics.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = start.Options.AnalyzerConfigOptionsProvider;
            start.RegisterAdditionalFileAction(file =>
            {
                if (options.GetOptions(file.AdditionalFile).TryGetValue(KindMetadata, out var kind)
                    && string.Equals(kind, "Spec", StringComparison.OrdinalIgnoreCase))
                {
                    Analyze(file);
                }
            });
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context)
    {
        var text = context.AdditionalFile.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        foreach (var diagnostic in SpecFileLint.Analyze(context.AdditionalFile.Path, text))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
