namespace CdiGen.Ide.Tests;

/// <summary>
/// A small project in a temporary folder that consumes CdiGen from this repository's sources
/// (build/CdiGen.FromSource.props|targets, as samples/QuickStart does) and builds a spec in
/// C# that sets a field its declared cdiVersion does not have.
/// </summary>
public sealed class IdeConsumer : IDisposable
{
    /// <summary>The C# file that builds the spec, relative to the project folder.</summary>
    public const string SourceFile = "SpecFactory.cs";

    /// <summary>
    /// <c>AdditionalGids</c> needs cdiVersion 0.7.0; the spec declares 0.5.0, so SinceAnalyzer
    /// reports CDI001 on the member name.
    /// </summary>
    public const string Source = """
        using System.Collections.Generic;
        using CdiGen.Model;

        namespace IdeConsumer;

        internal static class SpecFactory
        {
            public static Spec Create() => new Spec
            {
                CdiVersion = "0.5.0",
                Kind = "vendor.com/gpu",
                ContainerEdits = new ContainerEdits { AdditionalGids = new List<uint> { 44 } },
            };
        }

        """;

    private IdeConsumer(string directory) => Directory = directory;

    /// <summary>The project folder (the LSP workspace root).</summary>
    public string Directory { get; }

    /// <summary>The full path of <see cref="SourceFile"/>.</summary>
    public string SourcePath => Path.Combine(Directory, SourceFile);

    /// <summary>Writes the project for the repository at <paramref name="build"/>'s root and configuration.</summary>
    public static IdeConsumer Create(BuildInfoAttribute build)
    {
        var consumer = new IdeConsumer(System.IO.Directory.CreateTempSubdirectory("cdigen-ide-").FullName);
        // Directory.Build.props is read before the SDK defaults Configuration, and it stops the
        // upward search for MSBuild files should TMPDIR ever point into a checkout.
        consumer.Write("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <RepoRoot>{build.RepositoryRoot}</RepoRoot>
                <Configuration>{build.Configuration}</Configuration>
              </PropertyGroup>
            </Project>
            """);
        consumer.Write("Directory.Build.targets", "<Project />");
        consumer.Write("Directory.Packages.props", "<Project />");
        consumer.Write("IdeConsumer.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="$(RepoRoot)build/CdiGen.FromSource.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <Import Project="$(RepoRoot)build/CdiGen.FromSource.targets" />
            </Project>
            """);
        consumer.Write(SourceFile, Source);
        return consumer;
    }

    /// <summary>
    /// Restores and builds the project alone: the referenced projects were built with this
    /// test and are shared with the rest of the test run, so they are neither restored nor
    /// built again here (<c>--no-dependencies</c>).
    /// </summary>
    public Task<CommandResult> BuildAsync() =>
        ProcessRunner.DotNetAsync(Directory, TimeSpan.FromMinutes(2), "build", "--no-dependencies", "--disable-build-servers", "-nologo");

    /// <inheritdoc />
    public void Dispose()
    {
        // Keep the folder when asked to, so a failure can be replayed by hand.
        if (Environment.GetEnvironmentVariable("CDIGEN_IDE_KEEP") != "1")
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Directory, relativePath), text);
}
