using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace CdiGen;

/// <summary>
/// The few .NET 8 members that the runtime's rule files (compiled into this netstandard2.0
/// assembly as links) call. They live in namespace <c>CdiGen</c>, which encloses the
/// namespaces of those files, so the shared sources compile here unchanged.
/// </summary>
internal static class NetStandardPolyfills
{
    extension(char)
    {
        /// <summary>An ASCII letter, a-z or A-Z.</summary>
        public static bool IsAsciiLetter(char c) => (c | 0x20) is >= 'a' and <= 'z';

        /// <summary>An ASCII lower-case letter.</summary>
        public static bool IsAsciiLetterLower(char c) => c is >= 'a' and <= 'z';

        /// <summary>An ASCII digit.</summary>
        public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

        /// <summary>An ASCII letter or digit.</summary>
        public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetter(c) || char.IsAsciiDigit(c);
    }

    extension(double)
    {
        /// <summary>Neither infinite nor NaN.</summary>
        public static bool IsFinite(double d) => !double.IsNaN(d) && !double.IsInfinity(d);
    }

    extension(int)
    {
        /// <summary>Parses the characters as <see cref="int.Parse(string, NumberStyles, IFormatProvider)"/> does.</summary>
        public static int Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) =>
            int.Parse(s.ToString(), style, provider);
    }

    extension(ArgumentNullException)
    {
        /// <summary>Throws when <paramref name="argument"/> is null.</summary>
        public static void ThrowIfNull(object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null)
            {
                throw new ArgumentNullException(paramName);
            }
        }
    }

    extension(string s)
    {
        /// <summary>Whether the string contains the character.</summary>
        public bool Contains(char c) => s.IndexOf(c) >= 0;

        /// <summary>Whether the string starts with the character.</summary>
        public bool StartsWith(char c) => s.Length > 0 && s[0] == c;

        /// <summary>Replaces ordinally; the only comparison the shared sources pass.</summary>
        public string Replace(string oldValue, string newValue, StringComparison comparison) =>
            comparison == StringComparison.Ordinal
                ? s.Replace(oldValue, newValue)
                : throw new NotSupportedException("only ordinal replacement is available here");
    }

    /// <summary>Deconstructs a pair, as <c>foreach (var (key, value) in map)</c> needs.</summary>
    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }
}
