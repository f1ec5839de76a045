using System;

namespace CdiGen.Serialization;

/// <summary>
/// The escape <c>\/</c>, which JSON and YAML 1.2 double-quoted strings have and YAML 1.1 does
/// not. Go reads every spec file, JSON included, with a YAML 1.1 reader that refuses it ("found
/// unknown escape character"), so a spec written by a JSON encoder that escapes slashes fails
/// in every runtime. YamlDotNet and Utf8JsonReader accept it; CdiGen refuses it as Go does.
/// Shared with the analyzers (netstandard2.0).
/// </summary>
internal static class EscapedSlash
{
    /// <summary>Why a spec file may not hold the escape, in words for an error message.</summary>
    public const string Reason =
        "the escape \\/ is not allowed: Go's YAML reader, which CDI runtimes use for JSON files too, does not know it; write / instead";

    /// <summary>The index of the backslash of the first <c>\/</c> escape in <paramref name="text"/>, or -1.</summary>
    public static int IndexIn(ReadOnlySpan<char> text)
    {
        for (int from = 0; ; )
        {
            int found = text.Slice(from).IndexOf("\\/".AsSpan());
            if (found < 0)
            {
                return -1;
            }

            int at = from + found;
            if (IsEscape(text, at))
            {
                return at;
            }

            from = at + 2;
        }
    }

    private static bool IsEscape(ReadOnlySpan<char> text, int backslash)
    {
        int backslashes = 1;
        while (backslash - backslashes >= 0 && text[backslash - backslashes] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }
}
