using System;
using System.Collections.Generic;
using System.Globalization;

namespace CdiGen.Serialization;

/// <summary>
/// Resolves a plain (unquoted) YAML scalar the way Go's gopkg.in/yaml.v2 does (YAML 1.1 rules
/// plus Go's number syntax), which is how container runtimes read CDI spec files through
/// sigs.k8s.io/yaml: <c>0640</c> is octal 416, <c>0o640</c> and <c>0x1a0</c> are numbers,
/// <c>yes</c>/<c>on</c>/<c>y</c> are booleans, <c>1.0</c> is a float. Quoted scalars are always
/// strings and must not be passed here.
/// </summary>
public static class Yaml11Scalar
{
    private static readonly Dictionary<string, Yaml11Value> Words = BuildWords();

    /// <summary>Resolves a plain scalar to its YAML 1.1 kind and value.</summary>
    /// <param name="text">The scalar's text as written.</param>
    /// <returns>The resolved scalar; anything that is not null, bool, int or float is a string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Yaml11Value Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return Yaml11Value.Null(text);
        }

        // yaml.v2 first looks up the fixed words (every one starts with a character that lets a
        // scalar be more than a string), then lets the first character pick the number syntax.
        if (Words.TryGetValue(text, out var word))
        {
            return word;
        }

        var first = text[0];
        if (first == '.')
        {
            return TryResolveDotFloat(text) ?? Yaml11Value.String(text);
        }

        // Timestamps (YYYY-...) are also tried here by yaml.v2, but a scalar that looks like one
        // decodes as the same text into a string or interface{}, so they need no case of their own.
        if (first is '+' or '-' or (>= '0' and <= '9'))
        {
            return TryResolveNumber(text) ?? Yaml11Value.String(text);
        }

        return Yaml11Value.String(text);
    }

    /// <summary>
    /// The text sigs.k8s.io/yaml puts into a Go <c>string</c> field (or a <c>map[string]string</c>
    /// value) for this scalar: <c>true</c>/<c>false</c> for booleans, decimal for integers,
    /// <c>strconv.FormatFloat(f, 'g', -1, 32)</c> for floats (so <c>1.0</c> gives <c>"1"</c>),
    /// empty for null (the field keeps its zero value), the text itself for strings.
    /// </summary>
    /// <param name="value">The resolved scalar.</param>
    /// <returns>The string Go would hold.</returns>
    /// <exception cref="InvalidOperationException">
    /// The scalar is an integer beyond 64 bits (<see cref="Yaml11Value.IsOverflow"/>), which Go cannot
    /// put into a string field; use <see cref="TryToGoString"/> to test for it.
    /// </exception>
    public static string ToGoString(in Yaml11Value value) =>
        TryToGoString(value, out var text)
            ? text
            : throw new InvalidOperationException($"the integer {value.Text} does not fit 64 bits; Go's YAML reader cannot store it in a string field");

    /// <summary>Like <see cref="ToGoString"/>, but reports an integer beyond 64 bits by returning false.</summary>
    /// <param name="value">The resolved scalar.</param>
    /// <param name="text">The string Go would hold, or empty.</param>
    /// <returns>False only for an integer with <see cref="Yaml11Value.IsOverflow"/>.</returns>
    public static bool TryToGoString(in Yaml11Value value, out string text)
    {
        switch (value.Kind)
        {
            case Yaml11Kind.Null:
                text = string.Empty;
                return true;
            case Yaml11Kind.Bool:
                text = value.BooleanValue ? "true" : "false";
                return true;
            case Yaml11Kind.Int when !value.IsOverflow:
                text = value.IntegerValue.ToString(CultureInfo.InvariantCulture);
                return true;
            case Yaml11Kind.Int:
                text = string.Empty;
                return false;
            case Yaml11Kind.Float:
                text = GoFloatFormatter.FormatSingleShortest(value.FloatValue);
                return true;
            default:
                text = value.Text;
                return true;
        }
    }

    // The order below is yaml.v2's: signed int, unsigned int, YAML-style float, the explicit
    // binary fallbacks, and last (in the sigs.k8s.io/yaml fork) a big integer.
    private static Yaml11Value? TryResolveNumber(string text)
    {
        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (GoIntegerParser.ParseInt64(plain, 0, out var signed) == GoParseStatus.Ok)
        {
            return Yaml11Value.Int(text, signed);
        }

        var unsignedStatus = GoIntegerParser.ParseUInt64(plain, 0, out var unsigned);
        if (unsignedStatus == GoParseStatus.Ok)
        {
            return Yaml11Value.Int(text, unsigned);
        }

        if (IsYamlStyleFloat(plain) && TryParseFiniteDouble(plain, out var number))
        {
            return Yaml11Value.Float(text, number);
        }

        // Reachable only through Go's ParseInt accepting a sign after the prefix: "0b-101" is -5.
        if (plain.StartsWith("0b", StringComparison.Ordinal))
        {
            var digits = plain.Substring(2);
            if (GoIntegerParser.ParseInt64(digits, 2, out var binary) == GoParseStatus.Ok)
            {
                return Yaml11Value.Int(text, binary);
            }

            if (GoIntegerParser.ParseUInt64(digits, 2, out var unsignedBinary) == GoParseStatus.Ok)
            {
                return Yaml11Value.Int(text, unsignedBinary);
            }
        }
        else if (plain.StartsWith("-0b", StringComparison.Ordinal)
            && GoIntegerParser.ParseInt64("-" + plain.Substring(3), 2, out var negativeBinary) == GoParseStatus.Ok)
        {
            return Yaml11Value.Int(text, negativeBinary);
        }

        if (unsignedStatus == GoParseStatus.Range && GoIntegerParser.TryParseBig(plain, out var big))
        {
            return Yaml11Value.Int(text, big);
        }

        return null;
    }

    // A scalar starting with '.' that is not a .inf/.nan word goes straight to Go's ParseFloat,
    // underscores included: they must sit between digits, as in a Go literal.
    private static Yaml11Value? TryResolveDotFloat(string text)
    {
        if (text.Contains('_') && !GoUnderscoresAreBetweenDigits(text))
        {
            return null;
        }

        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        return IsYamlStyleFloat(plain) && TryParseFiniteDouble(plain, out var number)
            ? Yaml11Value.Float(text, number)
            : null;
    }

    // ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
    private static bool IsYamlStyleFloat(string s)
    {
        var i = 0;
        if (i < s.Length && s[i] is '+' or '-')
        {
            i++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            if (!SkipDigits(s, ref i))
            {
                return false;
            }
        }
        else
        {
            if (!SkipDigits(s, ref i))
            {
                return false;
            }

            if (i < s.Length && s[i] == '.')
            {
                i++;
                SkipDigits(s, ref i);
            }
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            if (!SkipDigits(s, ref i))
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static bool SkipDigits(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && s[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i > start;
    }

    // Go reports overflow (a result of ±Inf) as an error, and the scalar then stays a string.
    private static bool TryParseFiniteDouble(string s, out double value) =>
        double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    // Go's rule for underscores in number literals: each one follows a digit and precedes a digit.
    private static bool GoUnderscoresAreBetweenDigits(string s)
    {
        var previous = '^';
        foreach (var c in s)
        {
            if (c is >= '0' and <= '9')
            {
                previous = '0';
            }
            else if (c == '_')
            {
                if (previous != '0')
                {
                    return false;
                }

                previous = '_';
            }
            else if (previous == '_')
            {
                return false;
            }
            else
            {
                previous = '!';
            }
        }

        return previous != '_';
    }

    private static Dictionary<string, Yaml11Value> BuildWords()
    {
        var words = new Dictionary<string, Yaml11Value>(StringComparer.Ordinal);
        void Add(Func<string, Yaml11Value> make, params string[] spellings)
        {
            foreach (var spelling in spellings)
            {
                words.Add(spelling, make(spelling));
            }
        }

        Add(t => Yaml11Value.Bool(t, true), "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
        Add(t => Yaml11Value.Bool(t, false), "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
        Add(Yaml11Value.Null, "~", "null", "Null", "NULL");
        Add(t => Yaml11Value.Float(t, double.NaN), ".nan", ".NaN", ".NAN");
        Add(t => Yaml11Value.Float(t, double.PositiveInfinity), ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF");
        Add(t => Yaml11Value.Float(t, double.NegativeInfinity), "-.inf", "-.Inf", "-.INF");
        return words;
    }
}
