using System;
using CdiGen.Names;

namespace CdiGen.Registry;

/// <summary>
/// Names of spec files written through <see cref="CdiRegistry.WriteSpec"/>. The convention
/// (<c>vendor-class</c>, and <c>vendor-class_id</c> for transient specs) keeps the files of
/// different vendors, classes and containers apart when several writers share a directory.
/// </summary>
public static class CdiSpecNames
{
    /// <summary>The extension appended to a name that has neither <c>.json</c> nor <c>.yaml</c>.</summary>
    public const string DefaultExtension = ".json";

    /// <summary>
    /// The longest spec file name, in UTF-8 bytes, extension included: the limit of Linux file
    /// systems (<c>NAME_MAX</c>). Checked here so that a long name fails with a message about
    /// the name rather than a <see cref="System.IO.PathTooLongException"/> from the file system.
    /// </summary>
    public const int MaxFileNameBytes = 255;

    /// <summary>The name for the spec of one vendor and class, <c>vendor-class</c>.</summary>
    /// <param name="vendor">The vendor, e.g. <c>vendor.com</c>.</param>
    /// <param name="class">The class, e.g. <c>gpu</c>.</param>
    /// <returns>The spec name, without extension.</returns>
    /// <exception cref="ArgumentException">The vendor or class is not a valid CDI name.</exception>
    public static string GenerateName(string vendor, string @class)
    {
        ThrowIfInvalid(CdiNames.ValidateVendor(vendor), nameof(vendor));
        ThrowIfInvalid(CdiNames.ValidateClass(@class), nameof(@class));
        return vendor + "-" + @class;
    }

    /// <summary>The name for a spec, from its kind; see <see cref="GenerateName(string, string)"/>.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The spec name, without extension.</returns>
    /// <exception cref="ArgumentException">The spec's kind is not valid.</exception>
    public static string GenerateName(ICdiSpecDocument spec)
    {
        var (vendor, @class) = SplitKind(spec);
        return GenerateName(vendor, @class);
    }

    /// <summary>
    /// The name for a transient spec (one made for one container or claim),
    /// <c>vendor-class_transientId</c>. Path separators in the id become <c>_</c>, so that an id
    /// such as a Kubernetes namespace/name pair stays inside the spec directory.
    /// </summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="class">The class.</param>
    /// <param name="transientId">An id unique among the transient specs of this vendor and class.</param>
    /// <returns>The spec name, without extension.</returns>
    /// <exception cref="ArgumentException">A name is invalid, or the id is empty or holds a NUL character.</exception>
    public static string GenerateTransientName(string vendor, string @class, string transientId)
    {
        ArgumentNullException.ThrowIfNull(transientId);
        if (transientId.Length == 0 || transientId.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("a transient id must be non-empty and must not contain NUL", nameof(transientId));
        }

        return GenerateName(vendor, @class) + "_" + transientId.Replace('/', '_').Replace('\\', '_');
    }

    /// <summary>The transient name for a spec, from its kind; see <see cref="GenerateTransientName(string, string, string)"/>.</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="transientId">An id unique among the transient specs of this vendor and class.</param>
    /// <returns>The spec name, without extension.</returns>
    /// <exception cref="ArgumentException">The kind or the id is invalid.</exception>
    public static string GenerateTransientName(ICdiSpecDocument spec, string transientId)
    {
        var (vendor, @class) = SplitKind(spec);
        return GenerateTransientName(vendor, @class, transientId);
    }

    /// <summary>
    /// Checks that a spec name names a file directly inside a spec directory: not empty, no
    /// <c>/</c> or <c>\</c> (so not absolute either), no <c>..</c>, no NUL, not <c>.</c>, and at
    /// most <see cref="MaxFileNameBytes"/> UTF-8 bytes once the default extension is added.
    /// </summary>
    /// <param name="name">The name, with or without extension.</param>
    /// <returns><c>null</c> when usable; otherwise why not.</returns>
    public static string? ValidateName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "a spec name must not be empty";
        }

        if (name.Contains('\0', StringComparison.Ordinal))
        {
            return $"spec name {NameText.Quote(name)} contains NUL";
        }

        // Both separators are refused on every platform: a name valid here must be valid everywhere.
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || System.IO.Path.IsPathRooted(name))
        {
            return $"spec name {NameText.Quote(name)} must be a file name, not a path";
        }

        if (name == "." || name.Contains("..", StringComparison.Ordinal))
        {
            return $"spec name {NameText.Quote(name)} must not contain \"..\" or be \".\"";
        }

        int bytes = System.Text.Encoding.UTF8.GetByteCount(name) + (CdiSpecFormats.TryFromPath(name, out _) ? 0 : DefaultExtension.Length);
        if (bytes > MaxFileNameBytes)
        {
            // Quoting a name this long would bury the message; its start is enough to find it.
            return $"spec name {NameText.Quote(name[..Math.Min(name.Length, 40)])}... is {bytes} bytes long as a file name; the limit is {MaxFileNameBytes}";
        }

        return null;
    }

    /// <summary>The file name for a spec name: checked, and with <see cref="DefaultExtension"/> unless it has a spec extension.</summary>
    internal static string ToFileName(string name, out CdiSpecFormat format)
    {
        ThrowIfInvalid(ValidateName(name), nameof(name));
        if (CdiSpecFormats.TryFromPath(name, out format))
        {
            return name;
        }

        format = CdiSpecFormat.Json;
        return name + DefaultExtension;
    }

    private static (string Vendor, string Class) SplitKind(ICdiSpecDocument spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return CdiNames.TryParseKind(spec.Kind, out var vendor, out var @class)
            ? (vendor, @class)
            : throw new ArgumentException(CdiNames.ValidateKind(spec.Kind), nameof(spec));
    }

    private static void ThrowIfInvalid(string? error, string parameter)
    {
        if (error is not null)
        {
            throw new ArgumentException(error, parameter);
        }
    }
}
