namespace CdiGen.Cli.Tests;

/// <summary><c>cdi lint</c> prints the analyzers' diagnostics as the build does; <c>--fix</c> raises cdiVersion in place.</summary>
public sealed class LintCommandTests
{
    private const string Legacy = """
        # Vendor spec, kept by hand.
        cdiVersion: "0.5.0"   # the version runtimes check
        kind: example.com/fpga
        devices:
          - name: fpga0
            containerEdits:
              additionalGids: [44]
              netDevices: [{hostInterfaceName: eth9, name: net0}]
        """;

    [Fact]
    public void Diagnostics_come_in_msbuild_format_with_exact_positions()
    {
        using var directory = new TempDirectory();
        var file = directory.File("legacy.cdi.yaml", Legacy);

        var result = Cli.Run("lint", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                $"{file}({7},{7}): error CDI001: additionalGids requires cdiVersion 0.7.0 or later; this spec declares 0.5.0",
                $"{file}({8},{7}): error CDI001: netDevices requires cdiVersion 1.1.0 or later; this spec declares 0.5.0",
            },
            result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Fix_raises_the_version_and_keeps_comments_quotes_and_layout()
    {
        using var directory = new TempDirectory();
        var file = directory.File("legacy.cdi.yaml", Legacy);

        var result = Cli.Run("lint", "--fix", file);

        Assert.Equal((0, "", ""), (result.ExitCode, result.Output, result.Error));
        Assert.Equal(Legacy.Replace("cdiVersion: \"0.5.0\"", "cdiVersion: \"1.1.0\""), File.ReadAllText(file));
        Assert.Single(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void A_clean_file_prints_nothing_and_exits_0()
    {
        using var directory = new TempDirectory();
        var file = directory.File("ok.cdi.yaml", Legacy.Replace("0.5.0", "1.1.0"));
        Assert.Equal((0, ""), (Cli.Run("lint", file).ExitCode, Cli.Run("lint", file).Output));
    }

    [Fact]
    public void Warnings_alone_do_not_fail()
    {
        using var directory = new TempDirectory();
        var file = directory.File("gid0.cdi.yaml", Legacy.Replace("0.5.0", "1.1.0").Replace("[44]", "[0]"));

        var result = Cli.Run("lint", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{file}(7,24): warning CDI008:", result.Output);
    }
}
