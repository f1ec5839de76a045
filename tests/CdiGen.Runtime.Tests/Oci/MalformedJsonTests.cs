using System.Text;
using CdiGen.Oci;

namespace CdiGen.Runtime.Tests.Oci;

public class MalformedJsonTests
{
    private static OciFormatException ReadFails(string json) =>
        Assert.Throws<OciFormatException>(() => OciSpec.Read(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void SyntaxErrorNamesLineAndColumn()
    {
        var error = ReadFails("{\n  \"process\": {\n    \"env\": [\"A=1\",]\n  }\n}");

        Assert.Equal(3, error.Line);
        Assert.Equal(19, error.Column);
        Assert.Contains("line 3, column 19", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnsCountCharactersNotBytes()
    {
        var error = ReadFails("{\"é\": \"ü\" x}");

        Assert.Equal(1, error.Line);
        Assert.Equal(11, error.Column);
    }

    [Fact]
    public void WrongTypeOfModeledMemberNamesTheMemberAndPosition()
    {
        var error = ReadFails("{\n\"process\": {\"user\": {\"uid\": \"root\"}}}");

        Assert.Equal(2, error.Line);
        Assert.Equal(29, error.Column);
        Assert.Contains("process.user.uid", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"a\":1} {}")]
    [InlineData("{\"a\":1")]
    [InlineData("{\"mounts\":{}}")]
    [InlineData("{\"linux\":{\"devices\":[{\"major\":1.5}]}}")]
    [InlineData("{\"process\":{\"user\":{\"uid\":-1}}}")]
    [InlineData("{\"hooks\":{\"prestart\":[{\"timeout\":true}]}}")]
    [InlineData("{\"x\": [1, 2,]}")]
    [InlineData("{/* comment */}")]
    public void InvalidDocumentsAreRejected(string json)
    {
        var error = ReadFails(json);

        Assert.True(error.Line >= 1 && error.Column >= 1);
    }

    [Fact]
    public void InvalidUtf8IsRejected()
    {
        byte[] bytes = { (byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xFF, (byte)'"', (byte)'}' };

        Assert.Throws<OciFormatException>(() => OciSpec.Read(bytes));
    }

    [Fact]
    public void DeepNestingIsRejectedNotACrash()
    {
        string json = "{\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        Assert.Throws<OciFormatException>(() => OciSpec.Read(Encoding.UTF8.GetBytes(json)));
    }
}
