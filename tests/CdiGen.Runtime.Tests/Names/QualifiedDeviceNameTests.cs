using CdiGen.Names;
using CsCheck;

namespace CdiGen.Runtime.Tests.Names;

public class QualifiedDeviceNameTests
{
    [Fact]
    public void Parse_splits_vendor_class_and_name()
    {
        var name = QualifiedDeviceName.Parse("vendor.com/gpu=gpu0");
        Assert.Equal("vendor.com", name.Vendor);
        Assert.Equal("gpu", name.Class);
        Assert.Equal("gpu0", name.Name);
        Assert.Equal("vendor.com/gpu", name.Kind);
        Assert.Equal("vendor.com/gpu=gpu0", name.ToString());
    }

    [Fact]
    public void Device_name_may_contain_colons()
    {
        Assert.Equal("0:1", QualifiedDeviceName.Parse("a/b=0:1").Name);
    }

    [Theory]
    [InlineData("gpu0")]
    [InlineData("vendor.com/gpu")]
    [InlineData("vendor.com/gpu=a=b")]
    [InlineData("1v/gpu=a")]
    public void Parse_throws_format_exception_with_the_reason(string text)
    {
        var thrown = Assert.Throws<FormatException>(() => QualifiedDeviceName.Parse(text));
        Assert.Equal(CdiNames.ValidateQualifiedName(text), thrown.Message);
        Assert.False(QualifiedDeviceName.TryParse(text, out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void Parse_rejects_null() => Assert.Throws<ArgumentNullException>(() => QualifiedDeviceName.Parse(null!));

    [Fact]
    public void TryParse_rejects_null() => Assert.False(QualifiedDeviceName.TryParse(null, out _));

    [Fact]
    public void Constructor_checks_each_part()
    {
        Assert.Equal("a/b=c", new QualifiedDeviceName("a", "b", "c").ToString());
        Assert.Equal("vendor", Assert.Throws<ArgumentException>(() => new QualifiedDeviceName("1a", "b", "c")).ParamName);
        Assert.Equal("class", Assert.Throws<ArgumentException>(() => new QualifiedDeviceName("a", "b-", "c")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new QualifiedDeviceName("a", "b", "")).ParamName);
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Assert.Equal(QualifiedDeviceName.Parse("a/b=c"), new QualifiedDeviceName("a", "b", "c"));
        Assert.NotEqual(QualifiedDeviceName.Parse("a/b=c"), QualifiedDeviceName.Parse("a/b=C"));
    }

    private static readonly Gen<char> Letter = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"];
    private static readonly Gen<char> LetterOrDigit = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"];

    private static Gen<string> Part(Gen<char> first, string middle) =>
        Gen.Select(first, Gen.String[Gen.Char[middle], 0, 10], LetterOrDigit, Gen.Bool,
            (head, body, tail, oneChar) => oneChar ? head.ToString() : head + body + tail);

    [Fact]
    public void Every_valid_name_parses_and_formats_back_unchanged()
    {
        const string vendorMiddle = "abcXYZ019_-.";
        Gen.Select(Part(Letter, vendorMiddle), Part(Letter, vendorMiddle), Part(LetterOrDigit, vendorMiddle + ":"))
            .Sample((vendor, @class, device) =>
            {
                var text = vendor + "/" + @class + "=" + device;
                var parsed = QualifiedDeviceName.Parse(text);
                Assert.Equal(text, parsed.ToString());
                Assert.Equal(vendor + "/" + @class, parsed.Kind);
                Assert.True(CdiNames.IsQualifiedName(text));
            });
    }
}
