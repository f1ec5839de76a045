using CdiGen.Generators.Model;

namespace CdiGen.Generators.Emit;

/// <summary>Emits <c>CdiVersionRequirement</c> and the <c>VersionRequirements</c> collector.</summary>
internal static class RequirementsEmitter
{
    public static string Emit(GenerationModel model)
    {
        var access = CSharp.Accessibility(model.IsPublic);
        var version = VersionEmitter.TypeName;
        var w = new SourceWriter().FileHeader(model.Namespace, "System.Collections.Generic", "CdiGen.Serialization");
        w.Summary("A field or value of a spec that exists only in some CDI versions.");
        w.Line("/// <param name=\"Path\">Where it is, e.g. <c>$.containerEdits.additionalGids</c>.</param>");
        w.Line("/// <param name=\"Feature\">What it is, e.g. <c>additionalGids</c> or \"a device name that starts with a digit\".</param>");
        w.Line("/// <param name=\"Since\">The first version that has it, or <c>null</c>.</param>");
        w.Line("/// <param name=\"RemovedIn\">The first version that no longer has it, or <c>null</c>.</param>");
        w.Line($"{access} sealed record CdiVersionRequirement(string Path, string Feature, {version}? Since, {version}? RemovedIn);");
        w.Line();
        w.Summary("Collects the <see cref=\"CdiVersionRequirement\"/>s of a spec while generated code walks it.");
        w.Open($"{access} sealed class VersionRequirements");
        w.Line("private readonly List<CdiVersionRequirement> _items = new();");
        w.Line();
        w.Summary("Where the walk is in the spec.");
        w.Line("public DocumentPath Path { get; } = new();");
        w.Line();
        w.Summary("The requirements found, in document order.");
        w.Line("public IReadOnlyList<CdiVersionRequirement> Items => _items;");
        w.Line();
        w.Summary("The highest version any requirement needs, and never less than <see cref=\"" + version + ".Minimum\"/>.");
        w.Open($"public {version} Minimum");
        w.Open("get");
        w.Line($"var minimum = {version}.Minimum;");
        w.Open("foreach (var item in _items)");
        w.Open("if (item.Since is { } since)");
        w.Line($"minimum = {version}.Max(minimum, since);");
        w.Close();
        w.Close();
        w.Line("return minimum;");
        w.Close();
        w.Close();
        w.Line();
        w.Summary("Records that <paramref name=\"feature\"/>, at <paramref name=\"field\"/>, needs <paramref name=\"since\"/>.");
        w.Line($"public void Require(string field, string feature, {version} since) =>");
        w.Line("    _items.Add(new CdiVersionRequirement(Path.ToString(field), feature, since, null));");
        w.Line();
        w.Summary("Records that <paramref name=\"feature\"/>, at <paramref name=\"field\"/>, is gone from <paramref name=\"removedIn\"/> on.");
        w.Line($"public void Removed(string field, string feature, {version} removedIn) =>");
        w.Line("    _items.Add(new CdiVersionRequirement(Path.ToString(field), feature, null, removedIn));");
        w.Close();
        return w.ToString();
    }
}
