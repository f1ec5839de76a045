using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CdiGen.Merge;
using CdiGen.Names;
using CdiGen.Oci;

namespace CdiGen.Registry;

/// <summary>
/// The CDI spec files of a set of spec directories, resolved into devices that can be
/// injected into OCI specs. Works with any generated model through <see cref="ICdiSpecDocument"/>:
/// <code>
/// using var registry = new CdiRegistry(new CdiRegistryOptions { ReadSpec = Spec.ReadFile });
/// registry.Inject(oci, "vendor.com/gpu=0");
/// </code>
/// </summary>
/// <remarks>
/// Thread-safe. Every refresh builds a complete new <see cref="CdiRegistrySnapshot"/> and then
/// swaps it in, so a lookup or injection running meanwhile sees either the old state or the
/// new one, never a mix. Members that read (listing, lookup, injection) use the current
/// snapshot; to ask several questions of the same state, take <see cref="Snapshot"/> once.
/// </remarks>
public sealed class CdiRegistry : IDisposable
{
    private const int MaxWatchErrors = 100;

    private readonly Func<string, ICdiSpecDocument> _readSpec;
    private readonly Action<ICdiSpecDocument, CdiSpecFormat, TextWriter> _writeSpec;
    private readonly object _refreshGate = new();
    private readonly object _watchErrorsGate = new();
    private readonly List<CdiWatchError> _watchErrors = new();
    private readonly SpecDirectoryWatcher? _watcher;
    private CdiRegistrySnapshot _snapshot;
    private volatile bool _disposed;

    /// <summary>Creates the registry and scans its directories once.</summary>
    /// <param name="options">Directories, reader, writer and refresh behaviour.</param>
    /// <exception cref="ArgumentException">A spec directory is null or empty.</exception>
    public CdiRegistry(CdiRegistryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.ReadSpec);
        ArgumentNullException.ThrowIfNull(options.SpecDirectories);
        // Copied: the caller's list must not change the priorities behind our back.
        var directories = options.SpecDirectories.ToArray();
        if (directories.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("a spec directory must not be null or empty", nameof(options));
        }

        SpecDirectories = directories;
        _readSpec = options.ReadSpec;
        _writeSpec = options.WriteSpec ?? CdiRegistryOptions.WriteDefault;
        _snapshot = SnapshotBuilder.Build(Array.Empty<string>(), _readSpec);

        // Watch before the first scan: a change between the two is then either in the scan or
        // triggers another refresh, never lost.
        if (options.AutoRefresh)
        {
            _watcher = new SpecDirectoryWatcher(directories, options.RefreshDelay, RefreshFromWatcher, ReportWatchError);
        }

