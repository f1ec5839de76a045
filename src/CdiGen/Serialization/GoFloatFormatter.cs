using System;
using System.Globalization;
using System.Text;

namespace CdiGen.Serialization;

/// <summary>
/// Go's <c>strconv.FormatFloat(f, 'g', -1, 32)</c>: the value rounded to single precision, its
/// shortest round-tripping digits, then plain notation when the decimal exponent is in
/// [-4, 6) and <c>d.ddde±XX</c> otherwise. sigs.k8s.io/yaml uses exactly this (bit size 32,
/// not 64) when a YAML float lands in a Go string field.
/// </summary>
internal static class GoFloatFormatter
{
    // With the shortest digits Go decides between %e and %f as if the precision were 6.
    private const int ShortestExponentThreshold = 6;

    public static string FormatSingleShortest(double value)
    {
        var single = (float)value;
        if (float.IsNaN(single))
        {
            return "NaN";
        }

        if (float.IsInfinity(single))
        {
            return single > 0 ? "+Inf" : "-Inf";
        }

        // .NET's "R" gives the shortest digits that round-trip, as Go's shortest mode does;
        // only its layout differs, so read the digits and exponent back out of it.
        var (negative, digits, pointPosition) = Decompose(single.ToString("R", CultureInfo.InvariantCulture));
        var builder = new StringBuilder(digits.Length + 8);
        if (negative)
        {
            builder.Append('-');
        }

        if (digits.Length == 0)
        {
            return builder.Append('0').ToString();
        }

        var exponent = pointPosition - 1;
        if (exponent < -4 || exponent >= ShortestExponentThreshold)
        {
            AppendExponential(builder, digits, exponent);
        }
        else
        {
            AppendPlain(builder, digits, pointPosition);
        }

        return builder.ToString();
    }

    // Returns the significant digits without leading or trailing zeros and where the decimal
    // point sits relative to them: value = 0.DIGITS x 10^pointPosition.
    private static (bool Negative, string Digits, int PointPosition) Decompose(string text)
    {
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text.Substring(1);
        }

        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text.Substring(0, e);
        }

        var dot = text.IndexOf('.');
        var integerDigits = dot < 0 ? text.Length : dot;
        var digits = dot < 0 ? text : text.Remove(dot, 1);
        var pointPosition = integerDigits + exponent;

        var leadingZeros = 0;
        while (leadingZeros < digits.Length && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits.Substring(leadingZeros).TrimEnd('0');
        return (negative, digits, pointPosition - leadingZeros);
    }

    private static void AppendExponential(StringBuilder builder, string digits, int exponent)
    {
        builder.Append(digits[0]);
        if (digits.Length > 1)
        {
            builder.Append('.').Append(digits, 1, digits.Length - 1);
        }

        builder.Append('e').Append(exponent < 0 ? '-' : '+');
        var magnitude = exponent < 0 ? -exponent : exponent;
        if (magnitude < 10)
        {
            builder.Append('0');
        }

        builder.Append(magnitude.ToString(CultureInfo.InvariantCulture));
    }

    private static void AppendPlain(StringBuilder builder, string digits, int pointPosition)
    {
        if (pointPosition <= 0)
        {
            builder.Append("0.").Append('0', -pointPosition).Append(digits);
        }
        else if (pointPosition >= digits.Length)
        {
            builder.Append(digits).Append('0', pointPosition - digits.Length);
        }
        else
        {
            builder.Append(digits, 0, pointPosition).Append('.').Append(digits, pointPosition, digits.Length - pointPosition);
        }
    }
}
