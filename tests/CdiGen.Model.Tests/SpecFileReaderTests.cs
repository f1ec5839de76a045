using CdiGen.Serialization;

namespace CdiGen.Model.Tests;

/// <summary>Spec.ReadFile: the format follows the content as Go's reader sees it, limits and encoding are checked up front.</summary>
public sealed class SpecFileReaderTests : IDisposable
{
    private const string Yaml = "cdiVersion: 0.3.0\nkind: example.com/x\ndevices:\n- name: x\n  containerEdits:\n    env: [A=1]\n";
    private readonly string _directory = Directory.CreateTempSubdirectory("cdi-read-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Yaml_named_json_is_read_as_yaml_like_go_does()
    {
        var spec = Spec.ReadFile(Write("yaml.json", System.Text.Encoding.UTF8.GetBytes(Yaml)));
        Assert.Equal("example.com/x", spec.Kind);
    }

    [Fact]
    public void Json_named_json_is_read_as_json_with_its_errors()
    {
        var json = Spec.ReadYaml(Yaml).ToJson().Replace("\"env\"", "\"envs\"");
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadFile(Write("x.json", System.Text.Encoding.UTF8.GetBytes(json))));
        Assert.StartsWith("unknown field \"envs\"", error.Reason);
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void Json_that_only_yaml_reads_is_read_as_yaml_like_go_does()
    {
        // A raw tab in a string (JSON forbids it, YAML allows it), a comment, single quotes.
        var laxJson = "{\"cdiVersion\": \"0.3.0\", 'kind': \"example.com/x\", # vendor\n\"devices\": [{\"name\": \"x\", \"containerEdits\": {\"env\": [\"A=\t1\"]}}]}\n";
        var spec = Spec.ReadFile(Write("lax.json", System.Text.Encoding.UTF8.GetBytes(laxJson)));
        Assert.Equal("example.com/x", spec.Kind);
        Assert.Equal("A=\t1", spec.Devices[0].ContainerEdits.Env![0]);

        // Spec.ReadJson is strict JSON, and refuses the same text.
        Assert.Throws<CdiFormatException>(() => Spec.ReadJson(System.Text.Encoding.UTF8.GetBytes(laxJson)));
    }

    [Fact]
    public void Json_that_neither_reader_reads_reports_the_json_error()
    {
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadFile(Write("cut.json", System.Text.Encoding.UTF8.GetBytes("{\"cdiVersion\": \"0.3.0\", \"kind\": \"exa\n"))));
        Assert.StartsWith("invalid JSON:", error.Reason);
        Assert.IsType<System.Text.Json.JsonException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public void Invalid_utf8_in_yaml_names_its_line_and_column()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Yaml.Replace("A=1", "A=\u00e9"));
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at] = 0xFF;
        var path = Write("bad.yaml", bytes);

        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadFile(path));

        Assert.Equal(("the document is not valid UTF-8", path, 6L, 13L), (error.Reason, error.FilePath, error.Line, error.Column));
    }

    [Fact]
    public void A_file_over_the_size_limit_fails_before_it_is_read()
    {
        var path = Path.Combine(_directory, "huge.yaml");
        using (var file = File.Create(path))
        {
            file.SetLength(DocumentLimits.MaxDocumentSize + 1L);
        }

        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadFile(path));

        Assert.Contains("larger than the limit", error.Reason);
        Assert.Equal(path, error.FilePath);
    }
}