        Refresh();
    }

    /// <summary>
    /// Raised after every refresh, with the new snapshot, on the thread that refreshed (a
    /// timer thread for automatic refreshes). Handlers of overlapping refreshes may run
    /// concurrently and out of order; <see cref="Snapshot"/> is always the newest.
    /// </summary>
    public event EventHandler<CdiRegistrySnapshot>? Refreshed;

    /// <summary>
    /// Raised, on a watcher or timer thread, when automatic refresh fails or may have missed
    /// changes; the same errors are kept in <see cref="WatchErrors"/>.
    /// </summary>
    public event EventHandler<CdiWatchError>? WatchFailed;

    /// <summary>The spec directories in priority order (a later one wins).</summary>
    public IReadOnlyList<string> SpecDirectories { get; }

    /// <summary>Whether the registry refreshes itself when its directories change.</summary>
    public bool AutoRefresh => _watcher is not null;

    /// <summary>The current state; it never changes, later refreshes replace it.</summary>
    public CdiRegistrySnapshot Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>The qualified names of all devices that resolve, sorted.</summary>
    public IReadOnlyList<string> DeviceNames => Snapshot.DeviceNames;

    /// <summary>The vendors of all valid specs, sorted.</summary>
    public IReadOnlyList<string> Vendors => Snapshot.Vendors;

    /// <summary>The classes of all valid specs, sorted.</summary>
    public IReadOnlyList<string> Classes => Snapshot.Classes;

    /// <summary>The errors of the last refresh, sorted by path.</summary>
    public IReadOnlyList<CdiSpecError> Errors => Snapshot.Errors;

    /// <summary>The most recent automatic-refresh failures (at most 100), oldest first.</summary>
    public IReadOnlyList<CdiWatchError> WatchErrors
    {
        get
        {
            lock (_watchErrorsGate)
            {
                return _watchErrors.ToArray();
            }
        }
    }

    /// <summary>Looks a device up by qualified name in the current snapshot.</summary>
    /// <param name="name">The device's qualified name.</param>
    /// <param name="device">The device, or <c>null</c>.</param>
    /// <returns>Whether the device resolves.</returns>
    public bool TryGetDevice(QualifiedDeviceName name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CdiRegistryDevice? device) =>
        Snapshot.TryGetDevice(name, out device);

    /// <summary>Looks a device up by <c>vendor/class=name</c> in the current snapshot.</summary>
    /// <param name="qualifiedName">The qualified name.</param>
    /// <returns>The device, or <c>null</c>.</returns>
    public CdiRegistryDevice? GetDevice(string qualifiedName) => Snapshot.GetDevice(qualifiedName);

    /// <summary>The valid specs of one vendor in the current snapshot.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <returns>The specs, in scan order.</returns>
    public IReadOnlyList<CdiSpecFile> GetVendorSpecs(string vendor) => Snapshot.GetVendorSpecs(vendor);

    /// <summary>Injects devices into an OCI spec using the current snapshot; see <see cref="CdiRegistrySnapshot.Inject(OciSpec, IReadOnlyList{string}, OciEditBatch?)"/>.</summary>
    /// <param name="oci">The OCI spec, changed in place on success only.</param>
    /// <param name="qualifiedNames">The devices, in request order.</param>
    /// <exception cref="CdiInjectionException">A device does not resolve, or an edit cannot be applied; <paramref name="oci"/> is unchanged.</exception>
    public void Inject(OciSpec oci, params string[] qualifiedNames) => Snapshot.Inject(oci, qualifiedNames);

    /// <summary>Injects devices into an OCI spec using the current snapshot; see <see cref="CdiRegistrySnapshot.Inject(OciSpec, IReadOnlyList{string}, OciEditBatch?)"/>.</summary>
    /// <param name="oci">The OCI spec, changed in place on success only.</param>
    /// <param name="qualifiedNames">The devices, in request order.</param>
    /// <param name="batch">A batch to reuse between injections on one thread, or <c>null</c>.</param>
    /// <exception cref="CdiInjectionException">A device does not resolve, or an edit cannot be applied; <paramref name="oci"/> is unchanged.</exception>
    public void Inject(OciSpec oci, IReadOnlyList<string> qualifiedNames, OciEditBatch? batch = null) =>
        Snapshot.Inject(oci, qualifiedNames, batch);

    /// <summary>Rescans every spec directory and makes the result current.</summary>
    /// <returns>The new snapshot.</returns>
    /// <exception cref="ObjectDisposedException">The registry is disposed.</exception>
    public CdiRegistrySnapshot Refresh()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        CdiRegistrySnapshot snapshot;
        // One refresh at a time: two overlapping scans could otherwise publish out of order,
        // an older view replacing a newer one.
        lock (_refreshGate)
        {
            snapshot = SnapshotBuilder.Build(SpecDirectories, _readSpec);
            Volatile.Write(ref _snapshot, snapshot);
        }

        Refreshed?.Invoke(this, snapshot);
        return snapshot;
    }

    /// <summary>
    /// Validates <paramref name="spec"/> and writes it atomically, as <paramref name="name"/>,
    /// into the highest-priority spec directory (created if missing), then refreshes. The
    /// format follows the extension: <c>.yaml</c> or <c>.json</c>; any other name gets
    /// <see cref="CdiSpecNames.DefaultExtension"/> appended. An existing file is replaced; if
    /// anything fails it is left as it was.
    /// </summary>
    /// <param name="spec">The spec to write.</param>
    /// <param name="name">A file name (see <see cref="CdiSpecNames"/>), never a path.</param>
    /// <returns>The path written.</returns>
    /// <exception cref="ArgumentException">The name is not a plain file name.</exception>
    /// <exception cref="CdiInvalidSpecException">The spec is not valid; nothing was written.</exception>
    /// <exception cref="InvalidOperationException">The registry has no spec directories.</exception>
    /// <exception cref="IOException">Writing failed; the previous file, if any, is intact.</exception>
    public string WriteSpec(ICdiSpecDocument spec, string name)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var path = PathFor(name, out var format);
        var errors = spec.Validate();
        if (errors.Count > 0)
        {
            throw new CdiInvalidSpecException(errors);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        CdiGen.IO.AtomicFile.WriteText(path, output => _writeSpec(spec, format, output));
        Refresh();
        return path;
    }

    /// <summary>Removes a spec written by <see cref="WriteSpec"/> (same name rules), then refreshes.</summary>
    /// <param name="name">The spec's file name.</param>
    /// <returns>Whether there was such a file.</returns>
    /// <exception cref="ArgumentException">The name is not a plain file name.</exception>
    /// <exception cref="InvalidOperationException">The registry has no spec directories.</exception>
    public bool RemoveSpec(string name)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var path = PathFor(name, out _);
        bool existed = File.Exists(path);
        File.Delete(path);
        Refresh();
        return existed;
    }

    /// <summary>Stops watching. The last snapshot stays readable; refreshing and writing throw.</summary>
    public void Dispose()
    {
        _disposed = true;
        _watcher?.Dispose();
    }

    private string PathFor(string name, out CdiSpecFormat format)
    {
        var fileName = CdiSpecNames.ToFileName(name, out format);
        if (SpecDirectories.Count == 0)
        {
            throw new InvalidOperationException("the registry has no spec directory to write to");
        }

        return Path.Join(SpecDirectories[^1], fileName);
    }

    private void RefreshFromWatcher()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            Refresh();
        }
        catch (ObjectDisposedException) when (_disposed)
        {
            // Disposed while the timer fired: nothing left to refresh.
        }
        catch (Exception e)
        {
            // On the timer thread an exception would end the process; report it instead.
            ReportWatchError(new CdiWatchError("", "automatic refresh failed: " + e.Message, e));
        }
    }

    private void ReportWatchError(CdiWatchError error)
    {
        lock (_watchErrorsGate)
        {
            if (_watchErrors.Count == MaxWatchErrors)
            {
                _watchErrors.RemoveAt(0);
            }

            _watchErrors.Add(error);
        }

        WatchFailed?.Invoke(this, error);
    }
}
