using CsCheck;

namespace CdiGen.Reliability.Tests.Generators;

/// <summary>
/// Generators of the text that goes into specs: names that obey the CDI name rules, and
/// free text biased towards what a YAML writer must quote to keep it a string.
/// </summary>
internal static class TextGen
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Digits = "0123456789";

    /// <summary>
    /// Scalars that YAML 1.1 (as Go reads it) would turn into something else when written
    /// unquoted: booleans, nulls, octal and hex numbers, floats, indicators, and text that is
    /// easy to mangle (edges with spaces, line breaks, non-ASCII, control characters).
    /// </summary>
    public static readonly string[] Ambiguous =
    [
        "", " ", "yes", "no", "Yes", "NO", "on", "off", "y", "n", "true", "False", "~", "null", "Null",
        "0640", "0o640", "0x1a0", "0b101", "-0b101", "1_000", "1.0", "1e3", ".5", "-.inf", ".nan", "+1", "-0",
        "9223372036854775808", "18446744073709551616", "0x10000000000000000", "2001-12-14", "12:30:00",
        "- item", "key: value", "#comment", "a #b", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick",
        "|", ">", "?", ":", "-", "---", "...", "[x]", "{x: y}", ",", "'single'", "\"double\"", "\\back",
        " leading", "trailing ", "two\nlines", "tab\there", "cr\rhere", "crlf\r\nhere", "\u0085next", "\u2028ls",
        "é", "日本語", "emoji 🎉", "\u00a0nbsp", "zero\u200bwidth", "bom\ufeff", "bell\u0007", "del\u007f",
        "=", "==", "A=B", "$HOME", "${X}",
    ];

    /// <summary>Free text: mostly the ambiguous pool, sometimes random printable or any-BMP text.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (5, Gen.OneOfConst(Ambiguous)),
        (2, Gen.String[Gen.Char[Letters + Digits + " _-./:=,"], 0, 12]),
        (1, Gen.String[Gen.Char.Where(IsScalarValueChar), 0, 8]));

    /// <summary>A vendor (or class) name: a letter, then letters, digits, '_', '-', '.', ending in a letter or digit.</summary>
    public static readonly Gen<string> Vendor = Identifier(Letters, Letters + Digits + "_-.", Letters + Digits);

    /// <summary>A class name without '.', valid since 0.3.0.</summary>
    public static readonly Gen<string> PlainClass = Identifier(Letters, Letters + Digits + "_-", Letters + Digits);

    /// <summary>A device name: starts and ends with a letter or digit, with '_', '-', '.', ':' between.</summary>
    public static readonly Gen<string> DeviceName = Identifier(Letters + Digits, Letters + Digits + "_-.:", Letters + Digits);

    /// <summary>An environment variable name: what the CDI env rule accepts as KEY.</summary>
    public static readonly Gen<string> EnvKey = Gen.String[Gen.Char[Letters + Digits + "_"], 1, 10];

    /// <summary>An absolute path with a few segments, some of them odd.</summary>
    public static readonly Gen<string> AbsolutePath =
        Gen.OneOf(Gen.String[Gen.Char[Letters + Digits + "_-."], 1, 8], Gen.OneOfConst("..", ".", "a b", "é", "yes", "0640"))
            .List[1, 4]
            .Select(segments => "/" + string.Join('/', segments));

    /// <summary>An annotation key by Kubernetes rules: an optional DNS prefix, '/', a 1-63 character name.</summary>
    public static readonly Gen<string> AnnotationKey = Gen.Select(
        Gen.OneOfConst("", "example.com/", "cdi.k8s.io/", "a.b-c.io/"),
        Identifier(Letters + Digits, Letters + Digits + "_-.", Letters + Digits),
        (prefix, name) => prefix + name);

    private static Gen<string> Identifier(string first, string middle, string last) =>
        Gen.Select(
            Gen.Char[first],
            Gen.String[Gen.Char[middle], 0, 10],
            Gen.Char[last],
            Gen.Bool,
            (head, body, tail, single) => single ? head.ToString() + (last.Contains(head) ? "" : tail.ToString()) : head + body + tail);

    // Lone surrogates cannot be written as UTF-8; every other BMP character can.
    private static bool IsScalarValueChar(char c) => !char.IsSurrogate(c);
}
