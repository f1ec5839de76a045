namespace CdiGen.Names;

public static partial class CdiNames
{
    // The CLOS id becomes a directory name under resctrl, so Linux file-name limits apply.
    private const int MaxFileNameBytes = 4096;

    /// <summary>
    /// Checks an environment entry: <c>KEY=VALUE</c> with a non-empty key before the first
    /// '='. The value may be empty (<c>KEY=</c>).
    /// </summary>
    /// <param name="value">The entry, for example <c>NVIDIA_VISIBLE_DEVICES=all</c>.</param>
    /// <returns><see langword="null"/> when valid; otherwise the error message.</returns>
    public static string? ValidateEnv(string value)
    {
        var equals = value?.IndexOf('=') ?? -1;
        if (equals < 0)
        {
            return $"invalid environment variable {NameText.Quote(value)}: expected KEY=VALUE, found no '='";
        }

        return equals == 0
            ? $"invalid environment variable {NameText.Quote(value)}: the name before '=' must not be empty"
            : null;
    }

    /// <summary>
    /// Checks a hook name: one of <c>prestart</c>, <c>createRuntime</c>,
    /// <c>createContainer</c>, <c>startContainer</c>, <c>poststart</c>, <c>poststop</c>
    /// (case-sensitive, as OCI names the hook lists).
    /// </summary>
    /// <param name="value">The hook name.</param>
    /// <returns><see langword="null"/> when valid; otherwise the error message.</returns>
    public static string? ValidateHookName(string value) => value switch
    {
        "prestart" or "createRuntime" or "createContainer" or "startContainer" or "poststart" or "poststop" => null,
        _ => $"invalid hook name {NameText.Quote(value)}: must be one of prestart, createRuntime, createContainer, startContainer, poststart, poststop",
    };

    /// <summary>
    /// Checks a device node type: <c>b</c> (block), <c>c</c> or <c>u</c> (character),
    /// <c>p</c> (fifo), or empty (filled in from the host device).
    /// </summary>
    /// <param name="value">The type.</param>
    /// <returns><see langword="null"/> when valid; otherwise the error message.</returns>
    public static string? ValidateDeviceNodeType(string value) => value switch
    {
        null or "" or "b" or "c" or "u" or "p" => null,
        _ => $"invalid device node type {NameText.Quote(value)}: must be \"b\", \"c\", \"u\", \"p\" or empty",
    };

    /// <summary>
    /// Checks device node permissions: only the characters <c>r</c>, <c>w</c> and <c>m</c>
    /// (any order, repeats allowed, as the reference accepts), exactly <c>none</c>, or empty
    /// (which means <c>rwm</c>).
    /// </summary>
    /// <param name="value">The permissions.</param>
    /// <returns><see langword="null"/> when valid; otherwise the error message.</returns>
    public static string? ValidatePermissions(string value)
    {
        if (string.IsNullOrEmpty(value) || value == "none")
        {
            return null;
        }

        foreach (var c in value)
        {
            if (c is not ('r' or 'w' or 'm'))
            {
                return $"invalid device node permissions {NameText.Quote(value)}: only 'r', 'w' and 'm', or exactly \"none\", are allowed (found {NameText.Describe(c)})";
            }
        }

        return null;
    }

    /// <summary>
    /// Checks an Intel RDT CLOS id: <c>/</c> (the root CLOS) or a valid Linux file name, that is
    /// no '/' or newline, not <c>.</c> or <c>..</c>, shorter than 4096 bytes. Empty is allowed
    /// (no CLOS requested).
    /// </summary>
    /// <param name="value">The CLOS id.</param>
    /// <returns><see langword="null"/> when valid; otherwise the error message.</returns>
    public static string? ValidateIntelRdtClosId(string value)
    {
        if (string.IsNullOrEmpty(value) || value == "/")
        {
            return null;
        }

        var quoted = NameText.Quote(value);
        if (value is "." or "..")
        {
            return $"invalid intelRdt closID {quoted}: must be a file name, not \".\" or \"..\"";
        }

        if (value.Contains('/'))
        {
            return $"invalid intelRdt closID {quoted}: must be a file name without '/' (or exactly \"/\" for the root CLOS)";
        }

        if (value.Contains('\n'))
        {
            return $"invalid intelRdt closID {quoted}: must not contain a newline";
        }

        return System.Text.Encoding.UTF8.GetByteCount(value) >= MaxFileNameBytes
            ? $"invalid intelRdt closID of {value.Length} characters: must be shorter than {MaxFileNameBytes} bytes"
            : null;
    }
}
