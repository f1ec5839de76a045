using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using CdiGen.Merge;
using CdiGen.Oci;

namespace CdiGen.Cli.Commands;

/// <summary>
/// <c>cdi inject --oci CONFIG [--out OUT] DEVICE...</c>: injects devices into an OCI runtime
/// spec. The input is never modified unless it is also the output, and then only on success
/// (atomic replace); without <c>--out</c> the result goes to standard output.
/// </summary>
internal static class InjectCommand
{
    public static Command Create(CliConsole console)
    {
        var oci = new Option<string>("--oci") { Description = "The OCI runtime spec (config.json) to inject into.", Required = true };
        var output = new Option<string?>("--out") { Description = "Write the result here (atomically); may be the --oci file. Default: standard output." };
        var specDirs = SpecDirectoryOption.Create();
        var devices = new Argument<string[]>("DEVICE") { Description = "Fully qualified device names, vendor/class=name.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("inject", "Inject CDI devices into an OCI runtime spec.") { oci, output, specDirs, devices };
        command.SetAction(result =>
        {
            using var registry = SpecDirectoryOption.Open(result, specDirs);
            return Inject(console, registry, result.GetValue(oci)!, result.GetValue(output), result.GetValue(devices)!);
        });
        return command;
    }

    /// <summary>Reads the OCI spec, injects, writes it out; shared with <c>resolve</c>.</summary>
    public static int Inject(CliConsole console, Registry.CdiRegistry registry, string ociPath, string? outputPath, IReadOnlyList<string> devices)
    {
        OciSpec spec;
        try
        {
            spec = OciSpec.ReadFile(ociPath);
        }
        catch (Exception error) when (error is OciFormatException or IOException or UnauthorizedAccessException)
        {
            return console.Fail($"{ociPath}: {error.Message}");
        }
        try
        {
            registry.Inject(spec, devices);
        }
        catch (CdiInjectionException error)
        {
            SpecDirectoryOption.ReportErrors(console, registry);
            return console.Fail(error.Message);
        }
        if (outputPath is null)
        {
            console.Output.WriteLine(spec.ToJson());
            return CdiCommandLine.Success;
        }
        try
        {
            spec.WriteFile(outputPath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return console.Fail($"cannot write {outputPath}: {error.Message}");
        }
        return CdiCommandLine.Success;
    }
}
