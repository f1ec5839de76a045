using System.Diagnostics;
using System.Text;
using CdiGen.Serialization;

namespace CdiGen.Model.Tests;

/// <summary>
/// Reading is strict the way Go's reader is, and every error names the reason, the path of
/// the offending value and its exact line and column.
/// </summary>
public class StrictnessTests
{
    private const string Edits = "$.devices[0].containerEdits";
    private const string Node = "$.devices[0].containerEdits.deviceNodes[0]";

    public static TheoryData<string, string, string, string, int, int> JsonErrors() => new()
    {
        // case, edits line, reason, document path, line, column
        { "unknown field", "\"additionalGid\": [1]", "unknown field \"additionalGid\" (did you mean \"additionalGids\"?)", Edits, 8, 9 },
        { "duplicate key", "\"env\": [\"A=1\"], \"env\": [\"B=2\"]", "field \"env\" appears more than once", Edits, 8, 25 },
        { "string for uid", "\"deviceNodes\": [{\"path\": \"/dev/x\", \"uid\": \"0\"}]", "expected an integer, found a string", Node + ".uid", 8, 51 },
        { "uid -1", "\"deviceNodes\": [{\"path\": \"/dev/x\", \"uid\": -1}]", "the number is out of range for an unsigned 32-bit integer (0 to 4294967295)", Node + ".uid", 8, 51 },
        { "uid 2^32", "\"deviceNodes\": [{\"path\": \"/dev/x\", \"uid\": 4294967296}]", "the number is out of range for an unsigned 32-bit integer (0 to 4294967295)", Node + ".uid", 8, 51 },
        { "major 2^63", "\"deviceNodes\": [{\"path\": \"/dev/x\", \"major\": 9223372036854775808}]", "the number is out of range for a 64-bit integer", Node + ".major", 8, 53 },
        { "missing comma", "\"env\": [\"A=1\"] \"mounts\": []", "invalid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'", Edits, 8, 24 },
    };

    public static TheoryData<string, string, string, string, int, int> YamlErrors() => new()
    {
        { "unknown field", "additionalGid: [1]", "unknown field \"additionalGid\" (did you mean \"additionalGids\"?)", Edits, 6, 5 },
        { "duplicate key", "env: [A=1]\n    env: [B=2]", "field \"env\" appears more than once", Edits, 7, 5 },
        { "string for uid", "deviceNodes: [{path: /dev/x, uid: \"0\"}]", "expected an unsigned 32-bit integer (0 to 4294967295), found the quoted string \"0\"", Node + ".uid", 6, 39 },
        { "uid -1", "deviceNodes: [{path: /dev/x, uid: -1}]", "the number -1 is out of range for an unsigned 32-bit integer (0 to 4294967295)", Node + ".uid", 6, 39 },
        { "uid 2^32", "deviceNodes: [{path: /dev/x, uid: 4294967296}]", "the number 4294967296 is out of range for an unsigned 32-bit integer (0 to 4294967295)", Node + ".uid", 6, 39 },
        { "major 2^63", "deviceNodes: [{path: /dev/x, major: 9223372036854775808}]", "the number 9223372036854775808 is out of range for a 64-bit integer", Node + ".major", 6, 41 },
        { "stray ']'", "env: [A=1]]", "invalid YAML: While parsing a block mapping, did not find expected key.", Edits + ".env", 6, 15 },
        { "unterminated quote", "env: [\"A=1]\n", "invalid YAML: While scanning a quoted scalar, found unexpected end of stream.", Edits + ".env", 6, 11 },
    };

    [Theory]
    [MemberData(nameof(JsonErrors))]
    public void JsonErrorNamesReasonPathLineAndColumn(string @case, string edits, string reason, string path, int line, int column) =>
        AssertError(Json.Fails(Json.With(edits)), @case, reason, path, line, column);

    [Theory]
    [MemberData(nameof(YamlErrors))]
    public void YamlErrorNamesReasonPathLineAndColumn(string @case, string edits, string reason, string path, int line, int column) =>
        AssertError(Yaml.Fails(Yaml.With(edits)), @case, reason, path, line, column);

