using CdiGen.Names;

namespace CdiGen.Runtime.Tests.Names;

public class CdiNamesIdentifierTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("Z")]
    [InlineData("vendor")]
    [InlineData("vendor.com")]
    [InlineData("nvidia.com")]
    [InlineData("a-b_c.d")]
    [InlineData("a1")]
    [InlineData("A9")]
    [InlineData("a..b")]
    [InlineData("a--b")]
    public void Vendor_and_class_accept_valid_names(string value)
    {
        Assert.Null(CdiNames.ValidateVendor(value));
        Assert.Null(CdiNames.ValidateClass(value));
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("1x", "must start with a letter")]
    [InlineData("_a", "must start with a letter")]
    [InlineData(".a", "must start with a letter")]
    [InlineData("0", "must start with a letter")]
    [InlineData("a-", "must end with a letter or digit")]
    [InlineData("a.", "must end with a letter or digit")]
    [InlineData("a_", "must end with a letter or digit")]
    [InlineData("a b", "character ' ' at position 2 is not allowed")]
    [InlineData("a/b", "character '/' at position 2 is not allowed")]
    [InlineData("a:b", "character ':' at position 2 is not allowed")]
    [InlineData("aéb", "character U+00E9 at position 2 is not allowed")]
    [InlineData("é", "must start with a letter")]
    public void Vendor_rejects_invalid_names_and_says_why(string value, string reason)
    {
        var error = CdiNames.ValidateVendor(value);
        Assert.NotNull(error);
        Assert.StartsWith("invalid vendor name \"" + value + "\": ", error);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Vendor_error_message_matches_the_documented_shape()
    {
        Assert.Equal("invalid vendor name \"1x\": must start with a letter", CdiNames.ValidateVendor("1x"));
    }

    [Fact]
    public void Class_errors_name_the_class_part()
    {
        Assert.Equal("invalid class name \"gpu-\": must end with a letter or digit", CdiNames.ValidateClass("gpu-"));
    }

    [Theory]
    [InlineData("vendor.com/gpu")]
    [InlineData("a/b")]
    [InlineData("vendor.com/gpu.v2")]
    public void Kind_accepts_vendor_slash_class(string kind)
    {
        Assert.Null(CdiNames.ValidateKind(kind));
        var (vendor, @class) = CdiNames.ParseKind(kind);
        Assert.Equal(kind, vendor + "/" + @class);
    }

    [Theory]
    [InlineData("", "expected vendor/class")]
    [InlineData("vendor.com", "expected vendor/class")]
    [InlineData("/gpu", "expected vendor/class")]
    [InlineData("vendor.com/", "expected vendor/class")]
    [InlineData("1vendor/gpu", "invalid vendor name \"1vendor\": must start with a letter")]
    [InlineData("vendor/9gpu", "invalid class name \"9gpu\": must start with a letter")]
    [InlineData("vendor/gpu/x", "invalid class name \"gpu/x\": character '/' at position 4 is not allowed")]
    public void Kind_rejects_invalid_kinds(string kind, string reason)
    {
        var error = CdiNames.ValidateKind(kind);
        Assert.NotNull(error);
        Assert.StartsWith("invalid kind \"" + kind + "\": ", error);
        Assert.Contains(reason, error);
        var thrown = Assert.Throws<FormatException>(() => CdiNames.ParseKind(kind));
        Assert.Equal(error, thrown.Message);
        Assert.False(CdiNames.TryParseKind(kind, out var vendor, out var @class));
        Assert.Equal(string.Empty, vendor);
        Assert.Equal(string.Empty, @class);
    }

    [Fact]
    public void ParseKind_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => CdiNames.ParseKind(null!));
        Assert.False(CdiNames.TryParseKind(null, out _, out _));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("a")]
    [InlineData("gpu0")]
    [InlineData("0:1")]
    [InlineData("GPU-1_a.b:c")]
    [InlineData("9a")]
    public void Device_name_accepts_valid_names(string name) => Assert.Null(CdiNames.ValidateDeviceName(name));

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("-a", "must start with a letter or digit")]
    [InlineData(":a", "must start with a letter or digit")]
    [InlineData("a:", "must end with a letter or digit")]
    [InlineData("a.", "must end with a letter or digit")]
    [InlineData("a=b", "character '=' at position 2 is not allowed")]
    [InlineData("a/b", "character '/' at position 2 is not allowed")]
    [InlineData("a b", "character ' ' at position 2 is not allowed")]
    [InlineData("a\tb", "character U+0009 at position 2 is not allowed")]
    public void Device_name_rejects_invalid_names(string name, string reason)
    {
        var error = CdiNames.ValidateDeviceName(name);
        Assert.NotNull(error);
        Assert.StartsWith("invalid device name ", error);
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData("vendor.com/gpu=gpu0", true)]
    [InlineData("a/b=c", true)]
    [InlineData("a/b=0:1", true)]
    [InlineData("", false)]
    [InlineData("gpu0", false)]
    [InlineData("/dev/gpu0", false)]
    [InlineData("vendor.com/gpu", false)]
    [InlineData("vendor.com=gpu0", false)]
    [InlineData("vendor.com/=gpu0", false)]
    [InlineData("/gpu=gpu0", false)]
    [InlineData("vendor.com/gpu=", false)]
    [InlineData("vendor.com/gpu=a=b", false)]
    [InlineData("1vendor/gpu=a", false)]
    [InlineData("vendor/gpu=-a", false)]
    [InlineData(null, false)]
    public void IsQualifiedName_matches_the_reference(string? value, bool expected) =>
        Assert.Equal(expected, CdiNames.IsQualifiedName(value));

    [Theory]
    [InlineData("gpu0", "missing '='")]
    [InlineData("/dev/gpu0=x", "missing vendor")]
    [InlineData("vendor.com=gpu0", "missing vendor")]
    [InlineData("vendor.com/=gpu0", "missing class")]
    [InlineData("vendor.com/gpu=", "missing device name")]
    [InlineData("", "must not be empty")]
    [InlineData("vendor.com/gpu=-x", "invalid device \"vendor.com/gpu=-x\": invalid device name \"-x\": must start with a letter or digit")]
    [InlineData("v_/gpu=x", "invalid vendor name \"v_\": must end with a letter or digit")]
    public void ValidateQualifiedName_explains_the_problem(string value, string reason)
    {
        var error = CdiNames.ValidateQualifiedName(value);
        Assert.NotNull(error);
        Assert.Contains(reason, error);
    }
}
