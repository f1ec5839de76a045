using System;
using System.IO;
using CdiGen.Merge;
using CdiGen.Names;
using CdiGen.Oci;
using CdiGen.Serialization;
using QuickStart.Cdi;

// Usage: QuickStart [SPEC_DIR] [OCI_CONFIG] [DEVICE]
// Reads and validates every CDI spec in SPEC_DIR, then injects DEVICE (vendor/class=name)
// into the OCI config and prints the resulting config.
var specDirectory = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "cdi");
var configPath = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "config.json");
var device = QualifiedDeviceName.Parse(args.Length > 2 ? args[2] : "vendor.com/gpu=gpu0");

Spec? target = null;
foreach (var path in Directory.EnumerateFiles(specDirectory))
{
    Spec spec;
    try
    {
        spec = Spec.ReadFile(path);
    }
    catch (CdiFormatException error)
    {
        Console.Error.WriteLine(error.Message);
        continue;
    }
    var errors = spec.Validate();
    Console.WriteLine($"{path}: {spec.Kind}, cdiVersion {spec.CdiVersion} (needs {spec.MinimumRequiredVersion()}), {spec.Devices.Count} device(s){(errors.Count == 0 ? "" : ", invalid")}");
    foreach (var error in errors)
    {
        Console.WriteLine($"  {error.Code}: {error}");
    }
    if (errors.Count == 0 && spec.Kind == device.Kind)
    {
        target = spec;
    }
}

if (target is null)
{
    Console.Error.WriteLine($"no valid spec of kind {device.Kind} in {specDirectory}");
    return 1;
}

var oci = OciSpec.ReadFile(configPath);
try
{
    target.Inject(oci, new[] { device.Name });
}
catch (CdiInjectionException error)
{
    Console.Error.WriteLine($"cannot inject {device}: {error.Message}");
    return 1;
}
Console.WriteLine($"{configPath} with {device} injected:");
Console.WriteLine(oci.ToJson());
return 0;
