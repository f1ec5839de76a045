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

    /// <summary>
    /// The index of the backslash of the first <c>\/</c> escape in <paramref name="text"/>, or
    /// -1. The text starts outside any escape (at a value's opening quote, or the document).
    /// </summary>
    public static int IndexIn(ReadOnlySpan<char> text)
    {
        for (int i = text.IndexOf('\\'); i >= 0 && i + 1 < text.Length; )
        {
            if (text[i + 1] == '/')
            {
                return i;
            }

            // An escape is the backslash and the next character, so "\\/" is text.
            int next = text.Slice(i + 2).IndexOf('\\');
            i = next < 0 ? -1 : i + 2 + next;
        }

        return -1;
    }
}
