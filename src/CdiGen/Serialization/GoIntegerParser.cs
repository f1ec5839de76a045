using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace CdiGen.Serialization;

/// <summary>How Go's strconv integer parsing ended.</summary>
internal enum GoParseStatus
{
    Ok,
    Syntax,
    Range,
}

/// <summary>
/// Go's <c>strconv.ParseUint</c>/<c>ParseInt</c> with bitSize 64, which gopkg.in/yaml.v2 calls to
/// resolve integers. Base 0 picks the base from the prefix: <c>0b</c>, <c>0o</c>, <c>0x</c> (any
/// case) or a bare leading <c>0</c> (octal). The YAML resolver removes underscores first, so
/// here an underscore is a syntax error. Go reports a range error at the first digit that
/// overflows, before it has seen the rest: that order decides what the resolver tries next.
/// </summary>
internal static class GoIntegerParser
{
    public static GoParseStatus ParseUInt64(string s, int numberBase, out ulong value)
    {
        value = 0;
        if (s.Length == 0)
        {
            return GoParseStatus.Syntax;
        }

        var start = 0;
        if (numberBase == 0)
        {
            (numberBase, start) = BaseFromPrefix(s);
        }

        var cutoff = (ulong.MaxValue / (ulong)numberBase) + 1;
        ulong n = 0;
        for (var i = start; i < s.Length; i++)
        {
            var digit = DigitValue(s[i]);
            if (digit >= numberBase)
            {
                return GoParseStatus.Syntax;
            }

            if (n >= cutoff)
            {
                value = ulong.MaxValue;
                return GoParseStatus.Range;
            }

            n *= (ulong)numberBase;
            var next = n + (ulong)digit;
            if (next < n)
            {
                value = ulong.MaxValue;
                return GoParseStatus.Range;
            }

            n = next;
        }

        value = n;
        return GoParseStatus.Ok;
    }

    public static GoParseStatus ParseInt64(string s, int numberBase, out long value)
    {
        value = 0;
        if (s.Length == 0)
        {
            return GoParseStatus.Syntax;
        }

        var negative = s[0] == '-';
        var unsignedPart = s[0] is '+' or '-' ? s.Substring(1) : s;
        var status = ParseUInt64(unsignedPart, numberBase, out var magnitude);
        if (status == GoParseStatus.Syntax)
        {
            return status;
        }

        const ulong limit = 1UL << 63;
        if ((!negative && magnitude >= limit) || (negative && magnitude > limit))
        {
            return GoParseStatus.Range;
        }

        value = negative ? (long)(0UL - magnitude) : (long)magnitude;
        return GoParseStatus.Ok;
    }

    /// <summary>
    /// Go's <c>big.Int.SetString(s, 0)</c> for an unsigned literal: the same prefixes as base 0,
    /// at least one digit, any size. The yaml.v2 fork in sigs.k8s.io/yaml falls back to it when
    /// a literal overflows 64 bits.
    /// </summary>
    public static bool TryParseBig(string s, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (s.Length == 0)
        {
            return false;
        }

        var (numberBase, start) = BaseFromPrefix(s);
        if (start >= s.Length && numberBase != 8)
        {
            return false;
        }

        for (var i = start; i < s.Length; i++)
        {
            if (DigitValue(s[i]) >= numberBase)
            {
                return false;
            }
        }

        // Digit by digit would be quadratic in the length (a 1 MB literal took minutes);
        // BigInteger's own parsers are not. Binary and octal go through hex text, which every
        // target framework parses (this file is also compiled into the netstandard2.0 analyzers).
        var digits = s.Substring(start);
        value = numberBase switch
        {
            10 => BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture),
            16 => BigInteger.Parse("0" + digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
            2 => BigInteger.Parse("0" + BitsToHex(digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
            _ => BigInteger.Parse("0" + BitsToHex(OctalToBits(digits)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
        };
        return true;
    }

    private static string OctalToBits(string octal)
    {
        var bits = new StringBuilder(octal.Length * 3);
        foreach (var digit in octal)
        {
            var d = digit - '0';
            bits.Append((char)('0' + ((d >> 2) & 1))).Append((char)('0' + ((d >> 1) & 1))).Append((char)('0' + (d & 1)));
        }
        return bits.ToString();
    }

    private static string BitsToHex(string bits)
    {
        var hex = new StringBuilder((bits.Length / 4) + 1);
        var first = bits.Length % 4;
        for (var i = first == 0 ? 0 : first - 4; i < bits.Length; i += 4)
        {
            var nibble = 0;
            for (var j = i; j < i + 4; j++)
            {
                nibble = (nibble << 1) | (j >= 0 && bits[j] == '1' ? 1 : 0);
            }
            hex.Append("0123456789abcdef"[nibble]);
        }
        return hex.ToString();
    }

    private static (int Base, int Start) BaseFromPrefix(string s)
    {
        if (s[0] != '0')
        {
            return (10, 0);
        }

        if (s.Length >= 3)
        {
            switch (s[1] | 0x20)
            {
                case 'b': return (2, 2);
                case 'o': return (8, 2);
                case 'x': return (16, 2);
            }
        }

        return (8, 1);
    }

    // Letters count as digits 10..35 whatever the base, so "09" and "0x1g" fail on the
    // base check, as in Go; anything else is out of every base.
    private static int DigitValue(char c)
    {
        if (c is >= '0' and <= '9')
        {
            return c - '0';
        }

        var lower = (char)(c | 0x20);
        return lower is >= 'a' and <= 'z' ? lower - 'a' + 10 : int.MaxValue;
    }
}
