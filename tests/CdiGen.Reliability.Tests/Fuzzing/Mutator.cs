using System.Text;
using System.Text.RegularExpressions;

namespace CdiGen.Reliability.Tests.Fuzzing;

/// <summary>
/// Deterministic mutations of a document, at the byte level (flips, special bytes, invalid
/// UTF-8, cuts) and at the token level (lines deleted, duplicated or swapped, numbers made
/// huge, brackets unbalanced, YAML anchors, aliases, tags, tabs, BOMs, document markers).
/// The same seed gives the same mutant, so a failure names a reproducible case.
/// </summary>
internal sealed partial class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly byte[][] SpecialBytes =
    [
        [0x00], [0xFF], [0xFE], [0x80], [0xC0, 0x80], [0xC3], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0xED, 0xA0, 0x80],
        [0xEF, 0xBB, 0xBF], [0x09], [0x0D], [0x0B], [0x0C], [0x1B], [0x7F], [0xC2, 0x85], [0xE2, 0x80, 0xA8],
        "\""u8.ToArray(), "'"u8.ToArray(), "\\"u8.ToArray(), "\\u"u8.ToArray(), "\\uD800"u8.ToArray(), ":"u8.ToArray(),
        ": "u8.ToArray(), "- "u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(),
        ","u8.ToArray(), "#"u8.ToArray(), "&a "u8.ToArray(), "*a"u8.ToArray(), "!!binary "u8.ToArray(),
        "!!int "u8.ToArray(), "!<tag:x> "u8.ToArray(), "%YAML 1.1\n"u8.ToArray(), "? "u8.ToArray(), "|"u8.ToArray(),
        ">"u8.ToArray(), "<<: "u8.ToArray(), "\n---\n"u8.ToArray(), "\n...\n"u8.ToArray(), "~"u8.ToArray(), "null"u8.ToArray(),
    ];

    private static readonly string[] HugeNumbers =
    [
        "4294967296", "-1", "-4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "18446744073709551615", "18446744073709551616", "1" + new string('0', 400), "0x" + new string('F', 40),
        "0o7777777777777777777777777", "0b" + new string('1', 70), "1e400", "-1e400", "1.5", "1e3", "0777777777777",
        "99999999999999999999999999999999999999", ".inf", "-.inf", ".nan", "0x", "0b", "1_000_000", "+0", "-0",
    ];

    public byte[] Mutate(byte[] input)
    {
        var data = input;
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            data = _random.Next(2) == 0 ? MutateBytes(data) : MutateTokens(data);
        }
        return data;
    }

    private byte[] MutateBytes(byte[] data)
    {
        var bytes = new List<byte>(data);
        var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
        switch (_random.Next(7))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when bytes.Count > 0:
                bytes[at] = (byte)_random.Next(256);
                break;
            case 2:
                bytes.InsertRange(at, SpecialBytes[_random.Next(SpecialBytes.Length)]);
                break;
            case 3 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, _random.Next(1, 16)));
                break;
            case 4 when bytes.Count > 0:
                var length = Math.Min(bytes.Count - at, _random.Next(1, 64));
                bytes.InsertRange(at, bytes.GetRange(at, length));
                break;
            case 5:
                // Cut the document short: an unfinished string, list or mapping.
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                bytes.InsertRange(0, new byte[] { 0xEF, 0xBB, 0xBF });
                break;
        }
        return bytes.ToArray();
    }

    private byte[] MutateTokens(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var lines = text.Split('\n').ToList();
        var at = _random.Next(lines.Count);
        switch (_random.Next(10))
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, lines[at]);
                break;
            case 2:
                var other = _random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            case 3:
                return Encoding.UTF8.GetBytes(ReplaceNumber(text));
            case 4:
                return Encoding.UTF8.GetBytes(Unbalance(text));
            case 5:
                return Encoding.UTF8.GetBytes(AnchorAndAlias(lines));
            case 6:
                // A tab where YAML wants spaces for indentation.
                lines[at] = "\t" + lines[at].TrimStart(' ');
                break;
            case 7:
                return Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"));
            case 8:
                // Quote or unquote a value: YAML 1.1 may read it as another type.
                lines[at] = lines[at].Contains('"', StringComparison.Ordinal) ? lines[at].Replace("\"", "", StringComparison.Ordinal) : QuoteValue(lines[at]);
                break;
            default:
                // Indent or dedent a line, moving it to another level of the document.
                lines[at] = _random.Next(2) == 0 ? "  " + lines[at] : lines[at].Length > 1 ? lines[at][2..] : lines[at];
                break;
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private string ReplaceNumber(string text)
    {
        var numbers = Number().Matches(text);
        var huge = HugeNumbers[_random.Next(HugeNumbers.Length)];
        if (numbers.Count == 0)
        {
            return text + huge;
        }
        var match = numbers[_random.Next(numbers.Count)];
        return string.Concat(text.AsSpan(0, match.Index), huge, text.AsSpan(match.Index + match.Length));
    }

    private string Unbalance(string text)
    {
        var brackets = Bracket().Matches(text);
        if (brackets.Count == 0 || _random.Next(3) == 0)
        {
            var at = _random.Next(text.Length + 1);
            return text.Insert(at, new string("[{"[_random.Next(2)], _random.Next(1, 200)));
        }
        var match = brackets[_random.Next(brackets.Count)];
        return text.Remove(match.Index, 1);
    }

    // Names a value with an anchor and repeats it elsewhere through an alias (or an unknown alias).
    private string AnchorAndAlias(List<string> lines)
    {
        var values = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(": ", StringComparison.Ordinal) || lines[i].TrimStart().StartsWith("- ", StringComparison.Ordinal)).ToList();
        if (values.Count == 0)
        {
            return string.Join('\n', lines) + "\n*nowhere";
        }
        var anchor = values[_random.Next(values.Count)];
        var alias = values[_random.Next(values.Count)];
        lines[anchor] = InsertAfterIndicator(lines[anchor], "&x ");
        lines[alias] = ReplaceValue(lines[alias], _random.Next(4) == 0 ? "*y" : "*x");
        return string.Join('\n', lines);
    }

    private static string InsertAfterIndicator(string line, string insert)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            return line.Insert(colon + 2, insert);
        }
        var dash = line.IndexOf("- ", StringComparison.Ordinal);
        return dash >= 0 ? line.Insert(dash + 2, insert) : insert + line;
    }

    private static string ReplaceValue(string line, string value)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            return line[..(colon + 2)] + value;
        }
        var dash = line.IndexOf("- ", StringComparison.Ordinal);
        return dash >= 0 ? line[..(dash + 2)] + value : value;
    }

    private static string QuoteValue(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon >= 0 ? line[..(colon + 2)] + "\"" + line[(colon + 2)..] + "\"" : line;
    }

    [GeneratedRegex(@"-?\b\d+\b")]
    private static partial Regex Number();

    [GeneratedRegex(@"[\[\]{}]")]
    private static partial Regex Bracket();
}
