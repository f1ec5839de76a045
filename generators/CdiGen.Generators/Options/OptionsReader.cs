using System;
using System.Collections.Generic;
using CdiGen.Generators.Diagnostics;
using CdiGen.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdiGen.Generators.Options;

/// <summary>Reads the CdiGen MSBuild properties (made visible by the package's props).</summary>
internal static class OptionsReader
{
    public const string NamespaceProperty = "CdiGenNamespace";
    public const string AccessibilityProperty = "CdiGenAccessibility";
    public const string TargetVersionProperty = "CdiGenTargetVersion";
    public const string EmitProperty = "CdiGenEmit";
    public const string DefaultNamespace = "CdiGen.Model";

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();

        var ns = Get(options, NamespaceProperty) ?? DefaultNamespace;
        if (!IsValidNamespace(ns))
        {
            diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.BadOption, null, NamespaceProperty, ns, "expected a C# namespace such as 'MyCompany.Devices'"));
            ns = DefaultNamespace;
        }

        var accessibility = Get(options, AccessibilityProperty) ?? "internal";
        var isPublic = string.Equals(accessibility, "public", StringComparison.OrdinalIgnoreCase);
        if (!isPublic && !string.Equals(accessibility, "internal", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.BadOption, null, AccessibilityProperty, accessibility, "expected 'public' or 'internal'"));
        }

        var target = Get(options, TargetVersionProperty);
        if (target is not null)
        {
            target = target.TrimStart('v');
        }

        var emit = EmitMode.Model;
        var emitText = Get(options, EmitProperty);
        if (string.Equals(emitText, "Facts", StringComparison.OrdinalIgnoreCase))
        {
            emit = EmitMode.Facts;
        }
        else if (emitText is not null && !string.Equals(emitText, "Model", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.BadOption, null, EmitProperty, emitText, "expected 'Model' or 'Facts'"));
        }

        return new GeneratorOptions(ns, isPublic, target, diagnostics.ToEquatableArray(), emit);
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

    private static bool IsValidNamespace(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }
        return true;
    }
}
