using System.Collections.Generic;
using System.Linq;
using CdiGen.Generators.Diagnostics;

namespace CdiGen.Generators.Model;

/// <summary>
/// Narrows the schema to a pinned CDI version: newer versions, and members that the pinned
/// version does not have, disappear from the generated code altogether.
/// </summary>
internal static class TargetVersionFilter
{
    public static (GenerationModel? Model, DiagnosticInfo? Problem) Apply(SchemaModel schema, GeneratorOptions options)
    {
        if (options.TargetVersion is null)
        {
            return (new GenerationModel(schema, options.Namespace, options.IsPublic, null, options.Emit), null);
        }
        if (!SemanticVersion.TryParse(options.TargetVersion, out var target) || !schema.Versions.Contains(target.ToString()))
        {
            return (null, DiagnosticInfo.Create(GeneratorDiagnostics.BadOption, null, "CdiGenTargetVersion", options.TargetVersion,
                "expected one of the schema's versions: " + string.Join(", ", schema.Versions)));
        }
        var versions = schema.Versions.Where(v => Parse(v).CompareTo(target) <= 0).ToEquatableArray();
        var types = schema.Types
            .Select(type => type with { Properties = type.Properties.Where(p => Exists(p, target)).ToEquatableArray() })
            .ToList();
        types = DropUnreachable(schema.RootType, types);
        var minimum = Parse(schema.MinimumVersion).CompareTo(target) <= 0 ? schema.MinimumVersion : versions[versions.Length - 1];
        var narrowed = schema with { Versions = versions, MinimumVersion = minimum, Types = types.ToEquatableArray() };
        return (new GenerationModel(narrowed, options.Namespace, options.IsPublic, target.ToString(), options.Emit), null);
    }

    private static bool Exists(PropertyModel property, SemanticVersion target) =>
        (property.Since is null || Parse(property.Since).CompareTo(target) <= 0)
        && (property.Removed is null || Parse(property.Removed).CompareTo(target) > 0);

    // A type only some removed member used (intelRdt under 0.5.0) is not emitted either.
    private static List<TypeModel> DropUnreachable(string root, List<TypeModel> types)
    {
        var byName = types.ToDictionary(type => type.Name);
        var reachable = new HashSet<string> { root };
        var pending = new Stack<string>(reachable);
        while (pending.Count > 0)
        {
            foreach (var property in byName[pending.Pop()].Properties)
            {
                if (property.ObjectType is { } child && reachable.Add(child))
                {
                    pending.Push(child);
                }
            }
        }
        return types.Where(type => reachable.Contains(type.Name)).ToList();
    }

    private static SemanticVersion Parse(string version)
    {
        SemanticVersion.TryParse(version, out var parsed);
        return parsed;
    }
}
