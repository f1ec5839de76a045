using System;
using System.Diagnostics.CodeAnalysis;

namespace CdiGen.Names;

/// <summary>
/// The syntax rules of CDI names and of the values inside container edits, as the
/// reference Go implementation (spec v1.1.0) checks them. Every <c>ValidateXxx</c>
/// method returns <see langword="null"/> for a valid value and otherwise a message that
/// names the part that is wrong and why; generated validation code calls them by name.
/// </summary>
public static partial class CdiNames
{
    /// <summary>
    /// Checks a vendor name (the part before '/' in a kind): an ASCII letter first, a letter
    /// or digit last, and letters, digits, '_', '-' or '.' in between.
    /// </summary>
    /// <param name="value">The vendor name, for example <c>nvidia.com</c>.</param>
    /// <returns><see langword="null"/> when valid; otherwise the error message.</returns>
    public static string? ValidateVendor(string value) => ValidateVendorOrClass("vendor", value);

    /// <summary>
    /// Checks a class name (the part after '/' in a kind), with the same rules as
    /// <see cref="ValidateVendor"/>. A '.' in the class needs cdiVersion 0.6.0; that
    /// version rule is checked elsewhere, this method checks syntax only.
    /// </summary>
    /// <param name="value">The class name, for example <c>gpu</c>.</param>
    /// <returns><see langword="null"/> when valid; otherwise the error message.</returns>
    public static string? ValidateClass(string value) => ValidateVendorOrClass("class", value);

    /// <summary>Checks a kind, <c>vendor/class</c>, split at the first '/'.</summary>
    /// <param name="value">The kind, for example <c>vendor.com/gpu</c>.</param>
    /// <returns><see langword="null"/> when valid; otherwise the error message.</returns>
    public static string? ValidateKind(string value)
    {
        if (!TrySplitKind(value, out var vendor, out var @class))
        {
            return $"invalid kind {NameText.Quote(value)}: expected vendor/class, e.g. \"vendor.com/gpu\"";
        }

        var error = ValidateVendor(vendor) ?? ValidateClass(@class);
        return error is null ? null : $"invalid kind {NameText.Quote(value)}: {error}";
    }

    /// <summary>
    /// Checks a device name (the part after '=' in a qualified name): a letter or digit first
    /// and last, and letters, digits, '_', '-', '.' or ':' in between. A digit first needs
    /// cdiVersion 0.5.0; that version rule is checked elsewhere.
    /// </summary>
    /// <param name="value">The device name, for example <c>gpu0</c> or <c>0:1</c>.</param>
    /// <returns><see langword="null"/> when valid; otherwise the error message.</returns>
    public static string? ValidateDeviceName(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "invalid device name \"\": must not be empty";
        }

        if (!char.IsAsciiLetterOrDigit(value[0]))
        {
            return $"invalid device name {NameText.Quote(value)}: must start with a letter or digit";
        }

        for (var i = 1; i < value.Length - 1; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.' or ':'))
            {
                return $"invalid device name {NameText.Quote(value)}: character {NameText.Describe(c)} at position {i + 1} is not allowed (only letters, digits, '_', '-', '.' and ':')";
            }
        }

        if (!char.IsAsciiLetterOrDigit(value[^1]))
        {
            return $"invalid device name {NameText.Quote(value)}: must end with a letter or digit";
        }

