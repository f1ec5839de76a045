using CdiGen.Analyzers.Code;
using CdiGen.Analyzers.Diagnostics;
using CdiGen.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CdiGen.Analyzers.Tests;

/// <summary>CDI001/CDI002 in C# code that builds a spec with the generated model, and the fix that raises the version.</summary>
public sealed class CSharpSinceTests
{
    // The shape the generator emits, trimmed to what the rules look at: [CdiSince]/[CdiRemoved]
    // on members of types in the model's namespace.
    private const string Model = """
        namespace CdiGen
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class CdiSinceAttribute : System.Attribute { public CdiSinceAttribute(string version) { } }
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class CdiRemovedAttribute : System.Attribute { public CdiRemovedAttribute(string version) { } }
        }
        namespace CdiGen.Model
        {
            using System.Collections.Generic;
            public class Spec { public string CdiVersion { get; set; } = ""; public ContainerEdits? ContainerEdits { get; set; } }
            public class ContainerEdits
            {
                public List<string>? Env { get; set; }
                [CdiGen.CdiSince("0.7.0")] public List<uint>? AdditionalGids { get; set; }
                [CdiGen.CdiSince("0.7.0")] public IntelRdt? IntelRdt { get; set; }
                [CdiGen.CdiSince("1.1.0")] public List<string>? NetDevices { get; set; }
            }
            public class IntelRdt
            {
                [CdiGen.CdiSince("0.7.0"), CdiGen.CdiRemoved("1.1.0")] public bool? EnableCMT { get; set; }
            }
        }
        """;

    private sealed class Test : CSharpCodeFixTest<SinceAnalyzer, RaiseCdiVersionCodeFix, DefaultVerifier>
    {
        public Test(string source, string? fixedSource = null)
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0-offline");
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
            TestState.Sources.Add(source);
            TestState.Sources.Add(Model);
            if (fixedSource is not null)
            {
                FixedState.Sources.Add(fixedSource);
                FixedState.Sources.Add(Model);
            }
        }
    }

    [Fact]
    public Task An_initializer_member_newer_than_the_literal_version_is_CDI001_and_the_fix_raises_it()
    {
        var source = """
            using CdiGen.Model;
            static class Build
            {
                public static Spec Make() => new Spec
                {
                    CdiVersion = {|#1:"0.5.0"|},
                    ContainerEdits = new ContainerEdits { Env = new() { "A=1" }, {|#0:AdditionalGids|} = new() { 44 } },
                };
            }
            """;
        var fixedSource = source.Replace("{|#1:\"0.5.0\"|}", "\"0.7.0\"", StringComparison.Ordinal).Replace("{|#0:AdditionalGids|}", "AdditionalGids", StringComparison.Ordinal);
        var test = new Test(source, fixedSource);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(CdiDiagnostics.NeedsNewerVersion).WithLocation(0).WithLocation(1)
            .WithMessage("ContainerEdits.AdditionalGids requires cdiVersion 0.7.0 or later; this spec declares 0.5.0"));
        return test.RunAsync();
    }

    [Fact]
    public Task Assignments_through_a_constant_are_fixed_at_the_constant_to_the_highest_need()
    {
        var source = """
            using CdiGen.Model;
            static class Build
            {
                private const string Version = {|#2:"v0.5.0"|};

                public static Spec Make()
                {
                    var spec = new Spec();
                    spec.CdiVersion = Version;
                    var edits = new ContainerEdits();
                    edits.{|#0:AdditionalGids|} = new() { 44 };
                    edits.{|#1:NetDevices|} = new() { "eth0" };
                    spec.ContainerEdits = edits;
                    return spec;
                }
            }
            """;
        var fixedSource = source.Replace("{|#2:\"v0.5.0\"|}", "\"v1.1.0\"", StringComparison.Ordinal)
            .Replace("{|#0:AdditionalGids|}", "AdditionalGids", StringComparison.Ordinal)
            .Replace("{|#1:NetDevices|}", "NetDevices", StringComparison.Ordinal);
        var test = new Test(source, fixedSource);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(CdiDiagnostics.NeedsNewerVersion).WithLocation(0).WithLocation(2).WithArguments("ContainerEdits.AdditionalGids", "0.7.0", "0.5.0"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(CdiDiagnostics.NeedsNewerVersion).WithLocation(1).WithLocation(2).WithArguments("ContainerEdits.NetDevices", "1.1.0", "0.5.0"));
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task A_removed_member_under_its_removal_version_is_CDI002()
    {
        var source = """
            using CdiGen.Model;
            static class Build
            {
                public static Spec Make() => new Spec
                {
                    CdiVersion = "1.1.0",
                    ContainerEdits = new ContainerEdits { IntelRdt = new IntelRdt { {|#0:EnableCMT|} = true } },
                };
            }
            """;
        var test = new Test(source);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(CdiDiagnostics.RemovedInVersion).WithLocation(0)
            .WithMessage("IntelRdt.EnableCMT was removed in cdiVersion 1.1.0; this spec declares 1.1.0"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_version_that_is_not_constant_or_high_enough_gives_nothing()
    {
        var source = """
            using CdiGen.Model;
            static class Build
            {
                public static Spec FromInput(string version) => new Spec
                {
                    CdiVersion = version,
                    ContainerEdits = new ContainerEdits { AdditionalGids = new() { 44 } },
                };

                public static Spec Enough() => new Spec
                {
                    CdiVersion = "0.7.0",
                    ContainerEdits = new ContainerEdits { AdditionalGids = new() { 44 } },
                };
            }
            """;
        return new Test(source).RunAsync();
    }
}
