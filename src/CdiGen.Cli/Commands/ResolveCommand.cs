using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using CdiGen.Annotations;

namespace CdiGen.Cli.Commands;

/// <summary>
/// <c>cdi resolve --oci CONFIG</c>: injects the devices that the config's <c>cdi.k8s.io/*</c>
/// annotations request, as a runtime does for a pod.
/// </summary>
internal static class ResolveCommand
{
    public static Command Create(CliConsole console)
    {
        var oci = new Option<string>("--oci") { Description = "The OCI runtime spec (config.json) whose annotations name the devices.", Required = true };
        var output = new Option<string?>("--out") { Description = "Write the result here (atomically); may be the --oci file. Default: standard output." };
        var specDirs = SpecDirectoryOption.Create();
        var command = new Command("resolve", "Inject the devices named by the cdi.k8s.io/* annotations of an OCI runtime spec.") { oci, output, specDirs };
        command.SetAction(result =>
        {
            var path = result.GetValue(oci)!;
            IReadOnlyDictionary<string, string> annotations;
            try
            {
                annotations = ReadAnnotations(path);
            }
            catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                return console.Fail($"{path}: {error.Message}");
            }
            var requests = CdiAnnotations.ParseAnnotations(annotations);
            if (!requests.IsValid)
            {
                foreach (var problem in requests.Errors)
                {
                    console.Error.WriteLine($"cdi: {path}: {problem}");
                }
                return CdiCommandLine.Failure;
            }
            if (requests.Devices.Count == 0)
            {
                return console.Fail($"{path}: no cdi.k8s.io/ annotation requests a device");
            }
            using var registry = SpecDirectoryOption.Open(result, specDirs);
            return InjectCommand.Inject(console, registry, path, result.GetValue(output), requests.Devices);
        });
        return command;
    }

    // Annotations are not something CDI edits, so the OCI model keeps them raw; read them here.
    private static IReadOnlyDictionary<string, string> ReadAnnotations(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("annotations", out var element) && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var pair in element.EnumerateObject())
            {
                annotations[pair.Name] = pair.Value.GetString() ?? "";
            }
        }
        return annotations;
    }
}