    [Fact]
    public void ListForKindIsRejected()
    {
        AssertError(Json.Fails(Json.With("\"env\": [\"A=1\"]", kind: "[\"a\"]")), "json", "expected a string, found a list", "$.kind", 3, 11);
        AssertError(Yaml.Fails(Yaml.With("env: [A=1]", kind: "[a]")), "yaml", "expected a string, found a list", "$.kind", 2, 7);
    }

    [Fact]
    public void EmptyDocumentIsRejected()
    {
        AssertError(Yaml.Fails(""), "yaml", "the document is empty", "$", 1, 1);
        AssertError(Yaml.Fails("# nothing but a comment\n"), "yaml comment", "the document is empty", "$", 2, 1);
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("  \n ", 2, 2)]
    public void EmptyJsonDocumentIsRejectedAsEmpty(string json, int line, int column) =>
        // JsonReadContext.Parse means to say "the document is empty" (as the YAML reader does), but
        // Utf8JsonReader throws first, so the reason is System.Text.Json's text naming isFinalBlock.
        AssertError(Json.Fails(json), "json", "the document is empty", "$", line, column);

    [Fact]
    public void TabIndentationIsReportedOnItsLine()
    {
        // YamlDotNet throws this error without a position; the reader then names the end of the
        // last token it read (line 6), right before the offending tab, rather than (1,1).
        var error = Yaml.Fails(Yaml.With("env: [A=1]\n\tmounts: []"));
        Assert.True(
            ("invalid YAML: While scanning a mapping, found invalid tab as indentation.", 6L) == (error.Reason, error.Line),
            $"got ({error.Reason}, {error.Line}, {error.Column})");
    }

    [Fact]
    public void InvalidUtf8InJsonIsRejectedAtItsPosition()
    {
        var json = Encoding.UTF8.GetBytes(Json.With("\"env\": [\"A=1\"]")).ToList();
        var at = Enumerable.Range(0, json.Count).First(i => json.Skip(i).Take(4).SequenceEqual("dev0"u8.ToArray()));
        json[at + 3] = 0xFF; // "dev\xFF" on line 6, the string starting at column 15
        AssertError(Json.Fails(json.ToArray()), "json", "the document is not valid UTF-8", "$.devices[0].name", 6, 15);
    }

