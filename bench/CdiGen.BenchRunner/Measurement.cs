using System;
using System.Diagnostics;
using System.Globalization;

namespace CdiGen.Bench;

/// <summary>
/// Times an operation the way goref does (untimed warmup, a GC, then N timed ops; wall time
/// and allocated bytes per op) and prints the same <c>key=value</c> line.
/// </summary>
internal static class Measurement
{
    /// <summary>Runs and prints one benchmark.</summary>
    /// <param name="name">The <c>bench=</c> value.</param>
    /// <param name="n">Timed ops.</param>
    /// <param name="warmup">Untimed ops, at least.</param>
    /// <param name="warmupMilliseconds">
    /// Untimed time, at least: tiered compilation promotes hot methods only after they have run
    /// for a while, so a count alone would time tier-0 code in a short run.
    /// </param>
    /// <param name="operation">One op.</param>
    /// <param name="extra">Appended to the line (e.g. <c>devices=8</c>).</param>
    public static void Run(string name, int n, int warmup, int warmupMilliseconds, Func<int> operation, string extra = "")
    {
        int sink = 0;
        var warm = Stopwatch.StartNew();
        for (int i = 0; i < warmup || warm.ElapsedMilliseconds < warmupMilliseconds; i++)
        {
            sink += operation();
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < n; i++)
        {
            sink += operation();
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        long bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"bench={name} n={n} ns_per_op={elapsed.Ticks * 100 / n} bytes_per_op={bytes / n} allocs_per_op=na total_ms={elapsed.TotalMilliseconds:F1}{extra}");
        Console.WriteLine(line);
        GC.KeepAlive(sink);
    }
}
