using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using CdiGen.Generators.Model;
using CdiGen.Generators.Schema;
using Microsoft.CodeAnalysis;

namespace CdiGen.Generators.Tests;

/// <summary>The schema model is plain equatable data, so Roslyn can cache it.</summary>
public sealed class ModelTests
{
    private static ImmutableArray<SchemaFile> Files() =>
        GeneratorHarness.SchemaFiles().Select(f => new SchemaFile(f.Path, f.GetText()!.ToString())).ToImmutableArray();

    [Fact]
    public void Equal_inputs_give_equal_models_and_hash_codes()
    {
        var first = SchemaReader.Read(Files(), CancellationToken.None);
        var second = SchemaReader.Read(Files(), CancellationToken.None);

        Assert.NotNull(first.Model);
        Assert.Empty(first.Diagnostics);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotSame(first.Model, second.Model);
    }

    [Fact]
    public void The_model_holds_the_schema_facts()
    {
        var model = SchemaReader.Read(Files(), CancellationToken.None).Model!;

        Assert.Equal("Spec", model.RootType);
        Assert.Equal("0.3.0", model.MinimumVersion);
        Assert.Equal(new[] { "0.1.0", "0.2.0", "0.3.0", "0.4.0", "0.5.0", "0.6.0", "0.7.0", "0.8.0", "1.0.0", "1.1.0" }, model.Versions);
        var edits = model.Types.Single(t => t.Name == "ContainerEdits");
        var gids = edits.Properties.Single(p => p.JsonName == "additionalGids");
        Assert.Equal(("0.7.0", ValueKind.UInt32, true, "additionalGids"), (gids.Since, gids.Kind, gids.IsList, gids.Merge));
        var cmt = model.Types.Single(t => t.Name == "IntelRdt").Properties.Single(p => p.JsonName == "enableCMT");
        Assert.Equal(("0.7.0", "1.1.0"), (cmt.Since, cmt.Removed));
        var name = model.Types.Single(t => t.Name == "Device").Properties.Single(p => p.JsonName == "name");
        Assert.Equal("0.5.0", Assert.Single(name.ValueRules).Since);
        var env = edits.Properties.Single(p => p.JsonName == "env");
        Assert.Equal("env", env.Format);
    }

    [Fact]
    public void The_model_holds_no_roslyn_or_njsonschema_objects()
    {
        var model = SchemaReader.Read(Files(), CancellationToken.None);
        var offenders = new List<string>();
        Walk(model, "model", new HashSet<object>(ReferenceEqualityComparer.Instance), offenders);
        Assert.Empty(offenders);
    }

    private static void Walk(object? value, string path, HashSet<object> visited, List<string> offenders)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }
        var type = value.GetType();
        if (typeof(ISymbol).IsAssignableFrom(type) || typeof(Compilation).IsAssignableFrom(type) || typeof(SyntaxNode).IsAssignableFrom(type)
            || typeof(Location).IsAssignableFrom(type) || type.Namespace?.StartsWith("NJsonSchema", StringComparison.Ordinal) == true
            || type.Namespace?.StartsWith("Newtonsoft", StringComparison.Ordinal) == true)
        {
            offenders.Add($"{path}: {type.FullName}");
            return;
        }
        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", visited, offenders);
            }
            return;
        }
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), $"{path}.{field.Name}", visited, offenders);
        }
    }
}
