using CdiGen.Serialization;

namespace CdiGen.Model.Tests;

/// <summary>
/// Unquoted values inside <c>[ ]</c> and <c>{ }</c> are read as Go's YAML 1.1 reader reads
/// them, which is stricter than YamlDotNet in places (<see cref="FlowScalarRule"/>): each
/// snippet, as a mount's options, is accepted or refused as a live goref run decides.
/// </summary>
public sealed class FlowValueTests : IDisposable
{
    private static readonly string[] s_options =
    [
        "[a:b]", "[a?]", "[?a]", "[a?b]", "a?b", "@a", "`a", "[@a]", "[|a]", "[>a]", "[%a]", "%a", "[a%]", "[a`]",
        "[a@]", "a:b", "[-a]", "[a-]", "[!a]", "[a!]", "[a#b]", "[a #b]", "[*a]", "[&a b]", "[a&]", "[a*]",
        "[\"a\"b]", "[a\"b]", "[a'b]", "[a,,b]", "[a,]", "[,a]", "[a: b]", "[a :b]", "[a] x", "[a, [b?]]",
        "['?a', \"@b\", '|c']", "{a?: b}", "[:a]", "[a, :\"1\"]", "[::a]", "[a:]", "[a::b]", "[a, \":\"]",
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("cdi-flow-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string WithOptions(string options) =>
        $"cdiVersion: \"0.3.0\"\nkind: vendor.com/gpu\ndevices:\n  - name: d\n    containerEdits:\n      mounts:\n        - hostPath: /a\n          containerPath: /b\n          options: {options}\n";

    [SharedDataFact]
    public void Unquoted_flow_values_are_accepted_or_refused_as_go_does()
    {
        var goref = GoReference.BinaryUnlessCi();
        if (goref is null)
        {
            // Outside CI without Go nothing live can be compared; the rule itself is checked below.
            return;
        }
        var names = new List<string>();
        for (int i = 0; i < s_options.Length; i++)
        {
            // The file is named after its index in s_options, which a difference names.
            names.Add($"flow-{i:00}.yaml");
            File.WriteAllText(Path.Combine(_directory, names[^1]), WithOptions(s_options[i]));
        }

        var differences = GoReference.Disagreements(goref, _directory, names);

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

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
