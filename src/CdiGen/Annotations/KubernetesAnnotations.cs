using System;
using System.Collections.Generic;
using System.Text;
using CdiGen.Names;

namespace CdiGen.Annotations;

/// <summary>
/// The Kubernetes rules for annotations (apimachinery's <c>ValidateAnnotations</c>), which CDI
/// applies to spec and device annotations: every key is a qualified name, and all keys and
/// values together stay within 256 KiB. The Go CDI library skips this check (a known gap);
/// the Rust port enforces it, so a spec that fails here is not portable.
/// </summary>
public static class KubernetesAnnotations
{
    /// <summary>The largest total size, in UTF-8 bytes, of all annotation keys and values (256 KiB).</summary>
    public const int TotalSizeLimitBytes = 256 * 1024;

    /// <summary>The longest name part of a qualified name, in bytes as Go counts.</summary>
    public const int MaxNameLength = 63;

    /// <summary>The longest prefix (a DNS-1123 subdomain) of a qualified name, in bytes as Go counts.</summary>
    public const int MaxPrefixLength = 253;

    /// <summary>Checks a set of annotations; each problem gives one message that names its key.</summary>
    /// <param name="annotations">The annotations; null values count as empty.</param>
    /// <returns>The error messages; empty when the annotations are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="annotations"/> is null.</exception>
    public static IReadOnlyList<string> Validate(IEnumerable<KeyValuePair<string, string>> annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        var errors = new List<string>();
        long totalBytes = 0;
        foreach (var (key, value) in annotations)
        {
            foreach (var problem in ValidateKey(key))
            {
                errors.Add($"invalid annotation key {NameText.Quote(key)}: {problem}");
            }

            totalBytes += Encoding.UTF8.GetByteCount(key ?? string.Empty) + Encoding.UTF8.GetByteCount(value ?? string.Empty);
        }

        if (totalBytes > TotalSizeLimitBytes)
        {
            errors.Add($"annotations are too large: keys and values total {totalBytes} bytes, at most {TotalSizeLimitBytes} (256 KiB) are allowed");
        }

        return errors;
    }

    /// <summary>
    /// Checks one annotation key. As Kubernetes does for annotations, case does not matter:
    /// the key is lower-cased before the qualified-name check, so an upper-case prefix passes.
    /// </summary>
    /// <param name="key">The annotation key.</param>
    /// <returns>The problems with the key (without the key itself); empty when valid.</returns>
    public static IReadOnlyList<string> ValidateKey(string key) =>
        ValidateQualifiedName((key ?? string.Empty).ToLowerInvariant());

    /// <summary>
    /// Checks a Kubernetes qualified name, case-sensitively: an optional prefix (a DNS-1123
    /// subdomain of at most 253 characters) and '/', then a name of at most 63 characters of
    /// letters, digits, '-', '_' and '.', starting and ending with a letter or digit.
    /// </summary>
    /// <param name="value">The candidate name, for example <c>example.com/MyName</c>.</param>
    /// <returns>The problems found; empty when valid.</returns>
    public static IReadOnlyList<string> ValidateQualifiedName(string value)
    {
        var problems = new List<string>();
        value ??= string.Empty;
        var parts = value.Split('/');
        string name;
        switch (parts.Length)
        {
            case 1:
                name = parts[0];
                break;
            case 2:
                name = parts[1];
                AddPrefixProblems(parts[0], problems);
                break;
            default:
                problems.Add("a qualified name must be a name with at most one optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
                return problems;
        }

        if (name.Length == 0)
        {
            problems.Add("name part must be non-empty");
        }
        else if (Encoding.UTF8.GetByteCount(name) > MaxNameLength)
        {
            problems.Add($"name part must be no more than {MaxNameLength} characters");
        }

        if (!IsQualifiedNamePart(name))
        {
            problems.Add("name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', 'my.name' or '123-abc')");
        }

        return problems;
    }

    /// <summary>Tells whether a string is a Kubernetes qualified name (case-sensitive).</summary>
    /// <param name="value">The candidate.</param>
    /// <returns><see langword="true"/> when <see cref="ValidateQualifiedName"/> finds no problem.</returns>
    public static bool IsQualifiedName(string value) => ValidateQualifiedName(value).Count == 0;

    private static void AddPrefixProblems(string prefix, List<string> problems)
    {
        if (prefix.Length == 0)
        {
            problems.Add("prefix part must be non-empty");
            return;
        }

        if (Encoding.UTF8.GetByteCount(prefix) > MaxPrefixLength)
        {
            problems.Add($"prefix part must be no more than {MaxPrefixLength} characters");
        }

        if (!IsDns1123Subdomain(prefix))
        {
            problems.Add("prefix part must be a DNS-1123 subdomain: lower case alphanumeric characters, '-' or '.', each dot-separated label starting and ending with an alphanumeric character (e.g. 'example.com')");
        }
    }

    // ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]
    private static bool IsQualifiedNamePart(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetterOrDigit(name[0]) || !char.IsAsciiLetterOrDigit(name[^1]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // Labels of [a-z0-9]([-a-z0-9]*[a-z0-9])? joined by single dots.
    private static bool IsDns1123Subdomain(string prefix)
    {
        foreach (var label in prefix.Split('.'))
        {
            if (label.Length == 0 || !IsLowerAlnum(label[0]) || !IsLowerAlnum(label[^1]))
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!IsLowerAlnum(c) && c != '-')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsLowerAlnum(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
