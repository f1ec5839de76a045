using System;

namespace CdiGen.Serialization;

/// <summary>
/// The characters YAML text may not contain. Go's YAML reader refuses a spec file with any of
/// them (JSON files too, since Go reads those through the same reader): the C0 controls other
/// than tab, line feed and carriage return; DEL and the C1 controls other than NEL; U+FFFE and
/// U+FFFF. YamlDotNet lets them through, so CdiGen checks for them itself.
/// Shared with the analyzers (netstandard2.0), hence plain loops.
/// </summary>
internal static class YamlCharacters
{
    /// <summary>Whether <paramref name="c"/> may not appear in YAML text. Surrogates are left to the UTF-16 and UTF-8 checks.</summary>
    public static bool IsForbidden(char c) =>
        c switch
        {
            '\t' or '\n' or '\r' or '\u0085' => false,
            < ' ' => true,
            >= '\u007F' and <= '\u009F' => true,
            '\uFFFE' or '\uFFFF' => true,
            _ => false,
        };

    /// <summary>The index of the first forbidden character of <paramref name="text"/>, or -1.</summary>
    public static int IndexOfForbidden(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (IsForbidden(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The forbidden character that starts at <paramref name="offset"/> of UTF-8 text, among
    /// those a JSON reader lets through (it refuses raw C0 controls itself): DEL (0x7F), a C1
    /// control other than NEL (0xC2 0x80-0x9F), U+FFFE or U+FFFF (0xEF 0xBF 0xBE/0xBF); or
    /// <c>null</c>.
    /// </summary>
    public static char? ForbiddenUtf8At(ReadOnlySpan<byte> utf8, int offset)
    {
        var rest = utf8.Slice(offset);
        return rest[0] switch
        {
            0x7F => '\u007F',
            0xC2 when rest.Length > 1 && rest[1] is >= 0x80 and <= 0x9F and not 0x85 => (char)rest[1],
            0xEF when rest.Length > 2 && rest[1] == 0xBF && rest[2] is 0xBE or 0xBF => rest[2] == 0xBE ? '\uFFFE' : '\uFFFF',
            _ => null,
        };
    }

    /// <summary>The reason a read fails on <paramref name="c"/>, in words for an error message.</summary>
    public static string Describe(char c) =>
        c is '\uFFFE' or '\uFFFF'
            ? $"U+{(int)c:X4} is not a character, and YAML text may not contain it"
            : $"control character U+{(int)c:X4} is not allowed in YAML text";
}
