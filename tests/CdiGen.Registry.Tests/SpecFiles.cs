using System.Text;

namespace CdiGen.Registry.Tests;

/// <summary>Writes small CDI spec files for the tests: each device sets <c>DEV=name</c> and <c>FROM=tag</c>.</summary>
internal static class SpecFiles
{
    public static string Yaml(string kind, string tag, params string[] devices)
    {
        var text = new StringBuilder();
        text.Append("cdiVersion: \"0.5.0\"\n");
        text.Append("kind: ").Append(kind).Append('\n');
        text.Append("containerEdits:\n  env: [SPEC=").Append(tag).Append("]\n");
        text.Append("devices:\n");
        foreach (var device in devices)
        {
            text.Append("- name: \"").Append(device).Append("\"\n");
            text.Append("  containerEdits:\n    env: [DEV=").Append(device).Append(", FROM=").Append(tag).Append("]\n");
        }
        return text.ToString();
    }

    public static string Write(string directory, string fileName, string kind, string tag, params string[] devices)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Join(directory, fileName);
        File.WriteAllText(path, Yaml(kind, tag, devices));
        return path;
    }

    /// <summary>Replaces a file the way a careful writer does (rename), so a concurrent reader never sees half of it.</summary>
    public static void Replace(string path, string text)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    public const string Invalid = "cdiVersion: \"0.5.0\"\nkind: bad/kind/x\ndevices: []\n";

    public const string Unparsable = "cdiVersion: \"0.5.0\"\nkind: [unclosed\n";
}
