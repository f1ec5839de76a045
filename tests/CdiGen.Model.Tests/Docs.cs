using System.Text;
using CdiGen.Serialization;

namespace CdiGen.Model.Tests;

/// <summary>
/// Small JSON and YAML documents whose device edits (JSON line 8, column 9; YAML line 6,
/// column 5) the tests replace, so that error positions are easy to check by eye.
/// </summary>
internal static class Json
{
    public const int EditsLine = 8;
    public const int EditsColumn = 9;

    public static string With(string edits, string kind = "\"vendor.com/device\"") =>
        "{\n" +
        "  \"cdiVersion\": \"0.7.0\",\n" +
        $"  \"kind\": {kind},\n" +
        "  \"devices\": [\n" +
        "    {\n" +
        "      \"name\": \"dev0\",\n" +
        "      \"containerEdits\": {\n" +
        $"        {edits}\n" +
        "      }\n" +
        "    }\n" +
        "  ]\n" +
        "}\n";

    public static Spec Read(string json) => Spec.ReadJson(Encoding.UTF8.GetBytes(json), "spec.json");

    public static CdiFormatException Fails(string json) => Fails(Encoding.UTF8.GetBytes(json));

    public static CdiFormatException Fails(byte[] json)
    {
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadJson(json, "spec.json"));
        Assert.Equal("spec.json", error.FilePath);
        return error;
    }
}

internal static class Yaml
{
    public const int EditsLine = 6;
    public const int EditsColumn = 5;

    public static string With(string edits, string kind = "vendor.com/device") =>
        "cdiVersion: \"0.7.0\"\n" +
        $"kind: {kind}\n" +
        "devices:\n" +
        "- name: dev0\n" +
        "  containerEdits:\n" +
        $"    {edits}\n";

    public static readonly string Minimal = With("env: [A=1]");

    public static Spec Read(string yaml) => Spec.ReadYaml(yaml, "spec.yaml");

    public static CdiFormatException Fails(string yaml)
    {
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(yaml, "spec.yaml"));
        Assert.Equal("spec.yaml", error.FilePath);
        return error;
    }
}
