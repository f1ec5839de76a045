using System.Text;
using System.Text.Json.Nodes;
using CdiGen.Oci;

namespace CdiGen.Runtime.Tests.Merge;

/// <summary>Helpers to state OCI specs before and after an edit as JSON.</summary>
internal static class SpecJson
{
    public static OciSpec Parse(string json) => OciSpec.Read(Encoding.UTF8.GetBytes(json));

    /// <summary>Asserts the spec's JSON equals the expected JSON (compared as JSON values, member order included).</summary>
    public static void Equal(string expected, OciSpec actual)
    {
        string expectedCompact = JsonNode.Parse(expected)!.ToJsonString();
        Assert.Equal(expectedCompact, actual.ToJson(indented: false));
    }
}
