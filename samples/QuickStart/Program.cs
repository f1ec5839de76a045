using System;
using System.IO;
using QuickStart.Cdi;

// Reads every CDI spec next to the sample, validates it and prints what it holds.
var directory = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "cdi");
foreach (var path in Directory.EnumerateFiles(directory))
{
    var spec = Spec.ReadFile(path);
    Console.WriteLine($"{Path.GetFileName(path)}: {spec.Kind}, cdiVersion {spec.CdiVersion} (needs {spec.MinimumRequiredVersion()})");
    foreach (var error in spec.Validate())
    {
        Console.WriteLine($"  invalid: {error}");
    }
    foreach (var device in spec.Devices)
    {
        Console.WriteLine($"  {spec.Kind}={device.Name}: {device.ContainerEdits.DeviceNodes?.Count ?? 0} device node(s), {device.ContainerEdits.Env?.Count ?? 0} env var(s)");
    }
}
