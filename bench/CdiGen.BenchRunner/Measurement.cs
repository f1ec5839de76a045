using System;
using System.Diagnostics;
using System.Globalization;

namespace CdiGen.Bench;

/// <summary>
/// Times an operation the way goref does (untimed warmup, a GC, then N timed ops; wall time
/// and allocated bytes per op) and prints the same <c>key=value</c> line.
/// </summary>
/// <remarks>
/// The runner uses the runtime's default code generation (tiered compilation with dynamic
/// PGO), as a long-running CDI runtime would. How soon hot methods reach their final tier
/// depends on a background compile thread, which a busy 2-core machine slows down, so the
/// warmup is not a fixed count: it runs the operation in slices and stops once the time per
/// op has stopped improving (see <see cref="WarmUp"/>).
/// </remarks>
internal static class Measurement
{
    private const int SliceMilliseconds = 50;
    private const int StableSlices = 4;
    private const double Tolerance = 0.05;

    /// <summary>Runs and prints one benchmark.</summary>
    /// <param name="name">The <c>bench=</c> value.</param>
    /// <param name="n">Timed ops.</param>
    /// <param name="warmup">Untimed ops, at least.</param>
    /// <param name="warmupMilliseconds">Untimed time, at least (the warmup may run up to 4 times longer).</param>
    /// <param name="operation">One op.</param>
    /// <param name="extra">Appended to the line (e.g. <c>devices=8</c>).</param>
    public static void Run(string name, int n, int warmup, int warmupMilliseconds, Func<int> operation, string extra = "")
    {
        var warming = Stopwatch.StartNew();
        int sink = WarmUp(warmup, warmupMilliseconds, operation);
        long warmedMilliseconds = warming.ElapsedMilliseconds;

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
            $"bench={name} n={n} ns_per_op={elapsed.Ticks * 100 / n} bytes_per_op={bytes / n} allocs_per_op=na total_ms={elapsed.TotalMilliseconds:F1} warmup_ms={warmedMilliseconds}{extra}");
        Console.WriteLine(line);
        GC.KeepAlive(sink);
    }

    /// <summary>
    /// Runs the operation in slices of about <see cref="SliceMilliseconds"/> until at least
    /// <paramref name="minimumOps"/> ops and <paramref name="minimumMilliseconds"/> have passed
    /// and the last <see cref="StableSlices"/> slices were each within <see cref="Tolerance"/>
    /// of the best slice so far: tier-up has finished. Gives up after 4 times the minimum time
    /// (at least 2 s), so that a noisy machine cannot keep it warming for long and
    /// <c>bench/compare.sh --quick</c> stays within its time.
    /// </summary>
    private static int WarmUp(int minimumOps, int minimumMilliseconds, Func<int> operation)
    {
        int sink = 0;
        long limitMilliseconds = Math.Max(2_000, 4L * minimumMilliseconds);
        var total = Stopwatch.StartNew();
        long ops = 0;
        double best = double.MaxValue;
        int stable = 0;
        int sliceOps = 1;
        while (true)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < sliceOps; i++)
            {
                sink += operation();
            }

            double elapsedMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            ops += sliceOps;
            double perOp = elapsedMs / sliceOps;
            if (elapsedMs < SliceMilliseconds / 2.0)
            {
                // Too short to judge: grow the slice and try again.
                sliceOps *= 2;
                continue;
            }

            stable = perOp <= best * (1 + Tolerance) ? stable + 1 : 0;
            best = Math.Min(best, perOp);
            sliceOps = Math.Max(1, (int)(SliceMilliseconds / perOp));
            bool enough = ops >= minimumOps && total.ElapsedMilliseconds >= minimumMilliseconds;
            if ((enough && stable >= StableSlices) || total.ElapsedMilliseconds >= limitMilliseconds)
            {
                return sink;
            }
        }
    }
}
