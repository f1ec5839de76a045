using System;
using System.CommandLine;
using CdiGen.Cli.Model;
using CdiGen.Serialization;

namespace CdiGen.Cli.Commands;

/// <summary><c>cdi minver FILE</c>: the lowest cdiVersion that supports everything the spec uses.</summary>
internal static class MinverCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The spec file." };
        var command = new Command("minver", "Print the minimum cdiVersion a spec file needs, e.g. 0.7.0.") { file };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            try
            {
                console.Output.WriteLine(Spec.ReadFile(path).MinimumRequiredVersion());
                return CdiCommandLine.Success;
            }
            catch (Exception error) when (error is CdiFormatException or System.IO.IOException or UnauthorizedAccessException)
            {
                return console.Fail(error.Message);
            }
        });
        return command;
    }
}
