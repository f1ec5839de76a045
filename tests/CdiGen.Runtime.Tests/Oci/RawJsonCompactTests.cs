using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CdiGen.Oci;
using CsCheck;

namespace CdiGen.Runtime.Tests.Oci;

/// <summary>Members CdiGen does not model are kept with their original tokens and written back without loss.</summary>
public class RawJsonCompactTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Strings full of what the copy must leave alone: spaces, quotes, backslashes, escapes.
    private static readonly Gen<string> Text = Gen.String[Gen.Char[" \t\n\r\"\\/{}[],:ab\u00e9\u2028"], 0, 12];

    private static readonly Gen<JsonNode?> Value = Gen.Recursive<JsonNode?>((depth, self) =>
    {
        var leaf = Gen.OneOf<JsonNode?>(
            Text.Select(text => (JsonNode?)JsonValue.Create(text)),
            Gen.Long.Select(number => (JsonNode?)JsonValue.Create(number)),
            Gen.Bool.Select(flag => (JsonNode?)JsonValue.Create(flag)),
            Gen.Const((JsonNode?)null));
        if (depth >= 4)
        {
            return leaf;
        }

        var array = self.Array[0, 4].Select(items => (JsonNode?)new JsonArray(items));
        var obj = Gen.Select(Text.Array[0, 4], self.Array[4], (names, values) =>
        {
            var node = new JsonObject();
            for (int i = 0; i < names.Length; i++)
            {
                node[names[i]] = values[i];
            }

            return (JsonNode?)node;
        });
        return Gen.OneOf(leaf, array, obj);
    });

    [Fact]
    public void AnUnknownMemberReadFromIndentedJsonIsWrittenAsCompactJson()
    {
        Value.Sample(node =>
        {
            var document = new JsonObject { ["ociVersion"] = "1.0.2", ["x-unknown"] = node?.DeepClone() };
            byte[] indented = Encoding.UTF8.GetBytes(document.ToJsonString(Indented));

            var spec = OciSpec.Read(indented);

            Assert.Equal(document.ToJsonString(Compact), spec.ToJson(indented: false));
            Assert.Equal(document.ToJsonString(Indented), spec.ToJson(indented: true));
        }, iter: 2000);
    }

    [Fact]
    public void UnknownMembersKeepTheirSpellingInCompactOutput()
    {
        const string Input = """
            {
              "ociVersion": "1.0.2",
              "x-vendor": {
                "a b": [ 1.50 , -0, "\u00e9 \" \\ \t" ,
                  { } , [ ] , true , null ]
              }
            }
            """;

        var spec = OciSpec.Read(Encoding.UTF8.GetBytes(Input));

        Assert.Equal("""{"ociVersion":"1.0.2","x-vendor":{"a b":[1.50,-0,"\u00e9 \" \\ \t",{},[],true,null]}}""", spec.ToJson(indented: false));
    }

    [Fact]
    public void EscapedNamesOfUnknownMembersAreWrittenAsTheWriterEscapesNames()
    {
        const string Input = """{"a\u0041":1,"\u00e9":{"\u0062":2},"mounts":[{"destination":"/a","\"q\"":3}]}""";

        var spec = OciSpec.Read(Encoding.UTF8.GetBytes(Input));

        // Member names are decoded and written again (the value inside keeps its spelling).
        Assert.Equal("""{"aA":1,"é":{"\u0062":2},"mounts":[{"destination":"/a","\"q\"":3}]}""", spec.ToJson(indented: false));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Input), JsonNode.Parse(spec.ToJson(indented: true))));
    }
}
