using System.Text.Json.Serialization;

namespace CdiGen.Cli;

/// <summary>Source-generated JSON metadata for the tool's list output, so it needs no reflection (NativeAOT).</summary>
[JsonSerializable(typeof(string[]))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
}
