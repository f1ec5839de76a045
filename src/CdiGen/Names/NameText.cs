using System.Globalization;

namespace CdiGen.Names;

/// <summary>
/// Small text helpers shared by the name rules: CDI names are ASCII-only, so a
/// non-ASCII or control character is shown by code point, never raw, to keep error
/// messages readable in a terminal.
/// </summary>
internal static class NameText
{
    /// <summary>Describes a character for an error message, e.g. <c>' '</c> or <c>U+00E9</c>.</summary>
    public static string Describe(char c) =>
        c >= 0x20 && c < 0x7F
            ? "'" + c + "'"
            : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>Quotes a value the way Go's <c>%q</c> would for printable ASCII: in double quotes, with <c>\</c> and <c>"</c> escaped.</summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new System.Text.StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7F)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
