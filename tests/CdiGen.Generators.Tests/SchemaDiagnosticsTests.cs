using Microsoft.CodeAnalysis;

namespace CdiGen.Generators.Tests;

/// <summary>Problems with the schema are the generator's own diagnostics, never exceptions.</summary>
public sealed class SchemaDiagnosticsTests
{
    private const string Root = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "title": "Spec",
          "x-cdi-versions": ["0.1.0", "0.2.0"],
          "type": "object",
          "properties": {
            "cdiVersion": { "type": "string", "x-cdi-role": "version" },
            "devices": { "type": "array", "items": { "$ref": "defs.schema.json#/definitions/Device" } }
          },
          "required": ["cdiVersion", "devices"]
        }
        """;

    private const string Defs = """
        {
          "definitions": {
            "Device": {
              "type": "object",
              "properties": { "name": { "type": "string", "x-cdi-since": "0.2.0" } },
              "required": ["name"]
            }
          }
        }
        """;

    private static ImmutableDiagnostics Run(params (string Name, string Text)[] files)
    {
        var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText("/schemas/" + f.Name, f.Text));
        var (output, diagnostics, _) = GeneratorHarness.Run(null, additional);
        return new ImmutableDiagnostics(diagnostics, output);
    }

    private sealed record ImmutableDiagnostics(IReadOnlyList<Diagnostic> Generator, Compilation Output);

    [Fact]
    public void A_small_valid_schema_split_in_two_files_generates_compiling_code()
    {
        var result = Run(("root.schema.json", Root), ("defs.schema.json", Defs));

        Assert.Empty(result.Generator);
        Assert.NotNull(result.Output.GetTypeByMetadataName("CdiGen.Model.Device"));
        Assert.DoesNotContain(result.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void No_schema_gives_CDIGEN001_and_no_code()
    {
        var result = Run();
        Assert.Equal("CDIGEN001", Assert.Single(result.Generator).Id);
        Assert.Null(result.Output.GetTypeByMetadataName("CdiGen.Model.Spec"));
    }

    [Fact]
    public void Invalid_json_gives_CDIGEN002_naming_the_file()
    {
        var result = Run(("root.schema.json", Root.Replace("\"type\": \"object\",", "\"type\": \"object\"")), ("defs.schema.json", Defs));
        var diagnostic = Assert.Single(result.Generator);
        Assert.Equal("CDIGEN002", diagnostic.Id);
        Assert.Contains("root.schema.json", diagnostic.GetMessage());
    }

    [Fact]
    public void A_reference_to_a_file_outside_additional_files_gives_CDIGEN002()
    {
        var result = Run(("root.schema.json", Root));
        var diagnostic = Assert.Single(result.Generator);
        Assert.Equal("CDIGEN002", diagnostic.Id);
        Assert.Contains("defs.schema.json", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("\"x-cdi-since\": \"0.2.0\"", "\"x-cdi-since\": \"9.9.9\"", "x-cdi-since '9.9.9' is not one of the versions")]
    [InlineData("\"x-cdi-since\": \"0.2.0\"", "\"x-cdi-since\": 2", "x-cdi-since must be a version string")]
    [InlineData("\"x-cdi-since\": \"0.2.0\"", "\"x-cdi-format\": \"zip-code\"", "x-cdi-format 'zip-code' is not one of")]
    [InlineData("\"x-cdi-since\": \"0.2.0\"", "\"x-cdi-merge\": \"append\"", "x-cdi-merge 'append' is not one of")]
    [InlineData("\"x-cdi-since\": \"0.2.0\"", "\"pattern\": \"([\"", "is not a valid regular expression")]
    [InlineData("\"type\": \"string\", \"x-cdi-since\"", "\"type\": \"number\", \"x-cdi-since\"", "unsupported schema type")]
    public void A_bad_keyword_gives_CDIGEN003_saying_where_and_why(string find, string replace, string expected)
    {
        var result = Run(("root.schema.json", Root), ("defs.schema.json", Defs.Replace(find, replace)));
        var diagnostic = Assert.Single(result.Generator);
        Assert.Equal("CDIGEN003", diagnostic.Id);
        Assert.Contains("Device.name", diagnostic.GetMessage());
        Assert.Contains(expected, diagnostic.GetMessage());
    }

    [Fact]
    public void Versions_out_of_order_give_CDIGEN003()
    {
        var result = Run(("root.schema.json", Root.Replace("[\"0.1.0\", \"0.2.0\"]", "[\"0.2.0\", \"0.1.0\"]")), ("defs.schema.json", Defs.Replace("\"x-cdi-since\": \"0.2.0\"", "\"minLength\": 1")));
        Assert.Contains(result.Generator, d => d.Id == "CDIGEN003" && d.GetMessage().Contains("oldest first"));
    }

    [Fact]
    public void Two_roots_give_CDIGEN006()
    {
        var result = Run(("a.schema.json", Root), ("b.schema.json", Root), ("defs.schema.json", Defs));
        var diagnostic = Assert.Single(result.Generator);
        Assert.Equal("CDIGEN006", diagnostic.Id);
        Assert.Contains("a.schema.json, b.schema.json", diagnostic.GetMessage());
    }
}
