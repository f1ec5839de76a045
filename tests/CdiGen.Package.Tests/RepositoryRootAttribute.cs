namespace CdiGen.Package.Tests;

/// <summary>
/// The repository root, written in at build time: the tests pack the sources they were built
/// from, wherever the test assembly is copied to.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RepositoryRootAttribute(string path) : Attribute
{
    /// <summary>The repository root directory.</summary>
    public string Path { get; } = path;

    /// <summary>The root recorded in this test assembly.</summary>
    public static string Current =>
        typeof(RepositoryRootAttribute).Assembly.GetCustomAttributes(typeof(RepositoryRootAttribute), false)
            .Cast<RepositoryRootAttribute>()
            .Single()
            .Path;
}
