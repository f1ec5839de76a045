using System.Text;
using CdiGen.Model;

namespace CdiGen.Reliability.Tests.Filesystem;

/// <summary>
/// Numbered versions of a spec file. Every edit carries the version number and the size varies
/// with it (a few hundred bytes to ~5 KB), so a file read back names the version it claims to
/// be, and a mix of two versions or a cut one cannot equal that version.
/// </summary>
internal static class SpecVersions
{
    /// <summary>The version's YAML. <paramref name="label"/> keeps the paths of different files apart.</summary>
    public static string Yaml(string kind, string label, int version)
    {
        var text = new StringBuilder();
        text.Append("cdiVersion: \"0.7.0\"\n");
        text.Append("kind: ").Append(kind).Append('\n');
        text.Append("containerEdits:\n");
        text.Append("  env: [\"SPEC=").Append(label).Append('@').Append(version).Append("\"]\n");
        text.Append("  mounts:\n  - hostPath: /srv/").Append(label).Append('/').Append(version)
            .Append("\n    containerPath: /mnt/").Append(label).Append("\n    options: [ro, bind]\n");
        text.Append("devices:\n");
        text.Append("- name: \"0\"\n  containerEdits:\n");
        text.Append("    env: [\"D0=").Append(version).Append("\", \"PAD=").Append('x', Padding(version)).Append("\"]\n");
        text.Append("    deviceNodes:\n    - path: /dev/cdi-").Append(label).Append("-0\n      type: c\n      major: 240\n      minor: ")
            .Append(version % 256).Append('\n');
        text.Append("- name: \"1\"\n  containerEdits:\n");
        text.Append("    env: [\"D1=").Append(version).Append("\"]\n");
        text.Append("    hooks:\n    - hookName: createContainer\n      path: /usr/bin/hook-").Append(label)
            .Append("\n      args: [hook, \"").Append(version).Append("\"]\n");
        text.Append("    additionalGids: [").Append(1000 + (version % 1000)).Append("]\n");
        // Odd versions have a third device: a lookup can tell which version it resolved against.
        if (version % 2 == 1)
        {
            text.Append("- name: \"2\"\n  containerEdits:\n    env: [\"D2=").Append(version).Append("\"]\n");
        }

        return text.ToString();
    }

    public static Spec Spec(string kind, string label, int version) => Model.Spec.ReadYaml(Yaml(kind, label, version));

    /// <summary>The version a spec read back claims to be, from its <c>SPEC=label@n</c> variable.</summary>
    public static int VersionOf(Spec spec)
    {
        var marker = spec.ContainerEdits?.Env?.FirstOrDefault(value => value.StartsWith("SPEC=", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("spec has no SPEC= variable");
        return int.Parse(marker[(marker.IndexOf('@', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int Padding(int version) => 200 + (int)((uint)version * 2654435761u % 4800u);
}
