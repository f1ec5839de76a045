using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CdiGen.Analyzers.SpecFiles;

/// <summary>One problem found in a spec file: the rule, the span it points at, and the message arguments.</summary>
internal sealed class SpecFinding
{
    public SpecFinding(DiagnosticDescriptor descriptor, TextSpan span, object[] arguments, TextSpan? related = null)
    {
        Descriptor = descriptor;
        Span = span;
        Arguments = arguments;
        Related = related;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public TextSpan Span { get; }

    public object[] Arguments { get; }

    /// <summary>A second place the problem involves, such as the first of two duplicate names.</summary>
    public TextSpan? Related { get; }
}
