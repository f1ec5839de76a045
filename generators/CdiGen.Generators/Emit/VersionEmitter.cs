using CdiGen.Generators.Model;

namespace CdiGen.Generators.Emit;

/// <summary>Emits <c>CdiSpecVersion</c>: parsing, comparison and the known versions of the schema.</summary>
internal static class VersionEmitter
{
    public const string TypeName = "CdiSpecVersion";

    public static string Emit(GenerationModel model)
    {
        var schema = model.Schema;
        var access = CSharp.Accessibility(model.IsPublic);
        var w = new SourceWriter().FileHeader(model.Namespace, "System", "System.Collections.Generic");
        w.Summary("A CDI specification version (major.minor.patch). The known versions come from the CDI schema"
            + (model.TargetVersion is null ? "." : $", up to the pinned target version {model.TargetVersion}."));
        w.Open($"{access} readonly struct {TypeName} : IEquatable<{TypeName}>, IComparable<{TypeName}>");
        foreach (var version in schema.Versions)
        {
            w.Summary($"CDI version {version}.");
            var parts = version.Split('.');
            w.Line($"public static readonly {TypeName} {CSharp.VersionField(version)} = new({parts[0]}, {parts[1]}, {parts[2]});");
            w.Line();
        }
        w.Summary("The lowest version any spec requires, whatever it uses.");
        w.Line($"public static readonly {TypeName} Minimum = {CSharp.VersionField(schema.MinimumVersion)};");
        w.Line();
        w.Summary("The newest version this code knows.");
        w.Line($"public static readonly {TypeName} Latest = {CSharp.VersionField(schema.Versions[schema.Versions.Length - 1])};");
        w.Line();
        w.Summary("Every version this code knows, oldest first.");
        w.Line($"public static IReadOnlyList<{TypeName}> Known => s_known;");
        w.Line();
        w.Line($"private static readonly {TypeName}[] s_known =");
        w.Line("{");
        foreach (var version in schema.Versions)
        {
            w.Line($"    {CSharp.VersionField(version)},");
        }
        w.Line("};");
        w.Line();
        w.Summary("Creates a version from its three numbers.");
        w.Open($"public {TypeName}(int major, int minor, int patch)");
        w.Line("Major = major;");
        w.Line("Minor = minor;");
        w.Line("Patch = patch;");
        w.Close();
        w.Line();
        w.Summary("The major version number.");
        w.Line("public int Major { get; }");
        w.Line();
        w.Summary("The minor version number.");
        w.Line("public int Minor { get; }");
        w.Line();
        w.Summary("The patch version number.");
        w.Line("public int Patch { get; }");
        w.Line();
        w.Summary("Whether this is one of the <see cref=\"Known\"/> versions.");
        w.Line("public bool IsKnown => Array.IndexOf(s_known, this) >= 0;");
        w.Line();
        w.Summary("Parses \"1.0.0\" or \"v1.0.0\"; returns <c>false</c> for anything else.");
        w.Open($"public static bool TryParse(string? text, out {TypeName} version)");
        w.Line("version = default;");
        w.Open("if (string.IsNullOrEmpty(text))");
        w.Line("return false;");
        w.Close();
        w.Line("var span = text.AsSpan();");
        w.Open("if (span[0] == 'v')");
        w.Line("span = span.Slice(1);");
        w.Close();
        w.Line("var firstDot = span.IndexOf('.');");
        w.Line("var lastDot = span.LastIndexOf('.');");
        w.Line("if (firstDot <= 0 || lastDot == firstDot");
        w.Line("    || !TryParseNumber(span.Slice(0, firstDot), out var major)");
        w.Line("    || !TryParseNumber(span.Slice(firstDot + 1, lastDot - firstDot - 1), out var minor)");
        w.Line("    || !TryParseNumber(span.Slice(lastDot + 1), out var patch))");
        w.Line("{");
        w.Line("    return false;");
        w.Line("}");
        w.Line($"version = new {TypeName}(major, minor, patch);");
        w.Line("return true;");
        w.Close();
        w.Line();
        w.Summary("Parses a version; throws <see cref=\"FormatException\"/> when it is malformed.");
        w.Line($"public static {TypeName} Parse(string text) =>");
        w.Line($"    TryParse(text, out var version) ? version : throw new FormatException($\"'{{text}}' is not a CDI version such as 1.0.0\");");
        w.Line();
        w.Summary("The later of two versions.");
        w.Line($"public static {TypeName} Max({TypeName} a, {TypeName} b) => a.CompareTo(b) >= 0 ? a : b;");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public int CompareTo({TypeName} other) =>");
        w.Line("    Major != other.Major ? Major.CompareTo(other.Major)");
        w.Line("    : Minor != other.Minor ? Minor.CompareTo(other.Minor)");
        w.Line("    : Patch.CompareTo(other.Patch);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public bool Equals({TypeName} other) => Major == other.Major && Minor == other.Minor && Patch == other.Patch;");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override bool Equals(object? obj) => obj is {TypeName} other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch);");
        w.Line();
        w.Summary("The version as \"major.minor.patch\".");
        w.Line("public override string ToString() => $\"{Major}.{Minor}.{Patch}\";");
        w.Line();
        foreach (var op in new[] { "==", "!=", "<", ">", "<=", ">=" })
        {
            w.Summary($"Compares two versions with <c>{SourceWriter.Escape(op)}</c>.");
            var body = op is "==" ? "left.Equals(right)" : op is "!=" ? "!left.Equals(right)" : $"left.CompareTo(right) {op} 0";
            w.Line($"public static bool operator {op}({TypeName} left, {TypeName} right) => {body};");
            w.Line();
        }
        w.Open("private static bool TryParseNumber(ReadOnlySpan<char> digits, out int value)");
        w.Line("value = 0;");
        w.Open("if (digits.IsEmpty || digits.Length > 9)");
        w.Line("return false;");
        w.Close();
        w.Open("foreach (var digit in digits)");
        w.Open("if (digit < '0' || digit > '9')");
        w.Line("return false;");
        w.Close();
        w.Line("value = (value * 10) + (digit - '0');");
        w.Close();
        w.Line("return true;");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
