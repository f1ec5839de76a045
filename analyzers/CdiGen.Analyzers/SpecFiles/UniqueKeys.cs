using System.Collections.Generic;
using CdiGen.Analyzers.Diagnostics;
using CdiGen.Analyzers.Facts;
using CdiGen.Names;

namespace CdiGen.Analyzers.SpecFiles;

/// <summary>Item fields that must be unique within a list (<c>x-cdi-unique-keys</c>): device names, net device names.</summary>
internal static class UniqueKeys
{
    public static void Check(CdiFieldFacts field, YamlSequenceNode list, List<SpecFinding> findings)
    {
        foreach (var uniqueKey in field.UniqueKeys)
        {
            var first = new Dictionary<string, YamlScalarNode>(System.StringComparer.Ordinal);
            foreach (var item in list.Items)
            {
                if (item is not YamlMappingNode mapping)
                {
                    continue;
                }

                foreach (var entry in mapping.Entries)
                {
                    if (entry.Key.Value != uniqueKey || entry.Value is not YamlScalarNode { IsNull: false } value)
                    {
                        continue;
                    }

                    if (first.TryGetValue(value.Value, out var earlier))
                    {
                        findings.Add(new SpecFinding(
                            CdiDiagnostics.ById(field.DiagnosticId),
                            value.Span,
                            new object[] { $"duplicate {uniqueKey} {NameText.Quote(value.Value)} in {field.JsonName}" },
                            earlier.Span));
                    }
                    else
                    {
                        first.Add(value.Value, value);
                    }
                }
            }
        }
    }
}
