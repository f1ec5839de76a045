using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace CdiGen.Ide.Tests;

/// <summary>
/// The analyzers' diagnostics reach a real IDE host: csharp-ls loads a CdiGen consumer,
/// runs the generator (the model types) and the analyzers, and pushes CDI001 to the editor.
/// </summary>
public sealed class CsharpLsDiagnosticsTests(ITestOutputHelper output)
{
    private const string Member = "AdditionalGids";
    private const string Message = "ContainerEdits.AdditionalGids requires cdiVersion 0.7.0 or later; this spec declares 0.5.0";

    // First diagnostics come seconds after didOpen; loading MSBuild and the project graph on a
    // cold 2-core machine takes most of this budget.
    private static readonly TimeSpan DiagnosticsTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Cdi001_on_a_CSharp_spec_is_pushed_by_csharp_ls_at_the_member()
    {
        var build = BuildInfoAttribute.Current;
        var clock = Stopwatch.StartNew();
        var executable = await CsharpLs.EnsureInstalledAsync(build.RepositoryRoot);
        output.WriteLine($"csharp-ls {CsharpLs.Version} ready after {clock.Elapsed.TotalSeconds:F1} s");

        using var consumer = IdeConsumer.Create(build);
        var (line, character) = PositionOf(IdeConsumer.Source, Member);

        // csharp-ls neither restores nor builds. The build also shows the command-line side:
        // the same rule at the same place, and so a failed build (CDI001 is an error).
        var built = await consumer.BuildAsync();
        Assert.True(built.Output.Contains($"{IdeConsumer.SourceFile}({line + 1},{character + 1}): error CDI001: {Message}", StringComparison.Ordinal), built.Describe());
        Assert.True(built.ExitCode != 0, built.Describe());
        output.WriteLine($"consumer restored and built after {clock.Elapsed.TotalSeconds:F1} s");

        var log = new List<string>();
        await using var server = LspClient.Start(CsharpLs.StartInfo(executable, consumer.Directory), AnswerServerRequest);
        using var deadline = new CancellationTokenSource(DiagnosticsTimeout);
        await server.RequestAsync("initialize", InitializeParams(consumer.Directory), deadline.Token);
        await server.NotifyAsync("initialized", new JsonObject());
        var fileUri = new Uri(consumer.SourcePath).AbsoluteUri;
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = fileUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = IdeConsumer.Source },
        });
        var opened = clock.Elapsed;

        var diagnostics = await WaitForCodeAsync(server, consumer.SourcePath, "CDI001", log, deadline.Token)
            ?? throw new TimeoutException(Failure("no CDI001 from csharp-ls", server, log));
        output.WriteLine($"CDI001 pushed {(clock.Elapsed - opened).TotalSeconds:F1} s after didOpen");

        var cdi001 = Assert.Single(diagnostics, d => Code(d) == "CDI001");
        Assert.NotNull(cdi001);
        Assert.Equal(Message, cdi001["message"]?.GetValue<string>());
        Assert.Equal(1, cdi001["severity"]?.GetValue<int>()); // Error
        Assert.Equal(line, cdi001["range"]?["start"]?["line"]?.GetValue<int>());
        Assert.Equal(character, cdi001["range"]?["start"]?["character"]?.GetValue<int>());
        Assert.Equal(line, cdi001["range"]?["end"]?["line"]?.GetValue<int>());
        Assert.Equal(character + Member.Length, cdi001["range"]?["end"]?["character"]?.GetValue<int>());
        // Any other error (CS0246 above all) would mean the generator did not run in the host.
        Assert.True(diagnostics.All(d => Code(d) == "CDI001" || d?["severity"]?.GetValue<int>() != 1), Failure("other errors", server, log, diagnostics));

        var exitCode = await server.ShutdownAsync(TimeSpan.FromSeconds(15));
        Assert.True(exitCode is not null, Failure("csharp-ls did not exit after shutdown and exit", server, log));
        output.WriteLine($"done after {clock.Elapsed.TotalSeconds:F1} s; csharp-ls exited with {exitCode}");
    }

    private static JsonObject InitializeParams(string root)
    {
        var rootUri = new Uri(root.EndsWith('/') ? root : root + "/").AbsoluteUri.TrimEnd('/');
        return new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootUri,
            ["rootPath"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = Path.GetFileName(root) }),
            // Configuration so the server asks for the `csharp` section; publishDiagnostics and
            // no textDocument.diagnostic, so it pushes.
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                ["textDocument"] = new JsonObject
                {
                    ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = true },
                    ["synchronization"] = new JsonObject { ["didSave"] = true },
                },
            },
        };
    }

    // csharp-ls runs a project's analyzers only when the `csharp` section enables them;
    // registrations, progress tokens and the rest need no more than an empty result.
    private static JsonNode? AnswerServerRequest(string method, JsonNode? parameters)
    {
        if (method != "workspace/configuration")
        {
            return null;
        }
        var results = new JsonArray();
        foreach (var item in parameters?["items"]?.AsArray() ?? [])
        {
            results.Add(item?["section"]?.GetValue<string>() == "csharp" ? new JsonObject { ["analyzersEnabled"] = true } : null);
        }
        return results;
    }

    // The diagnostics of the first publication for the file that has the code; null at the
    // deadline or when the server ends. Log messages and earlier publications go to the log.
    private static async Task<JsonArray?> WaitForCodeAsync(LspClient server, string path, string code, List<string> log, CancellationToken deadline)
    {
        try
        {
            while (await server.NextNotificationAsync(deadline) is { } notification)
            {
                var method = notification["method"]?.GetValue<string>();
                var parameters = notification["params"];
                if (method == "textDocument/publishDiagnostics"
                    && parameters?["uri"]?.GetValue<string>() is { } uri
                    && new Uri(uri).LocalPath == path
                    && parameters["diagnostics"] is JsonArray diagnostics)
                {
                    if (diagnostics.Any(d => Code(d) == code))
                    {
                        return diagnostics;
                    }
                    log.Add("publishDiagnostics without " + code + ": " + diagnostics.ToJsonString());
                }
                else
                {
                    log.Add(method + ": " + parameters?["message"]?.GetValue<string>());
                }
            }
        }
        catch (OperationCanceledException)
        {
            log.Add($"[test] deadline of {DiagnosticsTimeout.TotalSeconds} s passed");
        }
        return null;
    }

    private static string? Code(JsonNode? diagnostic) => diagnostic?["code"]?.ToString();

    private static (int Line, int Character) PositionOf(string text, string token)
    {
        var offset = text.IndexOf(token, StringComparison.Ordinal);
        var line = text.AsSpan(0, offset).Count('\n');
        var character = offset - (text.LastIndexOf('\n', offset) + 1);
        return (line, character);
    }

    private static string Failure(string what, LspClient server, List<string> log, JsonArray? diagnostics = null) =>
        string.Join(Environment.NewLine,
            [what, diagnostics?.ToJsonString() ?? "", "--- notifications ---", .. log, "--- csharp-ls stderr ---", server.ServerErrorOutput]);
}
