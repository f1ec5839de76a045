using System.Text.Json.Nodes;

namespace CdiGen.Cli.Tests;

/// <summary>The commands that work on spec directories: inject, resolve, validate, the lists and monitor.</summary>
public sealed class RegistryCommandsTests : IDisposable
{
    private const string Gpu = """
        cdiVersion: "0.7.0"
        kind: example.com/gpu
        containerEdits:
          env: [GPU_DRIVER=1]
        devices:
          - name: gpu0
            containerEdits:
              deviceNodes: [{path: /dev/null, type: c, major: 1, minor: 3}]
          - name: gpu1
            containerEdits:
              env: [GPU=1]
              additionalGids: [44]
        """;

    private const string Nic = """
        {"cdiVersion": "1.1.0", "kind": "other.org/nic", "devices": [{"name": "eth", "containerEdits": {"netDevices": [{"hostInterfaceName": "eth9", "name": "net0"}]}}]}
        """;

    private const string Config = """
        {"ociVersion": "1.2.0", "annotations": {"cdi.k8s.io/plugin_dev": "example.com/gpu=gpu1,other.org/nic=eth"}, "process": {"user": {"uid": 0, "gid": 0}, "env": ["PATH=/bin"], "cwd": "/"}, "linux": {}}
        """;

    private readonly TempDirectory _directory = new();
    private readonly string _low;
    private readonly string _high;
    private readonly string _config;

    public RegistryCommandsTests()
    {
        _low = Directory.CreateDirectory(Path.Combine(_directory.Path, "etc")).FullName;
        _high = Directory.CreateDirectory(Path.Combine(_directory.Path, "run")).FullName;
        File.WriteAllText(Path.Combine(_low, "gpu.yaml"), Gpu);
        File.WriteAllText(Path.Combine(_high, "nic.json"), Nic);
        _config = _directory.File("config.json", Config);
    }

    public void Dispose() => _directory.Dispose();

    private string[] Dirs => ["--spec-dir", _low, "--spec-dir", _high];

    [Fact]
    public void Inject_prints_the_config_with_the_devices_and_leaves_the_input_alone()
    {
        var result = Cli.Run(["inject", "--oci", _config, .. Dirs, "example.com/gpu=gpu1", "other.org/nic=eth"]);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var config = JsonNode.Parse(result.Output)!;
        Assert.Equal(new[] { "PATH=/bin", "GPU_DRIVER=1", "GPU=1" }, config["process"]!["env"]!.AsArray().Select(e => (string)e!));
        Assert.Equal(44, (int)config["process"]!["user"]!["additionalGids"]![0]!);
        Assert.Equal("net0", (string)config["linux"]!["netDevices"]!["eth9"]!["name"]!);
        Assert.Equal(Config, File.ReadAllText(_config));
    }