    [Fact]
    public void AliasBombFailsFast()
    {
        // A thousand devices, each with a thousand hooks, each with a thousand args: 10^9 nodes
        // once aliases are expanded, from a document of a few kilobytes.
        var args = "[&a x" + string.Concat(Enumerable.Repeat(", *a", 999)) + "]";
        var hooks = $"[&h {{hookName: prestart, path: /p, args: {args}}}" + string.Concat(Enumerable.Repeat(", *h", 999)) + "]";
        var devices = $"[&d {{name: d, containerEdits: {{hooks: {hooks}}}}}" + string.Concat(Enumerable.Repeat(", *d", 999)) + "]";
        var yaml = "cdiVersion: 0.3.0\nkind: vendor.com/device\ndevices: " + devices + "\n";
        Assert.True(yaml.Length < 20_000);

        var clock = Stopwatch.StartNew();
        var error = Yaml.Fails(yaml);
        clock.Stop();

        Assert.Equal($"invalid YAML: the document has more than 1000000 nodes once aliases are expanded", error.Reason);
        Assert.Equal(3, error.Line);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void ClassicBillionLaughsFailsFast()
    {
        var yaml = new StringBuilder("cdiVersion: 0.3.0\nkind: vendor.com/device\nannotations:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append($"  {level}: &{level} [").Append(string.Join(", ", Enumerable.Repeat($"*{previous}", 9))).Append("]\n");
        }
        var clock = Stopwatch.StartNew();
        var error = Yaml.Fails(yaml.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        AssertError(error, "laughs", "expected a string, found a list", "$.annotations.a", 4, 6);
    }

    [Fact]
    public void DeepNestingIsRejectedWithoutRecursion()
    {
        var depth = 100_000;
        var nested = new string('[', depth) + new string(']', depth);
        AssertError(Json.Fails(Json.With("\"env\": [\"A=1\"]", kind: nested)), "json", "expected a string, found a list", "$.kind", 3, 11);
        AssertError(Yaml.Fails(Yaml.With("env: [A=1]", kind: nested)), "yaml", "expected a string, found a list", "$.kind", 2, 7);
    }

    [Fact]
    public void ByteOrderMarkIsAccepted()
    {
        var expected = Yaml.Read(Yaml.Minimal);
        var json = Encoding.UTF8.GetBytes(Json.With("\"env\": [\"A=1\"]"));
        Assert.Equal(expected, Spec.ReadJson([0xEF, 0xBB, 0xBF, .. json]));

        var directory = Directory.CreateTempSubdirectory("cdigen-bom-");
        try
        {
            var jsonFile = Path.Combine(directory.FullName, "bom.json");
            var yamlFile = Path.Combine(directory.FullName, "bom.yaml");
            File.WriteAllBytes(jsonFile, [0xEF, 0xBB, 0xBF, .. json]);
            File.WriteAllText(yamlFile, Yaml.Minimal, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            Assert.Equal(0xEF, File.ReadAllBytes(yamlFile)[0]);
            Assert.Equal(expected, Spec.ReadFile(jsonFile));
            Assert.Equal(expected, Spec.ReadFile(yamlFile));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void ByteOrderMarkInYamlTextIsAccepted() =>
        // YAML allows a byte order mark at the start of a stream, and Go's reader skips it. Text
        // decoded without stripping it (Encoding.UTF8.GetString of a file's bytes) starts with U+FEFF.
        Assert.Equal(Yaml.Read(Yaml.Minimal), Spec.ReadYaml(Encoding.UTF8.GetString([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Yaml.Minimal)])));

    [Fact]
    public void CrLfIsAcceptedAndLinesStillCount()
    {
        var expected = Yaml.Read(Yaml.Minimal);
        Assert.Equal(expected, Json.Read(Json.With("\"env\": [\"A=1\"]").ReplaceLineEndings("\r\n")));
        Assert.Equal(expected, Yaml.Read(Yaml.Minimal.ReplaceLineEndings("\r\n")));

        var jsonError = Json.Fails(Json.With("\"additionalGid\": [1]").ReplaceLineEndings("\r\n"));
        Assert.Equal((8L, 9L), (jsonError.Line, jsonError.Column));
        var yamlError = Yaml.Fails(Yaml.With("additionalGid: [1]").ReplaceLineEndings("\r\n"));
        Assert.Equal((6L, 5L), (yamlError.Line, yamlError.Column));
    }

    [Fact]
    public void TrailingCommaInJsonArrayIsAccepted()
    {
        var spec = Json.Read(Json.With("\"env\": [\"A=1\",]"));
        Assert.Equal(["A=1"], spec.Devices[0].ContainerEdits.Env!);
    }

    [Fact]
    public void KeysMatchCaseInsensitively()
    {
        var expected = Yaml.Read(Yaml.Minimal);
        var json = Json.With("\"env\": [\"A=1\"]").Replace("\"containerEdits\"", "\"ContainerEdits\"", StringComparison.Ordinal);
        var yaml = Yaml.Minimal.Replace("containerEdits:", "ContainerEdits:", StringComparison.Ordinal);
        Assert.Contains("ContainerEdits", json, StringComparison.Ordinal);
        Assert.Contains("ContainerEdits", yaml, StringComparison.Ordinal);
        Assert.Equal(expected, Json.Read(json));
        Assert.Equal(expected, Yaml.Read(yaml));
        Assert.Equal(["A=1"], Yaml.Read(yaml).Devices[0].ContainerEdits.Env!);
    }

    [Fact]
    public void OnlyTheFirstYamlDocumentCounts()
    {
        var yaml = "---\n" + Yaml.Minimal + "---\ncdiVersion: \"1.1.0\"\nkind: other.com/thing\nunknownField: 1\n";
        var spec = Yaml.Read(yaml);
        Assert.Equal("vendor.com/device", spec.Kind);
        Assert.Equal(Yaml.Read(Yaml.Minimal), spec);
    }

    private static void AssertError(CdiFormatException error, string @case, string reason, string path, long line, long column)
    {
        Assert.True(
            (reason, path, line, column) == (error.Reason, error.DocumentPath, error.Line, error.Column),
            $"{@case}: expected ({reason}, {path}, {line}, {column}), got ({error.Reason}, {error.DocumentPath}, {error.Line}, {error.Column})");
    }
}
