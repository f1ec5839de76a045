using System;
using System.Diagnostics.CodeAnalysis;

namespace CdiGen.Names;

/// <summary>
/// A fully qualified CDI device name, <c>vendor/class=name</c>, for example
/// <c>vendor.com/gpu=gpu0</c>. Instances made by the constructor or by
/// <see cref="Parse"/> always hold valid parts; <c>default</c> holds nulls and prints as <c>/=</c>.
/// </summary>
public readonly record struct QualifiedDeviceName
{
    /// <summary>Creates a qualified name from its parts, checking each one.</summary>
    /// <param name="vendor">The vendor, for example <c>vendor.com</c>.</param>
    /// <param name="class">The device class, for example <c>gpu</c>.</param>
    /// <param name="name">The device name, for example <c>gpu0</c>.</param>
    /// <exception cref="ArgumentException">A part is not valid; the message says which and why.</exception>
    public QualifiedDeviceName(string vendor, string @class, string name)
    {
        ThrowIfInvalid(CdiNames.ValidateVendor(vendor), nameof(vendor));
        ThrowIfInvalid(CdiNames.ValidateClass(@class), nameof(@class));
        ThrowIfInvalid(CdiNames.ValidateDeviceName(name), nameof(name));
        Vendor = vendor;
        Class = @class;
        Name = name;
    }

    // Used by the parser, which has already checked the parts.
    private QualifiedDeviceName(string vendor, string @class, string name, bool partsAlreadyChecked)
    {
        _ = partsAlreadyChecked;
        Vendor = vendor;
        Class = @class;
        Name = name;
    }

    /// <summary>The vendor part, before '/'.</summary>
    public string Vendor { get; }

    /// <summary>The class part, between '/' and '='.</summary>
    public string Class { get; }

    /// <summary>The device name, after '='.</summary>
    public string Name { get; }

    /// <summary>The kind, <c>vendor/class</c>, that selects the spec files holding the device.</summary>
    public string Kind => Vendor + "/" + Class;

    /// <summary>Parses <c>vendor/class=name</c>.</summary>
    /// <param name="text">The qualified name.</param>
    /// <returns>The parsed name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid qualified name; the message says why.</exception>
    public static QualifiedDeviceName Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var error = CdiNames.TrySplitQualified(text, out var vendor, out var @class, out var name);
        return error is null
            ? new QualifiedDeviceName(vendor, @class, name, partsAlreadyChecked: true)
            : throw new FormatException(error);
    }

    /// <summary>Parses <c>vendor/class=name</c> without throwing.</summary>
    /// <param name="text">The candidate text; null fails.</param>
    /// <param name="result">The parsed name, or <c>default</c> on failure.</param>
    /// <returns><see langword="true"/> when the text is a valid qualified name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out QualifiedDeviceName result)
    {
        if (CdiNames.TrySplitQualified(text, out var vendor, out var @class, out var name) is null)
        {
            result = new QualifiedDeviceName(vendor, @class, name, partsAlreadyChecked: true);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Formats the name as <c>vendor/class=name</c>.</summary>
    /// <returns>The qualified name text.</returns>
    public override string ToString() => Vendor + "/" + Class + "=" + Name;

    private static void ThrowIfInvalid(string? error, string parameter)
    {
        if (error is not null)
        {
            throw new ArgumentException(error, parameter);
        }
    }
}
