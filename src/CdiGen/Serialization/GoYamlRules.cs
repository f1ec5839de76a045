using System;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CdiGen.Serialization;

/// <summary>
/// What Go's YAML 1.1 reader, which CDI runtimes use, refuses and YamlDotNet, closer to YAML
/// 1.2, reads: an unquoted value inside <c>[ ]</c> or <c>{ }</c> that starts with
/// <c>@ ` | &gt; % ? :</c> or holds a <c>?</c> (which ends an unquoted value there), and the
/// <c>\/</c> escape (<see cref="EscapedSlash"/>). One instance follows one document's events
/// in order. Shared by the runtime's reader and the spec-file analyzer (netstandard2.0).
/// </summary>
internal sealed class GoYamlRules
{
    private readonly Func<long, long, string> _textBetween;

    // How many flow collections are open; nothing but flow nests inside flow.
    private int _flowDepth;

    /// <summary>Follows a document whose text between two character indexes <paramref name="textBetween"/> gives, as written.</summary>
    public GoYamlRules(Func<long, long, string> textBetween) => _textBetween = textBetween;

    /// <summary>Takes the next event of the document.</summary>
    /// <exception cref="YamlException">Go refuses the event's node; the exception spans it.</exception>
    public void Check(ParsingEvent current)
    {
        switch (current)
        {
            case SequenceStart { Style: SequenceStyle.Flow }:
            case MappingStart { Style: MappingStyle.Flow }:
                _flowDepth++;
                break;
            case SequenceEnd or MappingEnd when _flowDepth > 0:
                _flowDepth--;
                break;
            case Scalar { Style: ScalarStyle.Plain } plain when _flowDepth > 0 && FlowValueProblem(plain.Value) is { } reason:
                throw new YamlException(plain.Start, plain.End, reason);
            case Scalar { Style: ScalarStyle.DoubleQuoted } quoted
                when quoted.Value.IndexOf('/') >= 0 && EscapedSlash.IndexIn(_textBetween(quoted.Start.Index, quoted.End.Index).AsSpan()) >= 0:
                throw new YamlException(quoted.Start, quoted.End, EscapedSlash.Reason);
        }
    }

    /// <summary>Why Go refuses the unquoted value <paramref name="value"/> inside a flow collection, or <c>null</c>.</summary>
    private static string? FlowValueProblem(string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        char first = value[0];
        if (first is '@' or '`' or '|' or '>' or '%' or '?' or ':')
        {
            return $"'{first}' cannot start an unquoted value inside [ ] or {{ }} for Go's YAML reader, which CDI runtimes use; quote the value";
        }

        return value.IndexOf('?') >= 0
            ? "'?' ends an unquoted value inside [ ] or { } for Go's YAML reader, which CDI runtimes use; quote the value"
            : null;
    }
}
