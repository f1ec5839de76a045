using System.Globalization;

namespace CdiGen.Package.Tests;

/// <summary>
/// Packs CdiGen once per test run (Release, a version no earlier run used) into a local feed
/// under a temporary folder outside the repository, where the consumer projects live too.
/// </summary>
public sealed class PackedPackage : IAsyncLifetime
{
    /// <summary>Temporary root: artifacts/, feed/, packages/ and one folder per consumer project.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("cdigen-e2e-").FullName;

    /// <summary>
    /// Unique per run, so neither a NuGet cache nor an earlier extraction can serve a stale
    /// package under this version.
    /// </summary>
    public string Version { get; } = "0.0.0-e2e.t" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>The local feed folder that holds the packed nupkg.</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The nupkg that was packed.</summary>
    public string NupkgPath => Path.Combine(Feed, $"CdiGen.{Version}.nupkg");

    /// <summary>The pack command's result, to report its duration.</summary>
    public CliResult? Pack { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        // Own bin/ and obj/ (--artifacts-path): a build of the solution running beside this
        // test must not see its restore outputs rewritten under a different version.
        Pack = await DotNetCli.RunAsync(RepositoryRootAttribute.Current,
        [
            "pack", "src/CdiGen/CdiGen.csproj", "-c", "Release", "-o", Feed,
            "--artifacts-path", Path.Combine(Root, "artifacts"),
            "-p:Version=" + Version, "--disable-build-servers", "-nologo",
        ]);
        if (Pack.ExitCode != 0 || !File.Exists(NupkgPath))
        {
            throw new InvalidOperationException("Packing CdiGen failed. " + Pack.Describe());
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        // Keep the folder when asked to, so a failed consumer can be built again by hand.
        if (Environment.GetEnvironmentVariable("CDIGEN_E2E_KEEP") != "1")
        {
            Directory.Delete(Root, recursive: true);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Tests that share one packed package (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Packed CdiGen package";
}
