using CdiGen.Analyzers.SpecFiles;
using CdiGen.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CdiGen.Analyzers.Tests;

/// <summary>
/// The CDI001 code fix on a spec file (an additional document): cdiVersion is raised, nothing
/// else changes. Driven through a workspace as an IDE drives it, because the test framework
/// offers fixes for source documents only.
/// </summary>
public sealed class SpecFileCodeFixTests
{
    private const string Path = "/0/cdi/legacy.cdi.yaml";

    private const string Before = """
        # hand-written
        cdiVersion: "0.5.0"  # checked by runtimes
        kind: example.com/fpga
        devices:
          - name: fpga0
            containerEdits:
              additionalGids: [44]
              netDevices: [{hostInterfaceName: eth9, name: net0}]
        """;

    [Fact]
    public async Task Raises_the_version_to_the_highest_one_needed_keeping_comments_and_quotes()
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Consumer", LanguageNames.CSharp);
        var spec = project.AddAdditionalDocument(Path, SourceText.From(Before), filePath: Path);
        var diagnostics = SpecFileLint.Analyze(Path, SourceText.From(Before));
        Assert.Equal(new[] { "CDI001", "CDI001" }, diagnostics.Select(d => d.Id));

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(spec, diagnostics[0], (action, _) => actions.Add(action), CancellationToken.None);
        await new RaiseSpecFileVersionCodeFix().RegisterCodeFixesAsync(context);

        var action = Assert.Single(actions);
        Assert.Equal("Raise cdiVersion to what this spec needs", action.Title);
        var operation = Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        var fixedText = (await operation.ChangedSolution.GetAdditionalDocument(spec.Id)!.GetTextAsync()).ToString();
        Assert.Equal(Before.Replace("\"0.5.0\"", "\"1.1.0\""), fixedText);
        Assert.Empty(SpecFileLint.Analyze(Path, SourceText.From(fixedText)).Where(d => d.Id == "CDI001"));
    }

    [Fact]
    public void The_fix_is_offered_for_spec_files_in_the_ide()
    {
        var export = typeof(RaiseSpecFileVersionCodeFix).GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false)
            .Cast<ExportCodeFixProviderAttribute>().Single();
        Assert.Equal(new[] { nameof(TextDocumentKind.AdditionalDocument) }, export.DocumentKinds);
        Assert.Equal(new[] { "CDI001" }, new RaiseSpecFileVersionCodeFix().FixableDiagnosticIds.ToArray());
    }

    [Fact]
    public void Raise_version_keeps_a_leading_v_and_plain_style()
    {
        var text = "cdiVersion: v0.6.0\nkind: example.com/x\ndevices:\n- name: x\n  containerEdits:\n    additionalGids: [1]\n";
        Assert.Equal(text.Replace("v0.6.0", "v0.7.0"), SpecFileLint.RaiseVersion(text));
        Assert.Null(SpecFileLint.RaiseVersion(text.Replace("v0.6.0", "0.7.0")));
    }
}
