using System.Text;
using CdiGen.Serialization;

namespace CdiGen.Model.Tests;

/// <summary>
/// The escape <c>\/</c> (JSON, YAML 1.2) fails a spec file as Go's YAML 1.1 reader fails it,
/// in JSON files and YAML double-quoted values alike; a backslash that is itself escaped, or
/// one in a value that has no escapes, is text. Compared with a live goref run.
/// </summary>
public sealed class EscapedSlashTests
{
    private static readonly (string Name, string Text)[] s_files =
    [
        ("escaped.json", Json("\\/dev\\/x")),
        ("escaped-backslash.json", Json("\\\\/dev")),
        ("escaped-backslash-then-escape.json", Json("\\\\\\/dev")),
        ("plain-slash.json", Json("/dev/x")),
        ("double-quoted.yaml", Yaml("\"\\/dev\"")),
        ("double-quoted-backslash.yaml", Yaml("\"\\\\/dev\"")),
        ("single-quoted.yaml", Yaml("'\\/dev'")),
        ("plain.yaml", Yaml("\\/dev")),
        ("flow-double-quoted.yaml", "cdiVersion: \"0.3.0\"\nkind: vendor.com/gpu\ndevices:\n  - name: d\n    containerEdits:\n      env: [\"A=\\/x\"]\n"),
    ];

    private static string Json(string path) =>
        $"{{\"cdiVersion\":\"0.3.0\",\"kind\":\"vendor.com/gpu\",\"devices\":[{{\"name\":\"d\",\"containerEdits\":{{\"deviceNodes\":[{{\"path\":\"{path}\"}}]}}}}]}}\n";

    private static string Yaml(string path) =>
        $"cdiVersion: \"0.3.0\"\nkind: vendor.com/gpu\ndevices:\n  - name: d\n    containerEdits:\n      deviceNodes:\n        - path: {path}\n";

    [SharedDataFact]
    public void Spec_files_with_the_escape_are_accepted_or_refused_as_go_does() =>
        GoReference.AssertSameVerdicts(s_files);

    [Fact]
    public void The_escape_is_refused_where_it_stands()
    {
        var json = Assert.Throws<CdiFormatException>(() => Spec.ReadJson(Encoding.UTF8.GetBytes(Json("\\/dev"))));
        Assert.Contains("the escape \\/ is not allowed", json.Message, StringComparison.Ordinal);
        Assert.Equal((1L, 112L), (json.Line, json.Column));

        var yaml = Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(Yaml("\"\\/dev\"")));
        Assert.Contains("the escape \\/ is not allowed", yaml.Message, StringComparison.Ordinal);
        Assert.Equal((7L, 17L), (yaml.Line, yaml.Column));

        // Through a TextReader the rule holds too.
        var reader = Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(new StringReader(Yaml("\"\\/dev\""))));
        Assert.Equal((7L, 17L), (reader.Line, reader.Column));
    }

    [Fact]
    public void A_backslash_that_is_text_stays_text()
    {
        Assert.Equal("\\/dev", Spec.ReadJson(Encoding.UTF8.GetBytes(Json("\\\\/dev"))).Devices[0].ContainerEdits.DeviceNodes![0].Path);
        Assert.Equal("\\/dev", Spec.ReadYaml(Yaml("'\\/dev'")).Devices[0].ContainerEdits.DeviceNodes![0].Path);
        Assert.Equal("\\/dev", Spec.ReadYaml(Yaml("\\/dev")).Devices[0].ContainerEdits.DeviceNodes![0].Path);
    }
}
