using CdiGen.Serialization;

namespace CdiGen.Model.Tests;

/// <summary>
/// Unquoted values inside <c>[ ]</c> and <c>{ }</c> are read as Go's YAML 1.1 reader reads
/// them, which is stricter than YamlDotNet in places (<see cref="GoYamlRules"/>): each
/// snippet, as a mount's options, is accepted or refused as a live goref run decides.
/// </summary>
public sealed class FlowValueTests
{
    private static readonly string[] s_options =
    [
        "[a:b]", "[a?]", "[?a]", "[a?b]", "a?b", "@a", "`a", "[@a]", "[|a]", "[>a]", "[%a]", "%a", "[a%]", "[a`]",
        "[a@]", "a:b", "[-a]", "[a-]", "[!a]", "[a!]", "[a#b]", "[a #b]", "[*a]", "[&a b]", "[a&]", "[a*]",
        "[\"a\"b]", "[a\"b]", "[a'b]", "[a,,b]", "[a,]", "[,a]", "[a: b]", "[a :b]", "[a] x", "[a, [b?]]",
        "['?a', \"@b\", '|c']", "{a?: b}", "[:a]", "[a, :\"1\"]", "[::a]", "[a:]", "[a::b]", "[a, \":\"]",
    ];

    private static string WithOptions(string options) =>
        $"cdiVersion: \"0.3.0\"\nkind: vendor.com/gpu\ndevices:\n  - name: d\n    containerEdits:\n      mounts:\n        - hostPath: /a\n          containerPath: /b\n          options: {options}\n";

    [SharedDataFact]
    public void Unquoted_flow_values_are_accepted_or_refused_as_go_does() =>
        // Each file is named after its index in s_options, which a difference names.
        GoReference.AssertSameVerdicts(s_options.Select((options, i) => ($"flow-{i:00}.yaml", WithOptions(options))).ToList());

    [Theory]
    [InlineData("[a?b]", 9, 21, "'?' ends an unquoted value")]
    [InlineData("[x, |a]", 9, 24, "'|' cannot start an unquoted value")]
    [InlineData("[x, y, @a]", 9, 27, "'@' cannot start an unquoted value")]
    public void A_value_go_refuses_names_where_it_is(string options, long line, long column, string reason)
    {
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(WithOptions(options)));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void The_same_values_quoted_or_in_block_style_still_read()
    {
        var quoted = Spec.ReadYaml(WithOptions("['a?b', \"@a\", '|a', \"?\"]"));
        Assert.Equal(["a?b", "@a", "|a", "?"], quoted.Devices[0].ContainerEdits.Mounts![0].Options!);
        var block = Spec.ReadYaml(WithOptions("\n            - a?b\n            - ?a").Replace("?a", "a?"));
        Assert.Equal(["a?b", "a?"], block.Devices[0].ContainerEdits.Mounts![0].Options!);
    }
}
