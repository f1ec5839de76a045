namespace CdiGen.Registry;

/// <summary>A valid spec file loaded by the registry.</summary>
public sealed class CdiSpecFile
{
    internal CdiSpecFile(string path, int priority, ICdiSpecDocument document, string vendor, string @class)
    {
        Path = path;
        Priority = priority;
        Document = document;
        Vendor = vendor;
        Class = @class;
    }

    /// <summary>The file's path: the spec directory as configured joined with the file name.</summary>
    public string Path { get; }

    /// <summary>The index of its spec directory; a higher priority wins.</summary>
    public int Priority { get; }

    /// <summary>
    /// The parsed spec. The registry shares it between concurrent injections, so it must not
    /// be modified.
    /// </summary>
    public ICdiSpecDocument Document { get; }

    /// <summary>The vendor part of the spec's kind.</summary>
    public string Vendor { get; }

    /// <summary>The class part of the spec's kind.</summary>
    public string Class { get; }

    /// <summary>The spec's kind, <c>vendor/class</c>.</summary>
    public string Kind => Document.Kind;

    /// <inheritdoc />
    public override string ToString() => Path;
}
