using System.Diagnostics;

namespace CdiGen.Reliability.Tests.Fuzzing;

/// <summary>
/// Runs one parse of untrusted input and judges the result: it must end within the timeout
/// and either succeed or throw the documented exception type with a message. Anything else
/// (another exception, an empty message) is a crash, described in the returned text.
/// </summary>
/// <remarks>
/// Parses run inline on the test thread under a watchdog: handing each input to another
/// thread cost more than the parse on a two-core runner (0.5-10 ms per input). A parse that
/// passes the timeout cannot be interrupted in .NET, so the watchdog saves the input to the
/// crash folder and ends the test process with <see cref="Environment.FailFast(string)"/>
/// naming it: a hang fails the run loudly and leaves its reproducer. A stack overflow cannot
/// be caught either; it ends the run just as loudly.
/// </remarks>
internal static class ParseGuard
{
    /// <summary>Generous: a parse of these files takes well under a millisecond.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary><c>null</c> when the outcome is allowed, else what went wrong.</summary>
    public static string? Check<TAllowed>(Action parse, byte[] input, out bool rejected)
        where TAllowed : Exception
    {
        rejected = false;
        using (Watchdog.Arm(input))
        {
            try
            {
                parse();
                return null;
            }
            catch (TAllowed allowed)
            {
                rejected = true;
                return string.IsNullOrWhiteSpace(allowed.Message) ? $"{typeof(TAllowed).Name} with an empty message" : null;
            }
            catch (Exception other)
            {
                return other.ToString();
            }
        }
    }

    private sealed class Watchdog : IDisposable
    {
        private readonly Timer _timer;

        private Watchdog(byte[] input)
        {
            _timer = new Timer(_ => Expire(input), null, Timeout, System.Threading.Timeout.InfiniteTimeSpan);
        }

        public static Watchdog Arm(byte[] input) => new(input);

        public void Dispose() => _timer.Dispose();

        private static void Expire(byte[] input)
        {
            Directory.CreateDirectory(FuzzRun.CrashFolder);
            var file = Path.Combine(FuzzRun.CrashFolder, $"hang-{Environment.ProcessId}-{Stopwatch.GetTimestamp()}.bin");
            File.WriteAllBytes(file, input);
            Environment.FailFast($"a parse ran longer than {Timeout.TotalSeconds} s (hang); the input is saved as {file}");
        }
    }
}
