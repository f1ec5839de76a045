using System.Diagnostics;

namespace CdiGen.Model.Tests;

/// <summary>The Go reference harness (goref) as a live process, where its setup.sh built it.</summary>
internal static class GoReference
{
    /// <summary>The goref binary, or <c>null</c> when it is not built.</summary>
    public static string? Binary() =>
        new[]
        {
            Environment.GetEnvironmentVariable("GOREF_WORK") is { Length: > 0 } work ? Path.Combine(work, "bin", "goref") : null,
            Path.Combine(SharedData.RepoRoot, "artifacts", "goref", "bin", "goref"),
            Path.Combine(SharedData.Root, "tools", "goref", "bin", "goref"),
        }.FirstOrDefault(File.Exists);

    /// <summary>
    /// The binary, or <c>null</c> outside CI when it is not built; CI builds it (.ci/run), so
    /// there a missing binary fails the test instead of letting it pass without comparing.
    /// </summary>
    public static string? BinaryUnlessCi()
    {
        var binary = Binary();
        Assert.True(binary is not null || Environment.GetEnvironmentVariable("CI") != "true", "CI must build goref (see .ci/run)");
        return binary;
    }

    /// <summary>
    /// Asserts that Go and CdiGen accept or refuse each spec file alike; the differences are
    /// the failure message. Without goref outside CI nothing live can be compared, and the
    /// caller's other tests check the rule itself; on CI goref must be there.
    /// </summary>
    public static void AssertSameVerdicts(IReadOnlyCollection<(string Name, string Text)> files)
    {
        var goref = BinaryUnlessCi();
        if (goref is null)
        {
            return;
        }
        var directory = Directory.CreateTempSubdirectory("cdi-goref-").FullName;
        try
        {
            foreach (var (name, text) in files)
            {
                File.WriteAllText(Path.Combine(directory, name), text);
            }
            var differences = Disagreements(goref, directory, files.Select(f => f.Name).ToList());
            Assert.True(differences.Count == 0, string.Join('\n', differences));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>goref's verdict on each spec file (<c>validate</c>): whether Go reads it.</summary>
    private static Dictionary<string, bool> Accepts(string program, string directory, IReadOnlyCollection<string> fileNames)
    {
        var verdicts = Run(program, directory, ["validate", .. fileNames], expectSuccess: false)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(line => line[..line.IndexOf(": ", StringComparison.Ordinal)], line => line.EndsWith(": ok", StringComparison.Ordinal));
        Assert.Equal(fileNames.Count, verdicts.Count);
        return verdicts;
    }

    /// <summary>
    /// The spec files in <paramref name="directory"/> that Go and CdiGen judge differently, one
    /// line each: CdiGen accepts a file when <see cref="Spec.ReadFile"/> reads it and
    /// validation finds nothing, as <c>cdi validate</c> does.
    /// </summary>
    private static List<string> Disagreements(string program, string directory, IReadOnlyCollection<string> fileNames)
    {
        var verdicts = Accepts(program, directory, fileNames);
        var differences = new List<string>();
        foreach (var name in fileNames)
        {
            string? ours;
            try
            {
                var errors = Spec.ReadFile(Path.Combine(directory, name)).Validate();
                ours = errors.Count > 0 ? errors[0].ToString() : null;
            }
            catch (CdiGen.Serialization.CdiFormatException error)
            {
                ours = error.Message;
            }
            if (verdicts[name] != (ours is null))
            {
                differences.Add($"{name}: Go {(verdicts[name] ? "accepts" : "refuses")}, CdiGen {(ours is null ? "accepts" : "refuses: " + ours)}");
            }
        }
        return differences;
    }

    /// <summary>Runs goref and returns its standard output; with <paramref name="expectSuccess"/>, a non-zero exit fails the test.</summary>
    public static string Run(string program, string workingDirectory, IEnumerable<string> arguments, bool expectSuccess = true)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "goref did not finish within a minute");
        Assert.True(!expectSuccess || process.ExitCode == 0, $"goref failed: {error.Result}");
        return output.Result;
    }
}
