using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace CdiGen.Registry;

/// <summary>
/// Watches spec directories and calls back, debounced, after changes. Each directory is
/// watched for its files, and its nearest existing ancestor is watched for the path leading
/// to it, so a directory that is created, removed or replaced later is noticed too.
/// </summary>
internal sealed class SpecDirectoryWatcher : IDisposable
{
    private readonly IReadOnlyList<string> _directories;
    private readonly TimeSpan _delay;
    private readonly Action _changed;
    private readonly Action<CdiWatchError> _failed;
    private readonly object _gate = new();
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly Timer _timer;
    private bool _rewatchPending;
    private bool _disposed;

    public SpecDirectoryWatcher(IReadOnlyList<string> directories, TimeSpan delay, Action changed, Action<CdiWatchError> failed)
    {
        _directories = directories;
        _delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        _changed = changed;
        _failed = failed;
        _timer = new Timer(_ => OnTimer(), null, Timeout.Infinite, Timeout.Infinite);
        List<FileSystemWatcher> stale;
        lock (_gate)
        {
            stale = Rewatch();
        }

        DisposeAll(stale);
    }

    public void Dispose()
    {
        List<FileSystemWatcher> stale;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _timer.Dispose();
            stale = new List<FileSystemWatcher>(_watchers);
            _watchers.Clear();
        }

        DisposeAll(stale);
    }

    // Called with _gate held. Returns the replaced watchers, to be disposed after the lock is
    // released: disposing may wait for an event handler that is itself waiting for the lock.
    private List<FileSystemWatcher> Rewatch()
    {
        var stale = new List<FileSystemWatcher>(_watchers);
        _watchers.Clear();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var configured in _directories)
        {
            string directory;
            try
            {
                directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(configured));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                _failed(new CdiWatchError(configured, "not a usable directory path: " + e.Message, e));
                continue;
            }

            if (!seen.Add(directory))
            {
                continue;
            }

            if (Directory.Exists(directory))
            {
                Watch(directory, filter: "", NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size, rewatch: false);
            }

            if (NearestExistingAncestor(directory, out var ancestor, out var child))
            {
                Watch(ancestor, filter: child, NotifyFilters.DirectoryName | NotifyFilters.FileName, rewatch: true);
            }
        }

        return stale;
    }

    private void Watch(string directory, string filter, NotifyFilters notify, bool rewatch)
    {
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(directory) { Filter = filter, NotifyFilter = notify, IncludeSubdirectories = false };
            FileSystemEventHandler onChange = (_, _) => Schedule(rewatch);
            watcher.Created += onChange;
            watcher.Deleted += onChange;
            watcher.Changed += onChange;
            watcher.Renamed += (_, _) => Schedule(rewatch);
            watcher.Error += (_, e) => OnWatcherError(directory, e.GetException());
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            watcher?.Dispose();
            _failed(new CdiWatchError(directory, "cannot watch directory: " + e.Message, e));
        }
    }

    private void OnWatcherError(string directory, Exception error)
    {
        // Events may have been lost (an overflow) or the directory went away; either way the
        // only safe reaction is to watch afresh and rescan. A directory that vanished is an
        // expected change, noticed through its ancestor, not a failure.
        if (Directory.Exists(directory))
        {
            _failed(new CdiWatchError(directory, "watching failed, changes may have been missed: " + error.Message, error));
        }

        Schedule(rewatch: true);
    }

    private void Schedule(bool rewatch)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _rewatchPending |= rewatch;
            // Each change pushes the refresh back: a burst ends in one refresh.
            _timer.Change(_delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer()
    {
        List<FileSystemWatcher>? stale = null;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (_rewatchPending)
            {
                _rewatchPending = false;
                stale = Rewatch();
            }
        }

        if (stale is not null)
        {
            DisposeAll(stale);
        }

        // After the new watchers are in place: whatever changed before they were is in this scan.
        _changed();
    }

    private static void DisposeAll(List<FileSystemWatcher> watchers)
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
    }

    /// <summary>
    /// The closest existing directory above <paramref name="directory"/>, and the name of the
    /// entry in it on the way down to <paramref name="directory"/> (the one whose creation or
    /// removal matters).
    /// </summary>
    private static bool NearestExistingAncestor(string directory, out string ancestor, out string child)
    {
        child = Path.GetFileName(directory);
        var parent = Path.GetDirectoryName(directory);
        while (parent is not null && !Directory.Exists(parent))
        {
            child = Path.GetFileName(parent);
            parent = Path.GetDirectoryName(parent);
        }

        ancestor = parent ?? "";
        return parent is not null && child.Length > 0;
    }
}
