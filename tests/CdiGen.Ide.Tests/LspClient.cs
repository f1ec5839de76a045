using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace CdiGen.Ide.Tests;

/// <summary>
/// A minimal Language Server Protocol client over a server process's stdin and stdout:
/// JSON-RPC 2.0 messages, each framed by a <c>Content-Length</c> header. It sends requests and
/// notifications, answers the requests the server sends through a callback, and queues the
/// server's notifications for the test to read.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly Func<string, JsonNode?, JsonNode?> _answer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly Channel<JsonObject> _notifications = Channel.CreateUnbounded<JsonObject>();
    private readonly StringBuilder _stderr = new();
    private readonly Task _reader;
    private int _lastId;

    private LspClient(Process process, Func<string, JsonNode?, JsonNode?> answer)
    {
        _process = process;
        _answer = answer;
        _toServer = process.StandardInput.BaseStream;
        // Headers are read a byte at a time; the buffer keeps that cheap.
        _fromServer = new BufferedStream(process.StandardOutput.BaseStream);
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        _process.BeginErrorReadLine();
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>
    /// Starts the server. <paramref name="answer"/> gets the method and params of each request
    /// the server sends and returns the result to send back (null is a valid result).
    /// </summary>
    public static LspClient Start(ProcessStartInfo start, Func<string, JsonNode?, JsonNode?> answer)
    {
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        return new LspClient(process, answer);
    }

    /// <summary>What the server wrote to stderr so far, for failure messages.</summary>
    public string ServerErrorOutput
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Sends a request and waits for its result; an error response throws.</summary>
    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, CancellationToken cancellation)
    {
        var id = Interlocked.Increment(ref _lastId);
        var waiter = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = waiter;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        using (cancellation.Register(() => waiter.TrySetCanceled(cancellation)))
        {
            return await waiter.Task;
        }
    }

    /// <summary>Sends a notification (no answer expected).</summary>
    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>The next notification from the server, or null once the server closed its output.</summary>
    public async Task<JsonObject?> NextNotificationAsync(CancellationToken cancellation)
    {
        try
        {
            return await _notifications.Reader.ReadAsync(cancellation);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The orderly end of a session: <c>shutdown</c>, then <c>exit</c>, then waits for the
    /// process to end. Returns the exit code; a server that does not end in time is killed.
    /// </summary>
    public async Task<int?> ShutdownAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await RequestAsync("shutdown", null, cancellation.Token);
            await NotifyAsync("exit", null);
            await _process.WaitForExitAsync(cancellation.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Kill();
            return null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        await _reader;
        _process.Dispose();
        _writeLock.Dispose();
    }

    private void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        await _writeLock.WaitAsync();
        try
        {
            await _toServer.WriteAsync(header);
            await _toServer.WriteAsync(body);
            await _toServer.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadMessageAsync() is { } message)
            {
                await DispatchAsync(message);
            }
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException or InvalidDataException or System.Text.Json.JsonException)
        {
            // The server died or wrote garbage: whoever waits learns it below.
            lock (_stderr)
            {
                _stderr.AppendLine("[client] reading from the server failed: " + error.Message);
            }
        }
        finally
        {
            _notifications.Writer.TryComplete();
            foreach (var waiter in _pending.Values)
            {
                waiter.TrySetException(new IOException("The language server closed its output. stderr:" + Environment.NewLine + ServerErrorOutput));
            }
        }
    }

    private async Task DispatchAsync(JsonObject message)
    {
        var method = message["method"]?.GetValue<string>();
        if (method is not null && message.ContainsKey("id"))
        {
            var result = _answer(method, message["params"]);
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = result });
        }
        else if (method is not null)
        {
            _notifications.Writer.TryWrite(message);
        }
        else if (message["id"] is JsonValue id && id.TryGetValue<int>(out var number) && _pending.TryRemove(number, out var waiter))
        {
            if (message["error"] is JsonNode error)
            {
                waiter.TrySetException(new InvalidOperationException("The language server answered with an error: " + error.ToJsonString()));
            }
            else
            {
                waiter.TrySetResult(message["result"]);
            }
        }
    }

    private async Task<JsonObject?> ReadMessageAsync()
    {
        int? length = null;
        while (true)
        {
            var line = await ReadHeaderLineAsync();
            if (line is null)
            {
                return null;
            }
            if (line.Length == 0)
            {
                break;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }
        if (length is null)
        {
            throw new InvalidDataException("The language server sent a message without Content-Length.");
        }
        var body = new byte[length.Value];
        await _fromServer.ReadExactlyAsync(body);
        return JsonNode.Parse(body) as JsonObject ?? throw new InvalidDataException("The language server sent a message that is not a JSON object.");
    }

    // One header line without its CR LF; null at a clean end of stream (between messages).
    private async Task<string?> ReadHeaderLineAsync()
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await _fromServer.ReadAsync(one) == 0)
            {
                return line.Count == 0 ? null : throw new EndOfStreamException("The language server's output ended inside a header.");
            }
            if (one[0] == (byte)'\n')
            {
                return Encoding.ASCII.GetString(line.ToArray()).TrimEnd('\r');
            }
            line.Add(one[0]);
        }
    }
}
