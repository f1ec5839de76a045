using System.Text;
using CdiGen.Model;
using CdiGen.Serialization;

namespace CdiGen.Reliability.Tests.Limits;

/// <summary>Invalid UTF-8, byte order marks, CRLF line ends, NUL and unpaired surrogates.</summary>
public sealed class EncodingTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0x80 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void Invalid_utf8_in_a_json_spec_is_a_format_error(byte[] bad)
    {
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadJson(WithAnnotationBytes(Documents.Json(), bad)));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0x80 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public void Invalid_utf8_in_a_yaml_file_is_a_format_error(byte[] bad)
    {
        // StreamReader used to turn the bytes into U+FFFD silently; Go rejects the file.
        var yaml = Encoding.UTF8.GetBytes(Documents.Yaml(annotationValue: "@@"));
        var at = Array.IndexOf(yaml, (byte)'@');
        var bytes = yaml[..at].Concat(bad).Concat(yaml[(at + 2)..]).ToArray();
        var path = Documents.TempFile(bytes, ".yaml");
        try
        {
            var error = Assert.Throws<CdiFormatException>(() => Spec.ReadFile(path));
            Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(".json")]
    [InlineData(".yaml")]
    public void A_byte_order_mark_is_skipped(string extension)
    {
        var body = extension == ".json" ? Documents.Json() : Encoding.UTF8.GetBytes(Documents.Yaml());
        var path = Documents.TempFile([.. Bom, .. body], extension);
        try
        {
            Assert.Equal("vendor.com/gpu", Spec.ReadFile(path).Kind);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Equal("vendor.com/gpu", Spec.ReadYaml("\uFEFF" + Documents.Yaml()).Kind);
    }

    [Fact]
    public void Crlf_line_ends_read_like_lf()
    {
        var lf = Spec.ReadYaml(Documents.Yaml());
        Assert.Equal(lf, Spec.ReadYaml(Documents.Yaml().ReplaceLineEndings("\r\n")));
        Assert.Equal(lf, Spec.ReadJson(Encoding.UTF8.GetBytes(lf.ToJson().ReplaceLineEndings("\r\n"))));
    }

    [Fact]
    public void Nul_is_a_format_error()
    {
        // The other characters YAML forbids are covered by ForbiddenCharacterTests (Model tests).
        Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(Documents.Yaml(annotationValue: "a\0b")));
        Assert.Throws<CdiFormatException>(() => Spec.ReadJson(Encoding.UTF8.GetBytes("{\"kind\":\"a\0b\"}")));
    }

    [Theory]
    [InlineData("\\uD800")]
    [InlineData("\\uDC00x")]
    public void An_escaped_unpaired_surrogate_in_json_is_a_format_error(string escape)
    {
        // Utf8JsonReader.GetString throws InvalidOperationException for it, which used to escape.
        var json = Encoding.UTF8.GetBytes($"{{\"cdiVersion\":\"{escape}\"}}");
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadJson(json));
        Assert.Contains("cdiVersion", error.DocumentPath ?? "", StringComparison.Ordinal);
        var oci = Encoding.UTF8.GetBytes($"{{\"process\":{{\"env\":[\"{escape}\"]}}}}");
        Assert.Throws<CdiGen.Oci.OciFormatException>(() => CdiGen.Oci.OciSpec.Read(oci));
    }

    private static byte[] WithAnnotationBytes(byte[] json, byte[] bad)
    {
        var text = Encoding.UTF8.GetString(json).Replace("\"kind\":\"vendor.com/gpu\"", "\"kind\":\"vendor.com/gpu\",\"annotations\":{\"k\":\"@\"}", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = Array.IndexOf(bytes, (byte)'@');
        return bytes[..at].Concat(bad).Concat(bytes[(at + 1)..]).ToArray();
    }
}
