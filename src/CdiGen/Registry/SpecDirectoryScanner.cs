using System;
using System.Collections.Generic;
using System.IO;

namespace CdiGen.Registry;

/// <summary>Lists the spec files of one directory: top level only, <c>*.json</c> and <c>*.yaml</c>.</summary>
internal static class SpecDirectoryScanner
{
    /// <summary>
    /// The candidate files of <paramref name="directory"/> in ordinal order (so that refreshes
    /// are reproducible). A missing directory has none: spec directories are optional. Any other
    /// failure to list it is returned as an error, because silently treating an unreadable
    /// directory as empty would hide every device in it.
    /// </summary>
    public static List<string> List(string directory, out CdiSpecError? error)
    {
        error = null;
        var files = new List<string>();
        try
        {
            foreach (var path in Directory.EnumerateFiles(directory))
            {
                if (CdiSpecFormats.TryFromPath(path, out _))
                {
                    files.Add(Path.Join(directory, Path.GetFileName(path)));
                }
            }
        }
        catch (DirectoryNotFoundException) when (!File.Exists(directory))
        {
            return new List<string>();
        }
        catch (DirectoryNotFoundException)
        {
            // A file where a directory should be: listing it fails as "not found", but nothing
            // in it will ever be found either, which the operator needs to know.
            error = new CdiSpecError(directory, CdiSpecErrorKind.Directory, $"{directory}: spec directory path is not a directory");
            return new List<string>();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            error = new CdiSpecError(directory, CdiSpecErrorKind.Directory, $"{directory}: cannot list spec directory: {e.Message}");
            return new List<string>();
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
