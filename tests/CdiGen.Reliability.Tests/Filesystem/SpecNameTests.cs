using CdiGen.Registry;

namespace CdiGen.Reliability.Tests.Filesystem;

/// <summary>
/// Spec names are file names inside the highest-priority spec directory, nothing else: every
/// name that could reach another place, or that no file system takes, is refused by
/// <see cref="CdiRegistry.WriteSpec"/> and <see cref="CdiRegistry.RemoveSpec"/> before anything is touched.
/// </summary>
public sealed class SpecNameTests
{
    private static readonly string s_tooLong = new string('a', 251) + ".yaml";

    public static TheoryData<string?, string> RefusedNames() => new()
    {
        { null, "must not be empty" },
        { "", "must not be empty" },
        { "../escape.yaml", "must be a file name, not a path" },
        { "..", "must not contain \"..\"" },
        { ".", "must not contain \"..\" or be \".\"" },
        { "x..yaml", "must not contain \"..\"" },
        { "/etc/cdi/abs.yaml", "must be a file name, not a path" },
        { "sub/x.yaml", "must be a file name, not a path" },
        { "sub\\x.yaml", "must be a file name, not a path" },
        { "C:\\cdi\\x.yaml", "must be a file name, not a path" },
        { "a\0.yaml", "contains NUL" },
        { "\0", "contains NUL" },
        { s_tooLong, "is 256 bytes long as a file name; the limit is 255" },
        // 251 bytes plus the ".json" that is appended: too long once it is a file name.
        { new string('b', 251), "is 256 bytes long as a file name" },
        // 86 three-byte characters: 258 bytes, 263 with ".json".
        { new string('€', 86), "is 263 bytes long as a file name" },
    };

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public void A_name_that_is_not_a_plain_file_name_is_refused_and_nothing_is_written(string? name, string reason)
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        // A file outside the spec directory that an escaping name could reach.
        File.WriteAllText(Path.Join(temp.Path, "escape.yaml"), "untouched");
        using var registry = Registries.Create(dir);
        var before = Registries.Tree(temp.Path);

        var write = Assert.Throws<ArgumentException>(() => registry.WriteSpec(SpecVersions.Spec("vendor.com/gpu", "g", 1), name!));
        var remove = Assert.Throws<ArgumentException>(() => registry.RemoveSpec(name!));

        Assert.Contains(reason, write.Message, StringComparison.Ordinal);
        Assert.Equal("name", write.ParamName);
        Assert.Equal(write.Message, remove.Message);
        Assert.Equal(before, Registries.Tree(temp.Path));
        Assert.Equal("untouched", File.ReadAllText(Path.Join(temp.Path, "escape.yaml")));
    }

    public static TheoryData<string> LongestNames() => new()
    {
        new string('a', 250) + ".yaml",
        new string('b', 250),               // + ".json" = 255 bytes
        new string('€', 83) + ".yaml",      // 249 + 5 = 254 bytes
        // 255 bytes; the temporary name's cut falls where only half of a surrogate pair would fit.
        "xx" + string.Concat(Enumerable.Repeat("😀", 62)) + ".yaml",
    };

    // Regression: AtomicFile's temporary name adds 38 bytes to the target's, so names from 218
    // to 255 bytes, valid themselves, failed with PathTooLongException naming the temporary file.
    [Theory]
    [MemberData(nameof(LongestNames))]
    public void Names_up_to_255_bytes_are_written_read_and_removed(string name)
    {
        using var temp = new TempDirectory();
        var dir = temp.Dir("specs");
        using var registry = Registries.Create(dir);

        var path = registry.WriteSpec(SpecVersions.Spec("vendor.com/gpu", "g", 1), name);

        Assert.Equal(dir, Path.GetDirectoryName(path));
        Assert.Equal(new[] { Path.GetFileName(path) }, Registries.Tree(dir));
        Assert.Equal(path, registry.GetDevice("vendor.com/gpu=0")!.Spec.Path);
        Assert.True(registry.RemoveSpec(name));
        Assert.Empty(Registries.Tree(dir));
        Assert.Empty(registry.DeviceNames);
    }
}
