using System.Diagnostics;
using System.Text;
using CdiGen.Model;
using CdiGen.Serialization;

namespace CdiGen.Reliability.Tests.Limits;

/// <summary>
/// YAML aliases multiply a small file into a huge document. The schema is not recursive, so
/// the largest growth goes through lists the schema allows: hooks whose args alias a big list,
/// devices whose edits alias those hooks. The reader stops at its event budget.
/// </summary>
public sealed class AliasBombTests
{
    [Fact]
    public void An_alias_bomb_fails_fast_and_small()
    {
        var yaml = Bomb(width: 200);
        Assert.True(yaml.Length < 64 * 1024, $"the bomb itself is {yaml.Length} characters");

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(yaml));
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Contains("aliases are expanded", error.Message, StringComparison.Ordinal);
        // Generous bounds: the budget is 1,000,000 events; unbounded expansion would be 200^3 values.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.True(allocated < 1024L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MiB");
    }

    [Fact]
    public void A_moderate_use_of_aliases_is_accepted()
    {
        var spec = Spec.ReadYaml(Bomb(width: 3));
        Assert.Equal(3, spec.Devices.Count);
        Assert.Equal(3, spec.Devices[2].ContainerEdits.Hooks![2].Args!.Count);
    }

    [Fact]
    public void An_alias_to_an_unknown_or_unfinished_anchor_is_a_format_error()
    {
        Assert.Throws<CdiFormatException>(() => Spec.ReadYaml("kind: *nowhere\n"));
        Assert.Throws<CdiFormatException>(() => Spec.ReadYaml("devices: &self\n- name: a\n  containerEdits: *self\n"));
    }

    // width args, width hooks aliasing them, width devices aliasing the hooks: width^3 strings.
    private static string Bomb(int width)
    {
        var text = new StringBuilder("cdiVersion: 0.6.0\nkind: vendor.com/gpu\ncontainerEdits:\n  env: &args [");
        text.AppendJoin(",", Enumerable.Repeat("A=1", width)).Append("]\n  hooks: &hooks\n");
        for (var i = 0; i < width; i++)
        {
            text.Append("  - {hookName: prestart, path: /bin/true, args: *args}\n");
        }
        text.Append("devices:\n");
        for (var i = 0; i < width; i++)
        {
            text.Append($"- {{name: d{i}, containerEdits: {{hooks: *hooks}}}}\n");
        }
        return text.ToString();
    }
}
