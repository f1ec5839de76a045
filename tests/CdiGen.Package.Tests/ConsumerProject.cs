namespace CdiGen.Package.Tests;

/// <summary>
/// A fresh project that consumes the packed CdiGen from the local feed, laid out the way a
/// user's own repository would be: none of this repository's MSBuild files reach it.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackedPackage _package;

    private ConsumerProject(PackedPackage package, string directory)
    {
        _package = package;
        Directory = directory;
    }

    /// <summary>The project folder.</summary>
    public string Directory { get; }

    /// <summary>Writes a console project named <paramref name="name"/> with the given extra properties and files.</summary>
    public static ConsumerProject Create(PackedPackage package, string name, string extraProperties, IReadOnlyDictionary<string, string> files)
    {
        var directory = Path.Combine(package.Root, name);
        System.IO.Directory.CreateDirectory(directory);
        var project = new ConsumerProject(package, directory);
        project.Write("NuGet.config", project.NuGetConfig());
        // The temp folder is outside the repository already; these stop the upward search
        // for MSBuild files anyway, should TMPDIR ever point into a checkout.
        project.Write("Directory.Build.props", "<Project />");
        project.Write("Directory.Build.targets", "<Project />");
        project.Write("Directory.Packages.props", "<Project />");
        project.Write(name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CdiGen" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, text) in files)
        {
            project.Write(path, text);
        }
        return project;
    }

    /// <summary>Restores and builds the project.</summary>
    public Task<CliResult> BuildAsync() =>
        DotNetCli.RunAsync(Directory, ["build", "--disable-build-servers", "-nologo"], OwnPackagesFolder);

    /// <summary>Runs the built project with <paramref name="arguments"/>.</summary>
    public Task<CliResult> RunAsync(params string[] arguments) =>
        DotNetCli.RunAsync(Directory, ["run", "--no-build", "--", .. arguments], OwnPackagesFolder);

    // NUGET_PACKAGES would override the NuGet.config's globalPackagesFolder.
    private static readonly IReadOnlyDictionary<string, string?> OwnPackagesFolder =
        new Dictionary<string, string?> { ["NUGET_PACKAGES"] = null };

    private string NuGetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <!-- The packed CdiGen is extracted here, never into the user's global cache. -->
            <add key="globalPackagesFolder" value="{Path.Combine(_package.Root, "packages")}" />
          </config>
          {FallbackFolders()}
          <packageSources>
            <clear />
            <add key="cdigen-e2e" value="{_package.Feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
          </packageSources>
          <packageSourceMapping>
            <!-- CdiGen only from the feed just packed: a package of that name elsewhere never answers. -->
            <packageSource key="cdigen-e2e"><package pattern="CdiGen" /></packageSource>
            <packageSource key="nuget.org"><package pattern="*" /></packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    // Everything but CdiGen (YamlDotNet) then comes from the machine's cache, not the network.
    private static string FallbackFolders()
    {
        var machine = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return System.IO.Directory.Exists(machine)
            ? $"<fallbackPackageFolders><add key=\"machine\" value=\"{machine}\" /></fallbackPackageFolders>"
            : "";
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
