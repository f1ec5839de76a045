namespace CdiGen.Model.Tests;

/// <summary>YAML is YAML 1.1 as Go reads it (DESIGN.md section 3, compatibility).</summary>
public class Yaml11Tests
{
    [Theory]
    [InlineData("0640", 416u)]
    [InlineData("0o640", 416u)]
    [InlineData("0x1a0", 416u)]
    [InlineData("416", 416u)]
    public void FileModeNumbersFollowYaml11(string written, uint expected)
    {
        var spec = Yaml.Read(Yaml.With($"deviceNodes: [{{path: /dev/x, fileMode: {written}}}]"));
        Assert.Equal(expected, spec.Devices[0].ContainerEdits.DeviceNodes![0].FileMode);
    }

    [Theory]
    [InlineData("yes", "true")]
    [InlineData("true", "true")]
    [InlineData("\"yes\"", "yes")]
    [InlineData("'0640'", "0640")]
    [InlineData("\"1.0\"", "1.0")]
    [InlineData("plain text", "plain text")]
    public void AnnotationValuesReadAsGoReadsThem(string written, string expected)
    {
        var yaml = Yaml.Minimal.Replace("- name: dev0\n", $"- name: dev0\n  annotations:\n    a: {written}\n", StringComparison.Ordinal);
        var spec = Yaml.Read(yaml);
        Assert.Equal(expected, spec.Devices[0].Annotations!["a"]);
    }

    [Fact]
    public void UnquotedVersionOneIsTheStringOneAndUnknown()
    {
        var spec = Yaml.Read(Yaml.Minimal.Replace("cdiVersion: \"0.7.0\"", "cdiVersion: 1.0", StringComparison.Ordinal));
        Assert.Equal("1", spec.CdiVersion);
        var error = Assert.Single(spec.Validate());
        Assert.Equal(("$.cdiVersion", "CDI004"), (error.Path, error.Code));
    }

    [Fact]
    public void QuotedVersionStaysAString()
    {
        var spec = Yaml.Read(Yaml.Minimal.Replace("cdiVersion: \"0.7.0\"", "cdiVersion: \"1.0.0\"", StringComparison.Ordinal));
        Assert.Equal("1.0.0", spec.CdiVersion);
        Assert.Empty(spec.Validate());
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("on")]
    [InlineData("off")]
    [InlineData("y")]
    [InlineData("n")]
    [InlineData("true")]
    [InlineData("False")]
    [InlineData("0640")]
    [InlineData("0o640")]
    [InlineData("0x1a0")]
    [InlineData("1.0")]
    [InlineData("1e3")]
    [InlineData(".inf")]
    [InlineData("1_000")]
    [InlineData("12:30")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData(" leading space")]
    [InlineData("- dash")]
    [InlineData("a: colon")]
    [InlineData("# hash")]
    [InlineData("*alias")]
    [InlineData("&anchor")]
    [InlineData("line\nbreak")]
    [InlineData("tab\there")]
    [InlineData("quote\"and'apostrophe")]
    [InlineData("2001-12-14")]
    public void AmbiguousStringsAreQuotedWhenWritten(string value)
    {
        var spec = Yaml.Read(Yaml.Minimal);
        spec.Annotations = new Dictionary<string, string> { ["a"] = value };
        spec.Devices[0].ContainerEdits.Env = [value];
        spec.Devices[0].ContainerEdits.DeviceNodes = [new DeviceNode { Path = value, Permissions = value }];

        var back = Yaml.Read(spec.ToYaml());

        Assert.Equal(value, back.Annotations!["a"]);
        Assert.Equal(value, Assert.Single(back.Devices[0].ContainerEdits.Env!));
        Assert.Equal(value, back.Devices[0].ContainerEdits.DeviceNodes![0].Path);
        Assert.Equal(spec, back);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("0640")]
    public void WrittenAmbiguousStringIsQuoted(string value)
    {
        var spec = Yaml.Read(Yaml.Minimal);
        spec.Annotations = new Dictionary<string, string> { ["a"] = value };
        var yaml = spec.ToYaml();
        Assert.DoesNotContain($"a: {value}\n", yaml, StringComparison.Ordinal);
        Assert.True(
            yaml.Contains($"a: \"{value}\"", StringComparison.Ordinal) || yaml.Contains($"a: '{value}'", StringComparison.Ordinal),
            yaml);
    }
}
