using System;
using System.Globalization;

namespace CdiGen.Analyzers.SpecFiles;

/// <summary>A CDI version, <c>major.minor.patch</c> with an optional leading <c>v</c>, compared numerically.</summary>
internal readonly struct CdiVersion : IComparable<CdiVersion>
{
    private CdiVersion(int major, int minor, int patch, string text)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        Text = text;
    }

    public int Major { get; }

    public int Minor { get; }

    public int Patch { get; }

    /// <summary>The version without a leading <c>v</c>, e.g. <c>0.7.0</c>.</summary>
    public string Text { get; }

    public static bool TryParse(string? text, out CdiVersion version)
    {
        version = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var plain = text![0] == 'v' ? text.Substring(1) : text;
        var parts = plain.Split('.');
        if (parts.Length != 3
            || !TryPart(parts[0], out var major) || !TryPart(parts[1], out var minor) || !TryPart(parts[2], out var patch))
        {
            return false;
        }

        version = new CdiVersion(major, minor, patch, plain);
        return true;
    }

    /// <summary>Parses a version the schema itself gives, which is always well formed.</summary>
    public static CdiVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException("not a CDI version: " + text);

    public static CdiVersion Max(CdiVersion a, CdiVersion b) => a.CompareTo(b) >= 0 ? a : b;

    public int CompareTo(CdiVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major)
        : Minor != other.Minor ? Minor.CompareTo(other.Minor)
        : Patch.CompareTo(other.Patch);

    public override string ToString() => Text;

    private static bool TryPart(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
