using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace CdiGen.Analyzers.SpecFiles;

/// <summary>A node of a spec file with the span it covers in the file's text.</summary>
internal abstract class YamlTreeNode
{
    protected YamlTreeNode(TextSpan span) => Span = span;

    /// <summary>Where the node is written, from its first character to its last.</summary>
    public TextSpan Span { get; }
}

/// <summary>A scalar: its text, and whether it was plain (unquoted), which YAML 1.1 resolves.</summary>
internal sealed class YamlScalarNode : YamlTreeNode
{
    public YamlScalarNode(TextSpan span, string value, ScalarStyle style)
        : base(span)
    {
        Value = value;
        IsPlain = style == ScalarStyle.Plain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>A plain scalar YAML reads as null: empty, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A mapping, its entries in file order (keys are scalars; others are rejected while reading).</summary>
internal sealed class YamlMappingNode : YamlTreeNode
{
    public YamlMappingNode(TextSpan span, List<KeyValuePair<YamlScalarNode, YamlTreeNode>> entries)
        : base(span) => Entries = entries;

    public List<KeyValuePair<YamlScalarNode, YamlTreeNode>> Entries { get; }
}

/// <summary>A sequence, its items in file order.</summary>
internal sealed class YamlSequenceNode : YamlTreeNode
{
    public YamlSequenceNode(TextSpan span, List<YamlTreeNode> items)
        : base(span) => Items = items;

    public List<YamlTreeNode> Items { get; }
}
