using System;
using System.Collections.Generic;
using System.IO;
using CdiGen.Serialization;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CdiGen.Analyzers.SpecFiles;

/// <summary>
/// Reads a spec file (YAML, or JSON, which Go reads through the same YAML reader) into a
/// <see cref="YamlTreeNode"/> tree that keeps every node's span, with YamlDotNet's parser.
/// Only the first document is read, as Go does; the start of a second one is reported so the
/// analyzer can warn that it is ignored.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>The outcome: the first document's root, or the error that stopped the read.</summary>
    public readonly struct Result
    {
        public Result(YamlTreeNode? root, TextSpan? secondDocument, string? error, TextSpan errorSpan)
        {
            Root = root;
            SecondDocument = secondDocument;
            Error = error;
            ErrorSpan = errorSpan;
        }

        public YamlTreeNode? Root { get; }

        public TextSpan? SecondDocument { get; }

        public string? Error { get; }

        public TextSpan ErrorSpan { get; }
    }

    public static Result Read(string text)
    {
        // YamlDotNet lets through characters that Go's reader refuses for the whole file.
        int forbidden = YamlCharacters.IndexOfForbidden(text.AsSpan());
        if (forbidden >= 0)
        {
            var reason = YamlCharacters.Describe(text[forbidden]);
            return new Result(null, null, "the file is not valid YAML or JSON: " + reason, new TextSpan(forbidden, 1));
        }

        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                return new Result(null, null, "the file holds no YAML or JSON document", default);
            }

            var root = ReadNode(parser, text);
            parser.Consume<DocumentEnd>();
            TextSpan? second = null;
            if (parser.Accept<DocumentStart>(out var next))
            {
                second = SpanOf(next.Start, next.End.Index > next.Start.Index ? next.End : next.Start, text.Length, minimumLength: 1);
            }

            return new Result(root, second, null, default);
        }
        catch (YamlException exception)
        {
            var span = SpanOf(exception.Start, exception.End, text.Length, minimumLength: 0);
            return new Result(null, null, "the file is not valid YAML or JSON: " + exception.Message, span);
        }
    }

    // Iterative, so a deeply nested file cannot exhaust the analyzer's stack.
    private static YamlTreeNode ReadNode(IParser parser, string text)
    {
        int length = text.Length;
        var anchors = new Dictionary<string, YamlTreeNode>(StringComparer.Ordinal);
        var open = new Stack<OpenCollection>();
        // The runtime's rules where Go's reader is stricter than YamlDotNet.
        var goRules = new GoYamlRules((start, end) =>
        {
            var from = (int)Math.Min(Math.Max(start, 0), length);
            return text.Substring(from, (int)Math.Min(Math.Max(end, from), length) - from);
        });
        while (true)
        {
            var current = parser.Current ?? throw new YamlException("unexpected end of the file");
            parser.MoveNext();
            goRules.Check(current);
            YamlTreeNode? completed = null;
            switch (current)
            {
                case Scalar scalar:
                    completed = Remember(anchors, scalar.Anchor, new YamlScalarNode(SpanOf(scalar.Start, scalar.End, length, 0), scalar.Value, scalar.Style));
                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out completed))
                    {
                        throw new YamlException(alias.Start, alias.End, $"unknown anchor '{alias.Value.Value}'");
                    }

                    break;
                case MappingStart mapping:
                    open.Push(new OpenCollection(mapping.Start, mapping.Anchor, isMapping: true));
                    continue;
                case SequenceStart sequence:
                    open.Push(new OpenCollection(sequence.Start, sequence.Anchor, isMapping: false));
                    continue;
                case MappingEnd or SequenceEnd:
                    var done = open.Pop();
                    completed = Remember(anchors, done.Anchor, done.Build(SpanOf(done.Start, current.End, length, 0)));
                    break;
                default:
                    throw new YamlException(current.Start, current.End, "unexpected " + current.GetType().Name);
            }

            if (open.Count == 0)
            {
                return completed!;
            }

            open.Peek().Add(completed!, current);
        }
    }

    private static YamlTreeNode Remember(Dictionary<string, YamlTreeNode> anchors, AnchorName anchor, YamlTreeNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    private static TextSpan SpanOf(Mark start, Mark end, int length, int minimumLength)
    {
        var from = (int)Math.Min(Math.Max(start.Index, 0), length);
        var to = (int)Math.Min(Math.Max(end.Index, from + minimumLength), length);
        return TextSpan.FromBounds(from, Math.Max(from, to));
    }

    private sealed class OpenCollection
    {
        private readonly List<KeyValuePair<YamlScalarNode, YamlTreeNode>> _entries = new();
        private readonly List<YamlTreeNode> _items = new();
        private YamlScalarNode? _pendingKey;

        public OpenCollection(Mark start, AnchorName anchor, bool isMapping)
        {
            Start = start;
            Anchor = anchor;
            IsMapping = isMapping;
        }

        public Mark Start { get; }

        public AnchorName Anchor { get; }

        public bool IsMapping { get; }

        public void Add(YamlTreeNode node, ParsingEvent source)
        {
            if (!IsMapping)
            {
                _items.Add(node);
            }
            else if (_pendingKey is null)
            {
                _pendingKey = node as YamlScalarNode
                    ?? throw new YamlException(source.Start, source.End, "a mapping key must be a plain value, not a list or a mapping");
            }
            else
            {
                _entries.Add(new KeyValuePair<YamlScalarNode, YamlTreeNode>(_pendingKey, node));
                _pendingKey = null;
            }
        }

        public YamlTreeNode Build(TextSpan span) =>
            IsMapping ? new YamlMappingNode(span, _entries) : new YamlSequenceNode(span, _items);
    }
}
