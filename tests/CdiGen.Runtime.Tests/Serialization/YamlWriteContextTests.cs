using CdiGen.Serialization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CdiGen.Runtime.Tests.Serialization;

public sealed class YamlWriteContextTests
{
    // Found by the reliability round-trip property: "a\r\nb" was written as a folded block
    // scalar, and a YAML reader normalises the line breaks of a block scalar to "\n".
    [Theory]
    [InlineData("crlf\r\nhere")]
    [InlineData("cr\rhere")]
    [InlineData("next\u0085line")]
    [InlineData("line\u2028separator")]
    [InlineData("paragraph\u2029separator")]
    [InlineData("two\nlines")]
    public void A_string_with_line_breaks_reads_back_unchanged(string value)
    {
        var text = new StringWriter();
        YamlWriteContext.Write(text, context => context.String(value));

        var parser = new Parser(new StringReader(text.ToString()));
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        Assert.Equal(value, parser.Consume<Scalar>().Value);
    }
}
