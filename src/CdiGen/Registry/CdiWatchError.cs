using System;

namespace CdiGen.Registry;

/// <summary>
/// Automatic refresh failed or may have missed changes: a watcher could not be created, lost
/// events, or a refresh it started threw. The registry keeps its last snapshot; an explicit
/// <see cref="CdiRegistry.Refresh"/> still works.
/// </summary>
/// <param name="Path">The directory concerned, or empty when not about one directory.</param>
/// <param name="Message">What failed.</param>
/// <param name="Exception">The underlying error.</param>
public sealed record CdiWatchError(string Path, string Message, Exception Exception)
{
    /// <inheritdoc />
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
