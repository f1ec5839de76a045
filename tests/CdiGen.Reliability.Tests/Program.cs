using CdiGen.Reliability.Tests.Filesystem;

namespace CdiGen.Reliability.Tests;

/// <summary>
/// The test assembly's entry point. The test host never calls it; the crash-safety test starts
/// this assembly as a child process (<c>dotnet CdiGen.Reliability.Tests.dll crash-writer ...</c>)
/// so that the child runs exactly the library code under test, without a separate project.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == CrashWriter.Command)
        {
            CrashWriter.Run(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        Console.Error.WriteLine($"usage: {CrashWriter.Command} <spec directory> <first version>");
        return 2;
    }
}
