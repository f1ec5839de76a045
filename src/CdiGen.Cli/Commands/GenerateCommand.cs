using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using CdiGen.Cli.Generation;
using CdiGen.Host;
using CdiGen.IO;
using CdiGen.Names;

namespace CdiGen.Cli.Commands;

/// <summary><c>cdi generate --kind VENDOR/CLASS --device NAME=PATH[,PATH]...</c>: a spec from host device nodes.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var kind = new Option<string>("--kind") { Description = "The spec's kind, VENDOR/CLASS (e.g. vendor.com/gpu).", Required = true };
        kind.Validators.Add(result => Check(result, CdiNames.ValidateKind));
        var devices = new Option<string[]>("--device")
        {
            Description = "A device as NAME=PATH[,PATH...] (repeatable), e.g. gpu0=/dev/dri/card0,/dev/dri/renderD128.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        devices.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (ParseDevice(token.Value) is { Error: { } error })
                {
                    result.AddError(error);
                }
            }
        });
        var output = new Option<string?>("--output", "-o") { Description = "Write the spec to this file (atomically) instead of standard output." };
        var format = new Option<string?>("--format") { Description = "yaml or json; default: from the --output extension, else yaml." };
        format.AcceptOnlyFromAmong("yaml", "json");

        var command = new Command("generate", "Generate a CDI spec from device nodes of this host, with the lowest cdiVersion it needs.")
        {
            kind, devices, output, format,
        };
        command.SetAction(result =>
        {
            var parsed = new List<(string, IReadOnlyList<string>)>();
            foreach (var device in result.GetValue(devices)!)
            {
                var (name, paths, _) = ParseDevice(device);
                parsed.Add((name!, paths!));
            }
            Model.Spec spec;
            try
            {
                spec = HostSpecBuilder.Build(result.GetValue(kind)!, parsed);
            }
            catch (HostDeviceException error)
            {
                return console.Fail(error.Message);
            }
            var target = result.GetValue(output);
            var asJson = result.GetValue(format) is { } chosen
                ? chosen == "json"
                : target?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true;
            var text = asJson ? spec.ToJson() + "\n" : spec.ToYaml();
            if (target is null)
            {
                console.Output.Write(text);
                return CdiCommandLine.Success;
            }
            try
            {
                AtomicFile.WriteText(target, text);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return console.Fail($"cannot write {target}: {error.Message}");
            }
            return CdiCommandLine.Success;
        });
        return command;
    }

    private static (string? Name, IReadOnlyList<string>? Paths, string? Error) ParseDevice(string text)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0 || equals == text.Length - 1)
        {
            return (null, null, $"--device '{text}': expected NAME=PATH[,PATH...]");
        }
        var name = text[..equals];
        if (CdiNames.ValidateDeviceName(name) is { } nameError)
        {
            return (null, null, $"--device '{text}': {nameError}");
        }
        var paths = text[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var path in paths)
        {
            if (!path.StartsWith('/'))
            {
                return (null, null, $"--device '{text}': '{path}' is not an absolute path");
            }
        }
        return (name, paths, null);
    }

    private static void Check(OptionResult result, Func<string, string?> validate)
    {
        foreach (var token in result.Tokens)
        {
            if (validate(token.Value) is { } error)
            {
                result.AddError(error);
            }
        }
    }
}
