using Xunit;
using static CdiGen.Tests.FastYaml.YamlEventComparison;

namespace CdiGen.Tests.FastYaml;

/// <summary>
/// Each construct of the fast YAML subset gives YamlDotNet's events exactly (marks
/// included), and each construct outside it makes the fast path decline.
/// </summary>
public sealed class FastYamlReaderTests
{
    [Theory]
    [InlineData("a: b\n")]
    [InlineData("a: b")]
    [InlineData("a: b   \n")]
    [InlineData("a: b\n\n\n")]
    [InlineData("a: b\n# c")]
    [InlineData("a: b # c")]
    [InlineData("a: b\n   ")]
    [InlineData("a: b\n\n   ")]
    [InlineData("a:\n  b: c\n# c")]
    [InlineData("a:\n    b: c\n  # c")]
    [InlineData("a:\n    b: c\n   ")]
    [InlineData("a:\n    b:\n    - c\n   ")]
    [InlineData("a:\n    - c\n  ")]
    [InlineData("a:\n  b: c\n\n# c")]
    [InlineData("---\na: b\n")]
    [InlineData("--- # start\na: b\n")]
    [InlineData("# header\n\n---\na: b\n")]
    [InlineData("a: b # comment\n# line\nc: d\n")]
    [InlineData("a:\n  b: c\n  d:\n    e: f\ng: h\n")]
    [InlineData("a:\n  b: c\n")]
    [InlineData("a:\n  b: c")]
    [InlineData("a:\n  - x\n  - y\nb: c\n")]
    [InlineData("a:\n- x\n- y\nb: c\n")]
    [InlineData("a:\n- x\n- y\n")]
    [InlineData("a:\n- x\n- y")]
    [InlineData("a:\n  b:\n  - x\nc: d\n")]
    [InlineData("- x\n- y\n")]
    [InlineData("- a: 1\n  b: 2\n- c: 3\n")]
    [InlineData("d:\n- path: /dev/x\n  type: c\n  major: 195\n- path: /dev/y\n")]
    [InlineData("d:\n  - path: /dev/x\n    opts: [ro, nosuid]\n")]
    [InlineData("a: [ro, nosuid, \"x y\", 'z']\n")]
    [InlineData("a: []\nb: {}\n")]
    [InlineData("a: [ a , b ]\n")]
    [InlineData("a: {path: /dev/x, type: c}\n")]
    [InlineData("a: [[1, 2], {k: v, 'q': [x]}]\n")]
    [InlineData("- [a, b]\n- {k: v}\n")]
    [InlineData("a: 'it''s'\nb: ''\n")]
    [InlineData("a: \"x\\ty\\n\\\\ \\\" \\x41 \\u00e9 \\U0001F600 \\0 \\e \\N\"\nb: \"\"\n")]
    [InlineData("\"quoted key\": v\n'single': w\n")]
    [InlineData("a:\nb: c\n")]
    [InlineData("a:\n")]
    [InlineData("a:")]
    [InlineData("a: # nothing\nb:\n  # comment\nc: d\n")]
    [InlineData("a : b\n")]
    [InlineData("url: http://example.com:80/x\nk: a:b\n")]
    [InlineData("a: x#y\nb: -1\nc: --x\nd: a, b\n")]
    [InlineData("a: b\n  # indented comment\nc: d\n")]
    [InlineData("  a: b\n  c: d\n")]
    [InlineData("a:\n    b: c\n    d:\n      - x\ne: f\n")]
    [InlineData("cdiVersion: \"0.5.0\"\nkind: nvidia.com/gpu\ndevices:\n- name: \"0\"\n  containerEdits:\n    deviceNodes:\n    - path: /dev/nvidia0\ncontainerEdits:\n  env:\n  - NVIDIA_VISIBLE_DEVICES=void\n  hooks:\n  - hookName: createContainer\n    path: /usr/bin/nvidia-ctk\n    args: [nvidia-ctk, hook, update-ldcache]\n")]
    public void Subset_constructs_give_YamlDotNets_events(string yaml)
    {
        var outcome = Compare(yaml, out var difference);
        Assert.True(outcome == Outcome.Same, $"{outcome}: {difference}");
    }

    [Theory]
    [InlineData("a: &x b\nc: *x\n")]
    [InlineData("a: !!str b\n")]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: >\n  text\n")]
    [InlineData("a: b\n  continued\n")]
    [InlineData("- b\n  continued\n")]
    [InlineData("a: \"b\n  c\"\n")]
    [InlineData("a: 'b\n  c'\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("%YAML 1.1\n---\na: b\n")]
    [InlineData("a:\n\tb: c\n")]
    [InlineData("a: b\r\n")]
    [InlineData("a: b\n---\nc: d\n")]
    [InlineData("a: b\n...\n")]
    [InlineData("a: caf\u00e9\n")]
    [InlineData("\uFEFFa: b\n")]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("just a scalar\n")]
    [InlineData("--- a: b\n")]
    [InlineData("a:\n  value on next line\n")]
    [InlineData("a: [x,\n  y]\n")]
    [InlineData("a: [x, y, ]\n")]
    [InlineData("a: [x, , y]\n")]
    [InlineData("a: [k: v]\n")]
    [InlineData("a: {k}\n")]
    [InlineData("a: {k:v}\n")]
    [InlineData("a: [x:y]\n")]
    [InlineData("- - a\n")]
    [InlineData("-\n  a: b\n")]
    [InlineData("- \n")]
    [InlineData("a: - b\n")]
    [InlineData("a: \"b\"c\n")]
    [InlineData("a: \"b\"#c\n")]
    [InlineData("a: \"\\q\"\n")]
    [InlineData("a: \"\\uD800\"\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a:\n    b: c\n  d: e\n")]
    [InlineData("a: b\n c: d\n")]
    [InlineData("- a\nb: c\n")]
    [InlineData("a: b\n- c\n")]
    [InlineData("a: @b\n")]
    [InlineData("a: `b\n")]
    [InlineData("a: [b]c\n")]
    [InlineData("a: [b\n")]
    [InlineData("{a: b}\n")]
    [InlineData("[a, b]\n")]
    // What the Go rules of the YamlDotNet path refuse (YamlEventSource checks only that path):
    // unquoted flow values Go refuses, the \/ escape, characters YAML forbids.
    [InlineData("a: [b?c]\n")]
    [InlineData("a: [b?]\n")]
    [InlineData("a: [?b]\n")]
    [InlineData("a: [:b]\n")]
    [InlineData("a: [|b]\n")]
    [InlineData("a: [>b]\n")]
    [InlineData("a: [%b]\n")]
    [InlineData("a: [@b]\n")]
    [InlineData("a: [`b]\n")]
    [InlineData("a: {k?: v}\n")]
    [InlineData("a: \"\\/b\"\n")]
    [InlineData("a: [\"\\/b\"]\n")]
    [InlineData("a: b\u0001\n")]
    [InlineData("a: b\u007F\n")]
    public void Outside_the_subset_the_fast_path_declines(string yaml)
    {
        Assert.Null(FastDescriptions(yaml));
    }

    [Fact]
    public void Nesting_past_the_limit_declines()
    {
        var deep = "a: " + new string('[', 100) + new string(']', 100) + "\n";
        Assert.Null(FastDescriptions(deep));
    }

    [Fact]
    public void A_key_past_YamlDotNets_simple_key_length_declines()
    {
        Assert.Null(FastDescriptions(new string('k', 1500) + ": v\n"));
    }
}
