namespace CdiGen.Cli.Tests;

/// <summary><c>cdi validate FILE...</c> and <c>cdi minver FILE</c>.</summary>
public sealed class ValidateAndMinverTests
{
    private const string Good = "cdiVersion: 0.7.0\nkind: example.com/gpu\ndevices:\n- name: gpu0\n  containerEdits:\n    additionalGids: [44]\n";
    private const string TooOld = "cdiVersion: 0.5.0\nkind: example.com/gpu\ndevices:\n- name: gpu0\n  containerEdits:\n    additionalGids: [44]\n";
    private const string Broken = "cdiVersion: 0.5.0\nkind: example.com/gpu\ndevices: [\n";

    [Fact]
    public void Each_file_gets_a_verdict_and_any_failure_exits_1()
    {
        using var directory = new TempDirectory();
        var good = directory.File("good.yaml", Good);
        var old = directory.File("old.yaml", TooOld);
        var broken = directory.File("broken.yaml", Broken);

        var result = Cli.Run("validate", good, old, broken);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal($"{good}: ok", lines[0]);
        Assert.Equal($"{old}: error: CDI001: $.devices[0].containerEdits.additionalGids: additionalGids requires cdiVersion 0.7.0 or later; this spec declares 0.5.0", lines[1]);
        Assert.StartsWith($"{broken}: error: {broken}(4,1): ", lines[2]);
    }

    [Fact]
    public void All_good_files_exit_0()
    {
        using var directory = new TempDirectory();
        var result = Cli.Run("validate", directory.File("a.yaml", Good), directory.File("b.yaml", Good));
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Minver_prints_the_lowest_version_the_spec_needs()
    {
        using var directory = new TempDirectory();
        var result = Cli.Run("minver", directory.File("old.yaml", TooOld));
        Assert.Equal((0, "0.7.0\n", ""), (result.ExitCode, result.Output.Replace("\r", ""), result.Error));
    }

    [Fact]
    public void Minver_of_an_unreadable_file_exits_1_with_the_error_on_stderr()
    {
        using var directory = new TempDirectory();
        var broken = directory.File("broken.yaml", Broken);
        var result = Cli.Run("minver", broken);
        Assert.Equal((1, ""), (result.ExitCode, result.Output));
        Assert.Contains($"{broken}(4,1)", result.Error);
    }

    [Fact]
    public void The_real_process_keeps_the_exit_code_contract()
    {
        using var directory = new TempDirectory();
        var old = directory.File("old.yaml", TooOld);

        var minver = Cli.RunProcess("minver", old);
        var unknown = Cli.RunProcess("frobnicate");

        Assert.Equal((0, "0.7.0"), (minver.ExitCode, minver.Output.Trim()));
        Assert.Equal((2, ""), (unknown.ExitCode, unknown.Output));
        Assert.Contains("frobnicate", unknown.Error);
    }
}
