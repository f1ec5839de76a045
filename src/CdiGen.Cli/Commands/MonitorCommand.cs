using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CdiGen.Registry;

namespace CdiGen.Cli.Commands;

/// <summary>
/// <c>cdi monitor</c>: watches the spec directories and prints what changes, one line per
/// spec or device added (<c>+</c>), removed (<c>-</c>) or changed (<c>~</c>), and spec errors
/// (<c>!</c>), until interrupted.
/// </summary>
internal static class MonitorCommand
{
    public static Command Create(CliConsole console)
    {
        var specDirs = SpecDirectoryOption.Create();
        var command = new Command("monitor", "Print changes to the spec directories as spec files come and go, until interrupted.") { specDirs };
        command.SetAction(async (result, cancellation) =>
        {
            using var registry = SpecDirectoryOption.Open(result, specDirs, autoRefresh: true);
            await RunAsync(console, registry, cancellation).ConfigureAwait(false);
            return CdiCommandLine.Success;
        });
        return command;
    }

    /// <summary>Prints the registry's current content, then its changes until <paramref name="cancellation"/> fires.</summary>
    public static async Task RunAsync(CliConsole console, CdiRegistry registry, CancellationToken cancellation)
    {
        var gate = new object();
        var previous = CdiRegistrySnapshotView.Empty;
        void Show(CdiRegistrySnapshot snapshot)
        {
            lock (gate)
            {
                var current = CdiRegistrySnapshotView.Of(snapshot);
                foreach (var line in current.ChangesSince(previous))
                {
                    console.Output.WriteLine(line);
                }
                console.Output.Flush();
                previous = current;
            }
        }
        registry.Refreshed += (_, snapshot) => Show(snapshot);
        registry.WatchFailed += (_, error) => console.Error.WriteLine($"cdi: watch error: {error}");
        Show(registry.Snapshot);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Interrupted: the normal way to stop monitoring.
        }
    }

    /// <summary>What a snapshot shows, keyed for comparison: spec texts by path, devices, errors.</summary>
    private sealed record CdiRegistrySnapshotView(
        IReadOnlyDictionary<string, string> Specs,
        IReadOnlySet<string> Devices,
        IReadOnlySet<string> Errors)
    {
        public static readonly CdiRegistrySnapshotView Empty = new(
            new Dictionary<string, string>(), new HashSet<string>(), new HashSet<string>());

        public static CdiRegistrySnapshotView Of(CdiRegistrySnapshot snapshot) => new(
            snapshot.Specs.ToDictionary(spec => spec.Path, spec => spec.Document.ToJson(indented: false), StringComparer.Ordinal),
            snapshot.DeviceNames.ToHashSet(StringComparer.Ordinal),
            snapshot.Errors.Select(error => $"{error.Path}: {error.Message}").ToHashSet(StringComparer.Ordinal));

        public IEnumerable<string> ChangesSince(CdiRegistrySnapshotView before)
        {
            foreach (var (path, text) in Specs.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                if (!before.Specs.TryGetValue(path, out var old))
                {
                    yield return $"+ spec {path}";
                }
                else if (old != text)
                {
                    yield return $"~ spec {path}";
                }
            }
            foreach (var path in before.Specs.Keys.Where(path => !Specs.ContainsKey(path)).Order(StringComparer.Ordinal))
            {
                yield return $"- spec {path}";
            }
            foreach (var device in Devices.Except(before.Devices).Order(StringComparer.Ordinal))
            {
                yield return $"+ device {device}";
            }
            foreach (var device in before.Devices.Except(Devices).Order(StringComparer.Ordinal))
            {
                yield return $"- device {device}";
            }
            foreach (var error in Errors.Except(before.Errors).Order(StringComparer.Ordinal))
            {
                yield return $"! error {error}";
            }
        }
    }
}
