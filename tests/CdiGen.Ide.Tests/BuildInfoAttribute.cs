namespace CdiGen.Ide.Tests;

/// <summary>
/// The repository root and build configuration, written in at build time: the consumer
/// project must load the very generator and analyzer outputs this test run was built with.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class BuildInfoAttribute(string repositoryRoot, string configuration) : Attribute
{
    /// <summary>The repository root directory, with a trailing separator.</summary>
    public string RepositoryRoot { get; } = repositoryRoot;

    /// <summary>The configuration (Debug, Release) the referenced projects were built in.</summary>
    public string Configuration { get; } = configuration;

    /// <summary>The values recorded in this test assembly.</summary>
    public static BuildInfoAttribute Current =>
        typeof(BuildInfoAttribute).Assembly.GetCustomAttributes(typeof(BuildInfoAttribute), false)
            .Cast<BuildInfoAttribute>()
            .Single();
}
