using CdiGen.Cli.Model;

namespace CdiGen.Cli.Tests;

/// <summary><c>cdi generate</c> on real host nodes.</summary>
public sealed class GenerateCommandTests
{
    [Fact]
    public void Character_devices_give_their_numbers_and_modes_at_the_base_version()
    {
        var result = Cli.Run("generate", "--kind", "example.com/null", "--device", "null=/dev/null,/dev/zero");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var spec = Spec.ReadYaml(result.Output);
        Assert.Empty(spec.Validate());
        Assert.Equal("0.3.0", spec.CdiVersion);
        var nodes = Assert.Single(spec.Devices).ContainerEdits.DeviceNodes!;
        Assert.Equal(
            new[] { ("/dev/null", "c", 1L, 3L, 438u), ("/dev/zero", "c", 1L, 5L, 438u) },
            nodes.Select(n => (n.Path, n.Type!, n.Major!.Value, n.Minor!.Value, n.FileMode!.Value)));
        Assert.Null(spec.Devices[0].ContainerEdits.AdditionalGids);
    }

    [Fact]
    public void A_fifo_is_a_p_node()
    {
        using var directory = new TempDirectory();
        var fifo = directory.File("pipe");
        HostCommands.Run("mkfifo", "-m", "0640", fifo);

        var result = Cli.Run("generate", "--kind", "example.com/pipe", "--device", $"p0={fifo}", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var node = Spec.ReadJson(System.Text.Encoding.UTF8.GetBytes(result.Output)).Devices[0].ContainerEdits.DeviceNodes![0];
        Assert.Equal(("p", 0L, 0L, 416u), (node.Type, node.Major, node.Minor, node.FileMode));
    }

    [Fact]
    public void A_node_only_its_group_may_use_adds_the_group_and_needs_0_7_0()
    {
        using var directory = new TempDirectory();
        var card = directory.File("card0");
        HostCommands.Run("mknod", card, "c", "1", "3");
        HostCommands.Run("chmod", "0660", card);
        HostCommands.Run("chgrp", "44", card);

        var result = Cli.Run("generate", "--kind", "example.com/dri", "--device", $"card0={card}");

        Assert.Equal(0, result.ExitCode);
        var spec = Spec.ReadYaml(result.Output);
        Assert.Equal(new uint[] { 44 }, spec.Devices[0].ContainerEdits.AdditionalGids!);
        Assert.Equal("0.7.0", spec.CdiVersion);
        Assert.Empty(spec.Validate());
    }

    [Fact]
    public void A_node_others_may_use_adds_no_group()
    {
        using var directory = new TempDirectory();
        var card = directory.File("card1");
        HostCommands.Run("mknod", card, "c", "1", "3");
        HostCommands.Run("chmod", "0666", card);
        HostCommands.Run("chgrp", "44", card);

        var spec = Spec.ReadYaml(Cli.Run("generate", "--kind", "example.com/dri", "--device", $"card1={card}").Output);

        Assert.Null(spec.Devices[0].ContainerEdits.AdditionalGids);
        Assert.Equal("0.3.0", spec.CdiVersion);
    }

    [Theory]
    [InlineData("/tmp/cdi-no-such-node", "No such file or directory")]
    [InlineData("/etc/hostname", "not a device")]
    public void A_path_that_is_not_a_device_node_fails_with_exit_1(string path, string reason)
    {
        var result = Cli.Run("generate", "--kind", "example.com/x", "--device", $"x={path}");

        Assert.Equal((1, ""), (result.ExitCode, result.Output));
        Assert.Contains(path, result.Error);
        Assert.Contains(reason, result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("--kind", "bad", "--device", "x=/dev/null")]
    [InlineData("--kind", "example.com/x", "--device", "x")]
    [InlineData("--kind", "example.com/x", "--device", "-bad=/dev/null")]
    [InlineData("--kind", "example.com/x", "--device", "x=dev/null")]
    [InlineData("--kind", "example.com/x")]
    [InlineData("--kind", "example.com/x", "--device", "x=/dev/null", "--format", "toml")]
    public void Bad_arguments_are_usage_errors(params string[] args)
    {
        var result = Cli.Run(["generate", .. args]);

        Assert.Equal((2, ""), (result.ExitCode, result.Output));
        Assert.StartsWith("cdi: ", result.Error);
    }

    [Fact]
    public void Output_goes_to_the_named_file_as_json_leaving_no_temporary_files()
    {
        using var directory = new TempDirectory();
        var target = directory.File("null.cdi.json");

        var result = Cli.Run("generate", "--kind", "example.com/null", "--device", "null=/dev/null", "--output", target);

        Assert.Equal((0, ""), (result.ExitCode, result.Output));
        var spec = Spec.ReadFile(target);
        Assert.Equal("example.com/null", spec.Kind);
        Assert.Equal(new[] { "null.cdi.json" }, Directory.GetFiles(directory.Path).Select(Path.GetFileName));
    }
}
