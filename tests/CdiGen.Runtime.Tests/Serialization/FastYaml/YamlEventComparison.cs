using System.Text;
using CdiGen.Serialization.FastYaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CdiGen.Tests.FastYaml;

/// <summary>
/// The fast reader's events against YamlDotNet's for the same text, each event written out
/// with every field YamlReadContext or a message could use (type, value, style, key flag,
/// implicit flags, start and end marks), so a difference shows as a readable line.
/// Shared by the unit tests (Runtime) and the differential test (Reliability).
/// </summary>
internal static class YamlEventComparison
{
    /// <summary>The outcome: declined, or accepted with the same events; a difference returns its description.</summary>
    public static Outcome Compare(string text, out string difference)
    {
        difference = string.Empty;
        var fast = FastYamlReader.TryRead(text);
        var reference = YamlDotNetEvents(text);
        if (fast is null)
        {
            return Outcome.Declined;
        }
        if (reference is null)
        {
            difference = "the fast path accepted text YamlDotNet rejects";
            return Outcome.Different;
        }
        for (var i = 0; i < Math.Max(fast.Count, reference.Count); i++)
        {
            var got = i < fast.Count ? Describe(fast[i]) : "(none)";
            var expected = i < reference.Count ? Describe(reference[i]) : "(none)";
            if (got != expected)
            {
                difference = $"event {i}: fast {got}, YamlDotNet {expected}";
                return Outcome.Different;
            }
        }
        return Outcome.Same;
    }

    /// <summary>Every event of the stream as YamlDotNet's parser reads it, or <c>null</c> when it fails.</summary>
    public static List<string>? YamlDotNetDescriptions(string text) => YamlDotNetEvents(text)?.Select(Describe).ToList();

    /// <summary>The fast path's events, described, or <c>null</c> when it declines.</summary>
    public static List<string>? FastDescriptions(string text) => FastYamlReader.TryRead(text)?.Select(Describe).ToList();

    private static List<ParsingEvent>? YamlDotNetEvents(string text)
    {
        var parser = new Parser(new StringReader(text));
        var events = new List<ParsingEvent>();
        try
        {
            while (parser.MoveNext())
            {
                events.Add(parser.Current!);
            }
        }
        catch (Exception failure) when (failure is YamlException or InvalidOperationException)
        {
            return null;
        }
        return events;
    }

    public static string Describe(ParsingEvent e)
    {
        var text = new StringBuilder(e.GetType().Name);
        switch (e)
        {
            case Scalar scalar:
                text.Append($" \"{scalar.Value}\" {scalar.Style} key={scalar.IsKey} plain={scalar.IsPlainImplicit} quoted={scalar.IsQuotedImplicit} anchor={scalar.Anchor} tag={scalar.Tag}");
                break;
            case MappingStart mapping:
                text.Append($" {mapping.Style} implicit={mapping.IsImplicit} anchor={mapping.Anchor} tag={mapping.Tag}");
                break;
            case SequenceStart sequence:
                text.Append($" {sequence.Style} implicit={sequence.IsImplicit} anchor={sequence.Anchor} tag={sequence.Tag}");
                break;
            case DocumentStart document:
                text.Append($" implicit={document.IsImplicit} version={document.Version?.Version}");
                break;
            case DocumentEnd end:
                text.Append($" implicit={end.IsImplicit}");
                break;
        }
        text.Append($" {Mark(e.Start)}-{Mark(e.End)}");
        return text.ToString();
    }

    private static string Mark(Mark m) => $"{m.Index}@{m.Line}:{m.Column}";

    public enum Outcome
    {
        Same,
        Declined,
        Different,
    }
}
