using System;

namespace CdiGen.Registry;

/// <summary>The encoding of a spec file, chosen by its extension.</summary>
public enum CdiSpecFormat
{
    /// <summary>A <c>.json</c> file.</summary>
    Json,

    /// <summary>A <c>.yaml</c> file.</summary>
    Yaml,
}

/// <summary>Maps file names to spec formats.</summary>
internal static class CdiSpecFormats
{
    // Extensions compare case-sensitively: the reference reads "a.json" but not "a.JSON",
    // and a registry that read more files than the runtimes do would disagree with them.
    public static bool TryFromPath(string path, out CdiSpecFormat format)
    {
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            format = CdiSpecFormat.Json;
            return true;
        }

        if (path.EndsWith(".yaml", StringComparison.Ordinal))
        {
            format = CdiSpecFormat.Yaml;
            return true;
        }

        format = default;
        return false;
    }
}
