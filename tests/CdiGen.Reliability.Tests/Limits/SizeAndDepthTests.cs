using System.Text;
using CdiGen.Model;
using CdiGen.Serialization;

namespace CdiGen.Reliability.Tests.Limits;

/// <summary>Documents too large or too deeply nested fail fast with a clear message.</summary>
public sealed class SizeAndDepthTests
{
    [Fact]
    public void A_json_document_over_16_MiB_is_rejected_before_parsing()
    {
        var huge = new byte[DocumentLimits.MaxDocumentSize + 1];
        Array.Fill(huge, (byte)' ');
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadJson(huge, "big.json"));
        Assert.Contains("larger than the limit", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("big.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_file_over_16_MiB_is_rejected_before_parsing()
    {
        // A valid start, then a comment that pushes the file over the limit.
        var bytes = Encoding.UTF8.GetBytes(Documents.Yaml() + "#" + new string('x', DocumentLimits.MaxDocumentSize) + "\n");
        var path = Documents.TempFile(bytes, ".yaml");
        try
        {
            var error = Assert.Throws<CdiFormatException>(() => Spec.ReadFile(path));
            Assert.Contains("larger than the limit", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Yaml_text_over_16_MiB_characters_is_rejected_while_reading()
    {
        var text = Documents.Yaml() + "#" + new string('x', DocumentLimits.MaxDocumentSize) + "\n";
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(new StringReader(text)));
        Assert.Contains("larger than the limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_just_under_the_limit_still_reads()
    {
        var text = Documents.Yaml() + "#" + new string('x', DocumentLimits.MaxDocumentSize - 1000) + "\n";
        Assert.Equal("dev0", Spec.ReadYaml(text).Devices[0].Name);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(100_000)]
    public void Deep_json_nesting_fails_with_a_format_error(int depth)
    {
        var json = Encoding.UTF8.GetBytes("{\"annotations\":" + new string('[', depth) + new string(']', depth) + "}");
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadJson(json));
        Assert.NotEmpty(error.Reason);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(100_000)]
    public void Deep_yaml_nesting_fails_with_a_format_error(int depth)
    {
        // Flow nesting where a string map is expected; also in a field nobody reads first.
        var yaml = "annotations: " + new string('[', depth) + new string(']', depth) + "\n";
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(yaml));
        Assert.NotEmpty(error.Reason);
    }

    [Fact]
    public void Deep_block_nesting_of_valid_types_stops_at_the_depth_limit()
    {
        // Lists of lists are the only nesting a wrong schema allows to grow; the reader stops at its limit.
        var yaml = new StringBuilder("cdiVersion: 0.6.0\nkind: a.com/b\ndevices:\n");
        for (var i = 0; i < 200; i++)
        {
            yaml.Append(new string(' ', i * 2)).Append("-\n");
        }
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(yaml.ToString()));
        Assert.NotEmpty(error.Reason);
    }
}
