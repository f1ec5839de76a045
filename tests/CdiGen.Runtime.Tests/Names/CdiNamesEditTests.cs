using CdiGen.Names;

namespace CdiGen.Runtime.Tests.Names;

public class CdiNamesEditTests
{
    [Theory]
    [InlineData("A=B")]
    [InlineData("A=")]
    [InlineData("A==")]
    [InlineData("PATH=/usr/bin:/bin")]
    [InlineData("a b=c d")]
    public void Env_accepts_key_equals_value(string entry) => Assert.Null(CdiNames.ValidateEnv(entry));

    [Theory]
    [InlineData("A", "found no '='")]
    [InlineData("", "found no '='")]
    [InlineData("=B", "name before '=' must not be empty")]
    [InlineData("=", "name before '=' must not be empty")]
    public void Env_rejects_entries_without_a_key(string entry, string reason)
    {
        var error = CdiNames.ValidateEnv(entry);
        Assert.NotNull(error);
        Assert.StartsWith("invalid environment variable \"" + entry + "\"", error);
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData("prestart")]
    [InlineData("createRuntime")]
    [InlineData("createContainer")]
    [InlineData("startContainer")]
    [InlineData("poststart")]
    [InlineData("poststop")]
    public void HookName_accepts_the_six_oci_hooks(string name) => Assert.Null(CdiNames.ValidateHookName(name));

    [Theory]
    [InlineData("")]
    [InlineData("Prestart")]
    [InlineData("createruntime")]
    [InlineData("preStart")]
    [InlineData("poststop ")]
    public void HookName_rejects_anything_else(string name)
    {
        var error = CdiNames.ValidateHookName(name);
        Assert.NotNull(error);
        Assert.Contains("invalid hook name \"" + name + "\"", error);
        Assert.Contains("createContainer", error);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("b", true)]
    [InlineData("c", true)]
    [InlineData("u", true)]
    [InlineData("p", true)]
    [InlineData("B", false)]
    [InlineData("bc", false)]
    [InlineData("d", false)]
    [InlineData(" ", false)]
    public void DeviceNodeType_accepts_only_b_c_u_p_or_empty(string type, bool valid)
    {
        var error = CdiNames.ValidateDeviceNodeType(type);
        if (valid)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.Equal("invalid device node type \"" + type + "\": must be \"b\", \"c\", \"u\", \"p\" or empty", error);
        }
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("none", true)]
    [InlineData("r", true)]
    [InlineData("rw", true)]
    [InlineData("rwm", true)]
    [InlineData("mwr", true)]
    [InlineData("rrw", true)]
    [InlineData("None", false)]
    [InlineData("nonе", false)]
    [InlineData("rwx", false)]
    [InlineData("r w", false)]
    [InlineData("a", false)]
    [InlineData("rwmnone", false)]
    public void Permissions_accepts_only_rwm_or_none(string permissions, bool valid)
    {
        var error = CdiNames.ValidatePermissions(permissions);
        if (valid)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.NotNull(error);
            Assert.StartsWith("invalid device node permissions ", error);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("clos1")]
    [InlineData("...")]
    [InlineData(".hidden")]
    [InlineData("a b")]
    public void ClosId_accepts_file_names_and_root(string closId) => Assert.Null(CdiNames.ValidateIntelRdtClosId(closId));

    [Theory]
    [InlineData(".", "not \".\" or \"..\"")]
    [InlineData("..", "not \".\" or \"..\"")]
    [InlineData("a/b", "without '/'")]
    [InlineData("//", "without '/'")]
    [InlineData("/a", "without '/'")]
    [InlineData("a\nb", "newline")]
    public void ClosId_rejects_paths_and_special_names(string closId, string reason)
    {
        var error = CdiNames.ValidateIntelRdtClosId(closId);
        Assert.NotNull(error);
        Assert.StartsWith("invalid intelRdt closID", error);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void ClosId_length_limit_is_4096_bytes()
    {
        Assert.Null(CdiNames.ValidateIntelRdtClosId(new string('a', 4095)));
        Assert.Contains("shorter than 4096 bytes", CdiNames.ValidateIntelRdtClosId(new string('a', 4096)));
        // Two UTF-8 bytes each: 2048 characters reach the limit.
        Assert.NotNull(CdiNames.ValidateIntelRdtClosId(new string('é', 2048)));
        Assert.Null(CdiNames.ValidateIntelRdtClosId(new string('é', 2047)));
    }
}