        return null;
    }

    /// <summary>
    /// Checks a fully qualified device name, <c>vendor/class=name</c>: split at the first '=',
    /// the left part at its first '/'.
    /// </summary>
    /// <param name="value">The qualified name, for example <c>vendor.com/gpu=gpu0</c>.</param>
    /// <returns><see langword="null"/> when valid; otherwise the error message.</returns>
    public static string? ValidateQualifiedName(string value) => TrySplitQualified(value, out _, out _, out _);

    /// <summary>Tells whether a string is a valid qualified device name, <c>vendor/class=name</c>.</summary>
    /// <param name="value">The candidate; <see langword="null"/> is not qualified.</param>
    /// <returns><see langword="true"/> when every part is valid.</returns>
    public static bool IsQualifiedName([NotNullWhen(true)] string? value) =>
        value is not null && ValidateQualifiedName(value) is null;

    /// <summary>Splits a valid kind into its vendor and class.</summary>
    /// <param name="kind">The kind, <c>vendor/class</c>.</param>
    /// <returns>The vendor and class.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="FormatException">The kind is not valid; the message says why.</exception>
    public static (string Vendor, string Class) ParseKind(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return TryParseKind(kind, out var vendor, out var @class)
            ? (vendor, @class)
            : throw new FormatException(ValidateKind(kind));
    }

    /// <summary>Splits a kind into vendor and class when it is valid.</summary>
    /// <param name="kind">The kind, <c>vendor/class</c>.</param>
    /// <param name="vendor">The vendor when valid, else empty.</param>
    /// <param name="class">The class when valid, else empty.</param>
    /// <returns><see langword="true"/> when the kind is valid.</returns>
    public static bool TryParseKind(string? kind, out string vendor, out string @class)
    {
        if (kind is not null && ValidateKind(kind) is null && TrySplitKind(kind, out vendor, out @class))
        {
            return true;
        }

        vendor = string.Empty;
        @class = string.Empty;
        return false;
    }

    /// <summary>
    /// Splits and checks a qualified name; returns null and the three parts when valid,
    /// else the error message (with empty parts).
    /// </summary>
    internal static string? TrySplitQualified(string? value, out string vendor, out string @class, out string name)
    {
        vendor = @class = name = string.Empty;

        // Spelled out rather than string.IsNullOrEmpty: the analyzers compile this file for
        // netstandard2.0, whose IsNullOrEmpty carries no nullable annotation.
        if (value is null || value.Length == 0)
        {
            return "invalid device \"\": must not be empty, expected vendor/class=name";
        }

        var quoted = NameText.Quote(value);
        var equals = value.IndexOf('=');
        if (equals < 0)
        {
            return $"unqualified device {quoted}: missing '=', expected vendor/class=name";
        }

        var kind = value.Substring(0, equals);
        var slash = kind.IndexOf('/');
        if (slash <= 0)
        {
            return $"unqualified device {quoted}: missing vendor, expected vendor/class=name";
        }

        if (slash == kind.Length - 1)
        {
            return $"unqualified device {quoted}: missing class, expected vendor/class=name";
        }

        if (equals == value.Length - 1)
        {
            return $"unqualified device {quoted}: missing device name, expected vendor/class=name";
        }

        var v = kind.Substring(0, slash);
        var c = kind.Substring(slash + 1);
        var n = value.Substring(equals + 1);
        var error = ValidateVendor(v) ?? ValidateClass(c) ?? ValidateDeviceName(n);
        if (error is not null)
        {
            return $"invalid device {quoted}: {error}";
        }

        (vendor, @class, name) = (v, c, n);
        return null;
    }

    // Split only, no checks: both halves must be non-empty, as in the reference.
    private static bool TrySplitKind(string? kind, out string vendor, out string @class)
    {
        var slash = kind is null ? -1 : kind.IndexOf('/');
        if (slash <= 0 || slash == kind!.Length - 1)
        {
            vendor = @class = string.Empty;
            return false;
        }

        vendor = kind.Substring(0, slash);
        @class = kind.Substring(slash + 1);
        return true;
    }

    private static string? ValidateVendorOrClass(string part, string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return $"invalid {part} name \"\": must not be empty";
        }

        if (!char.IsAsciiLetter(value[0]))
        {
            return $"invalid {part} name {NameText.Quote(value)}: must start with a letter";
        }

        for (var i = 1; i < value.Length - 1; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return $"invalid {part} name {NameText.Quote(value)}: character {NameText.Describe(c)} at position {i + 1} is not allowed (only letters, digits, '_', '-' and '.')";
            }
        }

        // A one-letter name passed the first-character check, which is stricter than this one.
        if (!char.IsAsciiLetterOrDigit(value[^1]))
        {
            return $"invalid {part} name {NameText.Quote(value)}: must end with a letter or digit";
        }

        return null;
    }
}
