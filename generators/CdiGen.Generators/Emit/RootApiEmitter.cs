using System.Linq;
using CdiGen.Generators.Model;

namespace CdiGen.Generators.Emit;

/// <summary>
/// Emits the document-level API of the root type: reading and writing whole files,
/// validation with the version rules, and the minimum required version.
/// </summary>
internal static class RootApiEmitter
{
    public static string Emit(GenerationModel model, TypeModel root)
    {
        var version = VersionEmitter.TypeName;
        var versionProperty = root.Properties.FirstOrDefault(p => p.Role == "version");
        var w = new SourceWriter().FileHeader(model.Namespace, "System", "System.Collections.Generic", "System.IO", "System.Text.Json", "CdiGen.Serialization", "CdiGen.Validation");
        w.Open($"partial class {root.Name}");

        w.Summary("Reads a spec from JSON text (UTF-8). Throws <see cref=\"CdiFormatException\"/> naming line and column on bad input.");
        w.Line($"public static {root.Name} ReadJson(ReadOnlySpan<byte> utf8Json, string? filePath = null) =>");
        w.Line("    JsonReadContext.Parse(utf8Json, filePath, ReadJson);");
        w.Line();
        w.Summary("Reads a spec from YAML text (the first document counts). Throws <see cref=\"CdiFormatException\"/> naming line and column on bad input.");
        w.Line($"public static {root.Name} ReadYaml(string yaml, string? filePath = null) =>");
        w.Line("    YamlReadContext.Parse(yaml, filePath, ReadYaml);");
        w.Line();
        w.Summary("Reads a spec from YAML text (the first document counts).");
        w.Line($"public static {root.Name} ReadYaml(TextReader yaml, string? filePath = null) =>");
        w.Line("    YamlReadContext.Parse(yaml, filePath, ReadYaml);");
        w.Line();
        w.Summary("Reads a spec file: JSON when the name ends in <c>.json</c> and the content is JSON, YAML otherwise (as Go reads every spec through YAML).");
        w.Line("/// <exception cref=\"CdiFormatException\">The file is too large, not UTF-8, or not a valid spec document; the message names file, line and column.</exception>");
        w.Line($"public static {root.Name} ReadFile(string path) => SpecFileReader.Read(path, ReadJson, ReadYaml);");
        w.Line();
        w.Summary("The spec as JSON text, indented with two spaces unless <paramref name=\"indented\"/> is false.");
        w.Open("public string ToJson(bool indented = true)");
        w.Line("using var buffer = new MemoryStream();");
        w.Open("using (var writer = new Utf8JsonWriter(buffer, JsonWriting.Options(indented)))");
        w.Line("WriteJson(writer);");
        w.Close();
        w.Line("return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);");
        w.Close();
        w.Line();
        w.Summary("The spec as YAML text.");
        w.Open("public string ToYaml()");
        w.Line("var text = new StringWriter();");
        w.Line("WriteYaml(text);");
        w.Line("return text.ToString();");
        w.Close();
        w.Line();
        w.Summary("Writes the spec as YAML.");
        w.Line("public void WriteYaml(TextWriter output) => YamlWriteContext.Write(output, WriteYaml);");
        w.Line();

        w.Summary("Every field and value of this spec that exists only in some CDI versions.");
        w.Open($"public IReadOnlyList<CdiVersionRequirement> VersionRequirements()");
        w.Line("var requirements = new VersionRequirements();");
        w.Line("CollectRequirements(requirements);");
        w.Line("return requirements.Items;");
        w.Close();
        w.Line();
        w.Summary("The lowest CDI version that supports everything this spec uses (never below " + model.Schema.MinimumVersion + ").");
        w.Open($"public {version} MinimumRequiredVersion()");
        w.Line("var requirements = new VersionRequirements();");
        w.Line("CollectRequirements(requirements);");
        w.Line("return requirements.Minimum;");
        w.Close();
        w.Line();
        w.Summary("Validates the spec: the schema's structural rules, then the declared version against what the spec uses.");
        w.Line("/// <returns>The problems found; empty when the spec is valid.</returns>");
        w.Open("public IReadOnlyList<CdiValidationError> Validate()");
        w.Line("var context = new ValidationContext();");
        w.Line("Validate(context);");
        if (versionProperty is not null)
        {
            w.Line("ValidateVersion(context);");
        }
        w.Line("return context.Errors;");
        w.Close();
        if (versionProperty is not null)
        {
            EmitValidateVersion(w, versionProperty);
        }
        w.Close();
        return w.ToString();
    }

    private static void EmitValidateVersion(SourceWriter w, PropertyModel versionProperty)
    {
        var version = VersionEmitter.TypeName;
        var name = versionProperty.ClrName;
        var field = SourceWriter.Literal(versionProperty.JsonName);
        w.Line();
        w.Open("private void ValidateVersion(ValidationContext context)");
        w.Open($"if (string.IsNullOrEmpty({name}))");
        w.Line("return;");
        w.Close();
        w.Open($"if (!{version}.TryParse({name}, out var declared))");
        w.Line($"context.Report({field}, $\"\\\"{{{name}}}\\\" is not a CDI version such as \\\"{{{version}.Latest}}\\\"\", \"CDI004\");");
        w.Line("return;");
        w.Close();
        w.Open("if (!declared.IsKnown)");
        w.Line($"context.Report({field}, $\"unknown CDI version \\\"{{{name}}}\\\"; known versions are {{string.Join(\", \", {version}.Known)}}\", \"CDI004\");");
        w.Line("return;");
        w.Close();
        w.Open($"if (declared < {version}.Minimum)");
        w.Line($"context.Report({field}, $\"cdiVersion {{declared}} is too old; every spec needs at least {{{version}.Minimum}}\", \"CDI004\");");
        w.Line("return;");
        w.Close();
        w.Line("var requirements = new VersionRequirements();");
        w.Line("CollectRequirements(requirements);");
        w.Open("foreach (var requirement in requirements.Items)");
        w.Open("if (requirement.Since is { } since && since > declared)");
        w.Line("context.Add(new CdiValidationError(requirement.Path, $\"{requirement.Feature} requires cdiVersion {since} or later; this spec declares {declared}\", \"CDI001\"));");
        w.Close();
        w.Open("if (requirement.RemovedIn is { } removedIn && declared >= removedIn)");
        w.Line("context.Add(new CdiValidationError(requirement.Path, $\"{requirement.Feature} was removed in cdiVersion {removedIn}; this spec declares {declared}\", \"CDI002\"));");
        w.Close();
        w.Close();
        w.Close();
    }
}
