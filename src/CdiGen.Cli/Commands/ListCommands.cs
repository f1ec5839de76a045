using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using CdiGen.Registry;

namespace CdiGen.Cli.Commands;

/// <summary><c>cdi devices | vendors | classes | specs</c>: what the spec directories hold, as text or JSON.</summary>
internal static class ListCommands
{
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return Create(console, "devices", "List the fully qualified names of all devices.", registry => registry.DeviceNames);
        yield return Create(console, "vendors", "List the vendors of all specs.", registry => registry.Vendors);
        yield return Create(console, "classes", "List the device classes of all specs.", registry => registry.Classes);
        yield return Create(console, "specs", "List the spec files in use, per vendor.", registry =>
            registry.Vendors.SelectMany(vendor => registry.GetVendorSpecs(vendor).Select(spec => spec.Path)).ToList());
    }

    private static Command Create(CliConsole console, string name, string description, System.Func<CdiRegistry, IReadOnlyList<string>> list)
    {
        var specDirs = SpecDirectoryOption.Create();
        var format = SpecDirectoryOption.Choice("--output", "text (one per line) or json (an array).", "text", "text", "json");
        var command = new Command(name, description) { specDirs, format };
        command.SetAction(result =>
        {
            using var registry = SpecDirectoryOption.Open(result, specDirs);
            var items = list(registry);
            if (SpecDirectoryOption.IsJson(result.GetValue(format)))
            {
                console.Output.WriteLine(JsonSerializer.Serialize(items.ToArray(), CliJsonContext.Default.StringArray));
            }
            else
            {
                foreach (var item in items)
                {
                    console.Output.WriteLine(item);
                }
            }
            foreach (var error in registry.Errors)
            {
                console.Error.WriteLine($"cdi: spec error: {error.Path}: {error.Message}");
            }
            return CdiCommandLine.Success;
        });
        return command;
    }
}
