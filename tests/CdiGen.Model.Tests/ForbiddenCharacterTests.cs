using System.Text;
using CdiGen.Serialization;

namespace CdiGen.Model.Tests;

/// <summary>
/// Characters YAML forbids (C0 and C1 controls, DEL, U+FFFE, U+FFFF) fail a spec file as they
/// fail it in Go, whose YAML reader also reads JSON spec files: in a quoted value, in a comment,
/// raw in a JSON string. Compared with a live goref run over every character below U+00A1 and
/// a few beyond; the positions and messages are checked without it.
/// </summary>
public sealed class ForbiddenCharacterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cdi-chars-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // Line breaks change the document's shape rather than its characters, so they are left out.
    private static IEnumerable<int> CodePoints() =>
        Enumerable.Range(0, 0xA1)
            .Where(c => c is not ('\n' or '\r' or 0x85))
            .Concat([0xD7FF, 0xE000, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600]);

    private static string YamlValue(string c) =>
        $"cdiVersion: \"0.3.0\"\nkind: vendor.com/gpu\ndevices:\n  - name: d\n    containerEdits:\n      env: ['A=x{c}x']\n";

    private static string YamlComment(string c) =>
        $"cdiVersion: \"0.3.0\"\nkind: vendor.com/gpu\n# note x{c}x\ndevices:\n  - name: d\n    containerEdits:\n      env: ['A=1']\n";

    private static string JsonValue(string c) =>
        $"{{\"cdiVersion\":\"0.3.0\",\"kind\":\"vendor.com/gpu\",\"devices\":[{{\"name\":\"d\",\"containerEdits\":{{\"env\":[\"A=x{c}x\"]}}}}]}}\n";

    [SharedDataFact]
    public void Spec_files_with_each_character_are_accepted_or_refused_as_go_does() =>
        GoReference.AssertSameVerdicts(CodePoints().SelectMany(codePoint =>
        {
            var c = char.ConvertFromUtf32(codePoint);
            return new[] { ($"value-{codePoint:X4}.yaml", YamlValue(c)), ($"comment-{codePoint:X4}.yaml", YamlComment(c)), ($"json-{codePoint:X4}.json", JsonValue(c)) };
        }).ToList());

    [Theory]
    [InlineData(0x01, "control character U+0001")]
    [InlineData(0x0B, "control character U+000B")]
    [InlineData(0x7F, "control character U+007F")]
    [InlineData(0x9F, "control character U+009F")]
    [InlineData(0xFFFE, "U+FFFE is not a character")]
    public void A_forbidden_character_is_refused_where_it_stands(int codePoint, string reason)
    {
        var c = char.ConvertFromUtf32(codePoint);

        // From a string, from a file (through the stream reader), and in a comment: each names line and column.
        var fromString = Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(YamlValue(c)));
        AssertAt(fromString, reason, line: 6, column: 17);
        var path = Path.Combine(_directory, "spec.yaml");
        File.WriteAllText(path, YamlComment(c));
        var fromFile = Assert.Throws<CdiFormatException>(() => Spec.ReadFile(path));
        AssertAt(fromFile, reason, line: 3, column: 9);
        Assert.Equal(path, fromFile.FilePath);

        // CRLF line ends count once per line.
        var crlf = Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(YamlComment(c).ReplaceLineEndings("\r\n")));
        AssertAt(crlf, reason, line: 3, column: 9);
    }

    [Theory]
    [InlineData(0x7F, "control character U+007F")]
    [InlineData(0x80, "control character U+0080")]
    [InlineData(0xFFFF, "U+FFFF is not a character")]
    public void A_forbidden_character_raw_in_a_json_string_is_refused(int codePoint, string reason)
    {
        var json = Encoding.UTF8.GetBytes("{\n  \"kind\": \"vendor.com/g" + char.ConvertFromUtf32(codePoint) + "pu\"\n}");

        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadJson(json));

        AssertAt(error, reason, line: 2, column: 24);
        Assert.Contains("read JSON spec files as YAML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("\u00A0")]
    [InlineData("\uFFFD")]
    [InlineData("\U0001F600")]
    public void Characters_yaml_allows_still_read(string c)
    {
        Assert.Equal("A=x" + c + "x", Spec.ReadYaml(YamlValue(c)).Devices[0].ContainerEdits.Env![0]);
        Assert.Equal("vendor.com/gpu", Spec.ReadYaml(YamlComment(c)).Kind);
    }

    [Fact]
    public void An_escaped_control_character_is_not_a_raw_one()
    {
        // "\u0001" is six characters of text in both formats; Go accepts it too.
        var json = Encoding.UTF8.GetBytes(JsonValue("\\u0001"));
        Assert.Equal("A=x\u0001x", Spec.ReadJson(json).Devices[0].ContainerEdits.Env![0]);
        Assert.Equal("A=x\u0001x", Spec.ReadYaml(YamlValue("\\x01").Replace('\'', '"')).Devices[0].ContainerEdits.Env![0]);
    }

    private static void AssertAt(CdiFormatException error, string reason, long line, long column)
    {
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
