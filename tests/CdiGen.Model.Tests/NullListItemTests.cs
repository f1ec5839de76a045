using System.Text;

namespace CdiGen.Model.Tests;

/// <summary>
/// A null item in a list of strings (<c>~</c>, <c>null</c>, or nothing after <c>-</c>) is an
/// empty string, as Go reads it; validation then judges the empty string as Go's does (an empty
/// environment variable fails, an empty mount option or hook argument does not). Compared with
/// a live goref run.
/// </summary>
public sealed class NullListItemTests
{
    private static readonly (string Name, string Text)[] s_files =
    [
        ("env.yaml", Edits("env: [\"A=1\", ~]")),
        ("env.json", "{\"cdiVersion\":\"0.3.0\",\"kind\":\"vendor.com/gpu\",\"devices\":[{\"name\":\"d\",\"containerEdits\":{\"env\":[\"A=1\",null]}}]}\n"),
        ("options.yaml", Edits("mounts: [{hostPath: /a, containerPath: /b, options: [ro, ~]}]")),
        ("options.json", "{\"cdiVersion\":\"0.3.0\",\"kind\":\"vendor.com/gpu\",\"devices\":[{\"name\":\"d\",\"containerEdits\":{\"mounts\":[{\"hostPath\":\"/a\",\"containerPath\":\"/b\",\"options\":[\"ro\",null]}]}}]}\n"),
        ("args-block.yaml", Edits("hooks:\n        - hookName: createContainer\n          path: /bin/hook\n          args:\n            - hook\n            -\n            - --flag")),
    ];

    private static string Edits(string edits) =>
        $"cdiVersion: \"0.3.0\"\nkind: vendor.com/gpu\ndevices:\n  - name: d\n    containerEdits:\n      {edits}\n";

    [SharedDataFact]
    public void Null_items_are_accepted_or_refused_as_go_does() =>
        GoReference.AssertSameVerdicts(s_files);

    [Fact]
    public void A_null_item_reads_as_an_empty_string()
    {
        var yaml = Spec.ReadYaml(s_files.Single(f => f.Name == "args-block.yaml").Text);
        Assert.Equal(["hook", "", "--flag"], yaml.Devices[0].ContainerEdits.Hooks![0].Args!);
        Assert.Empty(yaml.Validate());

        var json = Spec.ReadJson(Encoding.UTF8.GetBytes(s_files.Single(f => f.Name == "options.json").Text));
        Assert.Equal(["ro", ""], json.Devices[0].ContainerEdits.Mounts![0].Options!);

        var env = Spec.ReadYaml(s_files.Single(f => f.Name == "env.yaml").Text);
        Assert.Contains(env.Validate(), error => error.ToString().Contains("invalid environment variable \"\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_null_group_id_is_still_refused_rather_than_read_as_root()
    {
        var error = Assert.Throws<CdiGen.Serialization.CdiFormatException>(() =>
            Spec.ReadYaml(Edits("additionalGids: [44, ~]").Replace("0.3.0", "0.7.0")));
        Assert.Contains("additionalGids[1]", error.DocumentPath, StringComparison.Ordinal);
    }
}
