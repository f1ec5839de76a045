using System.Text;

namespace CdiGen.Reliability.Tests.Limits;

/// <summary>Small valid documents the limit tests grow or bend.</summary>
internal static class Documents
{
    public static string Yaml(string annotationValue = "x", string major = "1") =>
        $"cdiVersion: 0.6.0\nkind: vendor.com/gpu\nannotations:\n  note: {annotationValue}\ndevices:\n- name: dev0\n  containerEdits:\n    deviceNodes:\n    - path: /dev/gpu0\n      major: {major}\n";

    public static byte[] Json(string major = "1") =>
        Encoding.UTF8.GetBytes("{\"cdiVersion\":\"0.6.0\",\"kind\":\"vendor.com/gpu\",\"devices\":[{\"name\":\"dev0\",\"containerEdits\":{\"deviceNodes\":[{\"path\":\"/dev/gpu0\",\"major\":" + major + "}]}}]}");

    /// <summary>Writes <paramref name="bytes"/> to a temp file with <paramref name="extension"/> and returns its path.</summary>
    public static string TempFile(byte[] bytes, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cdigen-limit-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