    [Fact]
    public void Inject_with_out_naming_the_input_replaces_it_only_on_success()
    {
        var failed = Cli.Run(["inject", "--oci", _config, "--out", _config, .. Dirs, "example.com/gpu=gpu1", "example.com/gpu=gpu7", "nope.com/x=y"]);

        Assert.Equal((1, ""), (failed.ExitCode, failed.Output));
        Assert.Contains("example.com/gpu=gpu7, nope.com/x=y", failed.Error);
        Assert.Equal(Config, File.ReadAllText(_config));

        var succeeded = Cli.Run(["inject", "--oci", _config, "--out", _config, .. Dirs, "example.com/gpu=gpu0"]);

        Assert.Equal((0, "", ""), (succeeded.ExitCode, succeeded.Output, succeeded.Error));
        var config = JsonNode.Parse(File.ReadAllText(_config))!;
        Assert.Equal("/dev/null", (string)config["linux"]!["devices"]![0]!["path"]!);
        Assert.Equal(new[] { "config.json", "etc", "run" }, Directory.EnumerateFileSystemEntries(_directory.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Inject_of_a_broken_config_fails_with_its_position()
    {
        var broken = _directory.File("broken.json", "{\n  \"ociVersion\": \n}");
        var result = Cli.Run(["inject", "--oci", broken, .. Dirs, "example.com/gpu=gpu0"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(broken, result.Error);
        Assert.Contains("line 3", result.Error);
    }

    [Fact]
    public void Resolve_injects_the_devices_the_annotations_request()
    {
        var result = Cli.Run(["resolve", "--oci", _config, .. Dirs]);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var config = JsonNode.Parse(result.Output)!;
        Assert.Contains("GPU=1", config["process"]!["env"]!.AsArray().Select(e => (string)e!));
        Assert.NotNull(config["linux"]!["netDevices"]!["eth9"]);
    }

    [Fact]
    public void Resolve_without_requests_fails()
    {
        var plain = _directory.File("plain.json", "{\"ociVersion\": \"1.2.0\"}");
        var result = Cli.Run(["resolve", "--oci", plain, .. Dirs]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no cdi.k8s.io/ annotation", result.Error);
    }

    [Fact]
    public void The_lists_are_sorted_as_text_and_as_json()
    {
        Assert.Equal("example.com/gpu=gpu0\nexample.com/gpu=gpu1\nother.org/nic=eth\n", Cli.Run(["devices", .. Dirs]).Output.Replace("\r", ""));
        Assert.Equal("example.com\nother.org\n", Cli.Run(["vendors", .. Dirs]).Output.Replace("\r", ""));
        Assert.Equal(new[] { "gpu", "nic" }, JsonNode.Parse(Cli.Run(["classes", .. Dirs, "--output", "json"]).Output)!.AsArray().Select(c => (string)c!));
        Assert.Equal(
            new[] { Path.Combine(_low, "gpu.yaml"), Path.Combine(_high, "nic.json") },
            Cli.Run(["specs", .. Dirs]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Validate_over_the_directories_gives_a_verdict_per_file()
    {
        File.WriteAllText(Path.Combine(_high, "bad.yaml"), "cdiVersion: 0.5.0\nkind: example.com/bad\ndevices:\n- name: x\n  containerEdits:\n    additionalGids: [1]\n");

        var result = Cli.Run(["validate", .. Dirs]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                $"{Path.Combine(_low, "gpu.yaml")}: ok",
                $"{Path.Combine(_high, "bad.yaml")}: error: CDI001: $.devices[0].containerEdits.additionalGids: additionalGids requires cdiVersion 0.7.0 or later; this spec declares 0.5.0",
                $"{Path.Combine(_high, "nic.json")}: ok",
            },
            result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Monitor_prints_specs_and_devices_as_they_come_and_go()
    {
        var output = new StringWriter();
        var console = new CliConsole(TextWriter.Synchronized(output), new StringWriter());
        using var registry = new CdiGen.Registry.CdiRegistry(new CdiGen.Registry.CdiRegistryOptions
        {
            SpecDirectories = [_low, _high],
            ReadSpec = path => CdiGen.Cli.Model.Spec.ReadFile(path),
            AutoRefresh = true,
            RefreshDelay = TimeSpan.FromMilliseconds(20),
        });
        using var stop = new CancellationTokenSource();
        var monitor = Commands.MonitorCommand.RunAsync(console, registry, stop.Token);

        await WaitFor(output, "+ device other.org/nic=eth");
        File.Delete(Path.Combine(_high, "nic.json"));
        await WaitFor(output, "- device other.org/nic=eth");
        stop.Cancel();
        await monitor;

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"+ spec {Path.Combine(_low, "gpu.yaml")}", lines);
        Assert.Contains($"- spec {Path.Combine(_high, "nic.json")}", lines);
        Assert.Contains("+ device example.com/gpu=gpu0", lines);
    }

    private static async Task WaitFor(StringWriter output, string line)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!output.ToString().Contains(line, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no \"{line}\" within 10 s; got:\n{output}");
            await Task.Delay(20);
        }
    }
}
