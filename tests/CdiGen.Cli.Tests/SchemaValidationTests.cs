namespace CdiGen.Cli.Tests;

/// <summary><c>cdi validate --schema</c>: JSON-schema validation with NJsonSchema, like the reference's validate tool.</summary>
public sealed class SchemaValidationTests
{
    private const string BadHook = "cdiVersion: 0.5.0\nkind: example.com/x\ndevices:\n- name: x\n  containerEdits:\n    hooks: [{hookName: preStart, path: /bin/h}]\n";
    private const string Good = "cdiVersion: 0.5.0\nkind: example.com/x\ndevices:\n- name: x\n  containerEdits:\n    env: [A=1]\n    deviceNodes: [{path: /dev/x, fileMode: 0640}]\n";

    [Fact]
    public void The_built_in_schema_reports_violations_by_document_path()
    {
        using var directory = new TempDirectory();
        var file = directory.File("bad.yaml", BadHook);

        var result = Cli.Run("validate", "--schema", "--", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}: error: schema: #/devices[0].containerEdits.hooks[0].hookName: NotInEnumeration", result.Output.Split('\n'));
    }

    [Fact]
    public void A_conforming_spec_passes_with_yaml_1_1_numbers()
    {
        using var directory = new TempDirectory();
        var result = Cli.Run("validate", directory.File("good.yaml", Good), "--schema");
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
    }

    [Fact]
    public void A_schema_file_can_be_given()
    {
        using var directory = new TempDirectory();
        var schema = directory.File("strict.json", """{"type": "object", "required": ["annotations"]}""");
        var file = directory.File("good.yaml", Good);

        var result = Cli.Run("validate", "--schema", schema, file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}: error: schema: #/annotations: PropertyRequired", result.Output);
    }

    [Fact]
    public void A_missing_schema_file_fails_before_validating()
    {
        using var directory = new TempDirectory();
        var result = Cli.Run("validate", "--schema", "/no/such/schema.json", directory.File("good.yaml", Good));
        Assert.Equal((1, ""), (result.ExitCode, result.Output));
        Assert.Contains("cannot load the schema", result.Error);
    }
}
