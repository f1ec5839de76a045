using System;
using System.IO;

namespace CdiGen.Bench;

/// <summary>The Go reference harness's fixtures, in <c>../shared</c> next to the repository.</summary>
public static class Fixtures
{
    /// <summary>
    /// The fixtures folder: <c>$GOREF_FIXTURES</c>, else <c>tools/goref/fixtures</c> under
    /// <c>$CDIGEN_SHARED</c> or under the first <c>shared</c> folder found beside a parent of
    /// the working or the application directory.
    /// </summary>
    public static string Root { get; } = Find();

    /// <summary>runc's <c>config.json</c>.</summary>
    public static string Config => Path.Combine(Root, "config.json");

    /// <summary>The nvidia-ctk-shaped spec directory.</summary>
    public static string LargeSpecs => Path.Combine(Root, "specs", "large");

    /// <summary>The 14 kB nvidia spec.</summary>
    public static string NvidiaYaml => Path.Combine(LargeSpecs, "nvidia.yaml");

    /// <summary>The 200-spec directory.</summary>
    public static string ManySpecs => Path.Combine(Root, "specs", "many");

    /// <summary>The devices goref's inject benchmarks request: <c>nvidia.com/gpu=0</c> .. <c>=count-1</c>.</summary>
    /// <param name="count">1 or 8 in the benchmarks.</param>
    /// <returns>The qualified names.</returns>
    public static string[] NvidiaGpus(int count)
    {
        var names = new string[count];
        for (int i = 0; i < count; i++)
        {
            names[i] = "nvidia.com/gpu=" + i;
        }

        return names;
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("GOREF_FIXTURES") is { Length: > 0 } explicitRoot)
        {
            return explicitRoot;
        }

        if (Environment.GetEnvironmentVariable("CDIGEN_SHARED") is { Length: > 0 } shared)
        {
            return Path.Combine(shared, "tools", "goref", "fixtures");
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, "shared", "tools", "goref", "fixtures");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("goref fixtures not found; set GOREF_FIXTURES or CDIGEN_SHARED");
    }
}
