using System;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CdiGen.Serialization;

/// <summary>
/// The events of the first YAML document of a stream, with aliases expanded: an alias
/// replays the events of the node its anchor named. Expansion is budgeted, so a document
/// built to blow up through nested aliases ("billion laughs") fails fast instead of
/// exhausting memory.
/// </summary>
internal sealed class YamlEventSource
{
    /// <summary>The most events a document may produce, aliases expanded.</summary>
    public const int MaxEvents = 1_000_000;

    private readonly IParser _parser;
    private readonly Dictionary<string, List<ParsingEvent>> _anchors = new(StringComparer.Ordinal);
    private readonly List<Recording> _recordings = new();
    private List<ParsingEvent>? _replay;
    private int _replayIndex;
    private int _eventCount;

    private readonly GoYamlRules? _goRules;

    /// <summary>Reads the events of <paramref name="parser"/>.</summary>
    /// <param name="parser">The parser.</param>
    /// <param name="rawText">
    /// The text YamlDotNet's parser reads, for the rules where Go's reader is stricter than
    /// YamlDotNet (<see cref="GoYamlRules"/>). <c>null</c> for the fast reader's events: its
    /// subset excludes all of that.
    /// </param>
    public YamlEventSource(IParser parser, BoundedTextReader? rawText = null)
    {
        _parser = parser;
        _goRules = rawText is null ? null : new GoYamlRules(rawText.TextBetween);
    }

    /// <summary>The event under the cursor.</summary>
    public ParsingEvent Current { get; private set; } = null!;

    /// <summary>Moves to the next event; <c>false</c> at the end of the stream.</summary>
    public bool MoveNext()
    {
        if (++_eventCount > MaxEvents)
        {
            throw new YamlException(Current.Start, Current.End, $"the document has more than {MaxEvents} nodes once aliases are expanded");
        }
        if (_replay is not null)
        {
            Current = _replay[_replayIndex++];
            if (_replayIndex == _replay.Count)
            {
                _replay = null;
            }
            Record(Current);
            return true;
        }
        if (!ParserMoveNext())
        {
            return false;
        }
        var current = _parser.Current!;
        if (current is AnchorAlias alias)
        {
            if (!_anchors.TryGetValue(alias.Value.Value, out var events))
            {
                throw new YamlException(alias.Start, alias.End, $"unknown alias \"*{alias.Value.Value}\"");
            }
            _replay = events;
            _replayIndex = 0;
            _eventCount--;
            return MoveNext();
        }
        // Replayed aliases were checked when first read.
        _goRules?.Check(current);
        if (current is NodeEvent { Anchor.IsEmpty: false } node)
        {
            _recordings.Add(new Recording(node.Anchor.Value, new List<ParsingEvent>()));
        }
        Current = current;
        Record(current);
        return true;
    }

    // YamlDotNet 16.3's scanner throws InvalidOperationException on some malformed plain
    // scalars (found by fuzzing: CRLF line ends and a cut flow sequence); it is a syntax error.
    private bool ParserMoveNext()
    {
        try
        {
            return _parser.MoveNext();
        }
        catch (InvalidOperationException malformed)
        {
            var at = Current?.End ?? Mark.Empty;
            throw new YamlException(at, at, "the YAML scanner could not read the text after this point", malformed);
        }
    }

    // Every open recording takes the event; a recording ends with the node it started on.
    private void Record(ParsingEvent current)
    {
        for (var i = _recordings.Count - 1; i >= 0; i--)
        {
            var recording = _recordings[i];
            recording.Events.Add(current);
            recording.Depth += current.NestingIncrease;
            if (recording.Depth == 0)
            {
                _anchors[recording.Anchor] = recording.Events;
                _recordings.RemoveAt(i);
            }
        }
    }

    private sealed class Recording(string anchor, List<ParsingEvent> events)
    {
        public string Anchor { get; } = anchor;

        public List<ParsingEvent> Events { get; } = events;

        public int Depth { get; set; }
    }
}
