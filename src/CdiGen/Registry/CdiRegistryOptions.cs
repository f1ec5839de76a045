using System;
using System.Collections.Generic;
using System.IO;

namespace CdiGen.Registry;

/// <summary>How a <see cref="CdiRegistry"/> finds, reads and writes spec files.</summary>
public sealed class CdiRegistryOptions
{
    /// <summary>
    /// The spec directories in priority order (a later one wins); by default
    /// <see cref="CdiSpecDirectories.Default"/>. Directories that do not exist are ignored.
    /// </summary>
    public IReadOnlyList<string> SpecDirectories { get; init; } = CdiSpecDirectories.Default;

    /// <summary>
    /// Reads one spec file into the generated model, typically <c>path =&gt; Spec.ReadFile(path)</c>.
    /// The runtime does not know the model; this is how it gets one. A
    /// <see cref="Serialization.CdiFormatException"/> (or any other exception) marks the file as
    /// unreadable. The document returned must not be modified afterwards: injections share it.
    /// </summary>
    public required Func<string, ICdiSpecDocument> ReadSpec { get; init; }

    /// <summary>
    /// Writes a spec's text for <see cref="CdiRegistry.WriteSpec"/>; by default
    /// <see cref="ICdiSpecDocument.ToJson"/> or <see cref="ICdiSpecDocument.ToYaml"/> by format.
    /// Replace it to control the text (comments, a header); whatever it writes reaches the spec
    /// file only if it returns normally.
    /// </summary>
    public Action<ICdiSpecDocument, CdiSpecFormat, TextWriter>? WriteSpec { get; init; }

    /// <summary>
    /// Whether the registry watches its directories and refreshes itself after changes
    /// (including directories that appear later). Off by default: watching uses operating
    /// system resources (inotify on Linux) that short-lived tools do not need.
    /// </summary>
    public bool AutoRefresh { get; init; }

    /// <summary>
    /// How long automatic refresh waits after the last change before rescanning, so that a
    /// burst of changes (a package installing many files) causes one refresh. Default 100 ms.
    /// </summary>
    public TimeSpan RefreshDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    internal static void WriteDefault(ICdiSpecDocument spec, CdiSpecFormat format, TextWriter output) =>
        output.Write(format == CdiSpecFormat.Json ? spec.ToJson(indented: true) : spec.ToYaml());
}
