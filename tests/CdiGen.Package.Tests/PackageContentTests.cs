using System.IO.Compression;
using System.Xml.Linq;

namespace CdiGen.Package.Tests;

/// <summary>The nupkg holds exactly the files a consumer needs, in the places NuGet looks.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageContentTests(PackedPackage package)
{
    private static readonly string[] ExpectedFiles =
    [
        "analyzers/dotnet/cs/CdiGen.Analyzers.dll",
        "analyzers/dotnet/cs/CdiGen.CodeFixes.dll",
        "analyzers/dotnet/cs/CdiGen.Generators.dll",
        "analyzers/dotnet/cs/Namotion.Reflection.dll",
        "analyzers/dotnet/cs/Newtonsoft.Json.dll",
        "analyzers/dotnet/cs/NJsonSchema.Annotations.dll",
        "analyzers/dotnet/cs/NJsonSchema.dll",
        "analyzers/dotnet/cs/YamlDotNet.dll",
        "build/CdiGen.props",
        "build/CdiGen.targets",
        "buildTransitive/CdiGen.props",
        "buildTransitive/CdiGen.targets",
        "CdiGen.nuspec",
        "lib/net8.0/CdiGen.dll",
        "lib/net8.0/CdiGen.xml",
        "schema/cdi-defs.schema.json",
        "schema/cdi.schema.json",
    ];

    [Fact]
    public void Holds_exactly_the_expected_files()
    {
        using var archive = ZipFile.OpenRead(package.NupkgPath);
        var files = archive.Entries
            .Select(e => e.FullName)
            .Where(name => !IsOpcPart(name))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(ExpectedFiles.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Packs_every_schema_file_of_the_repository()
    {
        var repositorySchemas = Directory.EnumerateFiles(Path.Combine(RepositoryRootAttribute.Current, "schema"), "*.schema.json")
            .Select(path => "schema/" + Path.GetFileName(path))
            .Order(StringComparer.Ordinal);
        using var archive = ZipFile.OpenRead(package.NupkgPath);

        Assert.Equal(
            repositorySchemas,
            archive.Entries.Select(e => e.FullName).Where(n => n.StartsWith("schema/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Depends_on_YamlDotNet_only()
    {
        using var archive = ZipFile.OpenRead(package.NupkgPath);
        using var nuspec = archive.GetEntry("CdiGen.nuspec")!.Open();
        var document = XDocument.Load(nuspec);

        var dependencies = document.Descendants().Where(e => e.Name.LocalName == "dependency").ToList();
        var groups = document.Descendants().Where(e => e.Name.LocalName == "group").Select(g => (string?)g.Attribute("targetFramework"));

        // The generator project is built through a private ProjectReference: never a dependency.
        Assert.Equal(["YamlDotNet"], dependencies.Select(d => (string?)d.Attribute("id")));
        Assert.Equal(["net8.0"], groups);
        Assert.Equal(package.Version, document.Descendants().Single(e => e.Name.LocalName == "version").Value);
    }

    [Fact]
    public void Analyzer_assemblies_target_netstandard2_0()
    {
        using var archive = ZipFile.OpenRead(package.NupkgPath);
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal)))
        {
            Assert.Equal(".NETStandard,Version=v2.0", TargetFrameworkOf(entry));
        }
    }

    // _rels/, [Content_Types].xml and package/services/ are written by every NuGet pack.
    private static bool IsOpcPart(string name) =>
        name.StartsWith("_rels/", StringComparison.Ordinal)
        || name.StartsWith("package/services/", StringComparison.Ordinal)
        || name == "[Content_Types].xml";

    private static string? TargetFrameworkOf(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(stream);
        }
        stream.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != System.Reflection.Metadata.HandleKind.MemberReference)
            {
                continue;
            }
            var constructor = reader.GetMemberReference((System.Reflection.Metadata.MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != System.Reflection.Metadata.HandleKind.TypeReference)
            {
                continue;
            }
            var type = reader.GetTypeReference((System.Reflection.Metadata.TypeReferenceHandle)constructor.Parent);
            if (reader.GetString(type.Name) == "TargetFrameworkAttribute")
            {
                // Blob: prolog (2 bytes), then the SerString of the framework name.
                var blob = reader.GetBlobReader(attribute.Value);
                blob.ReadUInt16();
                return blob.ReadSerializedString();
            }
        }
        return null;
    }
}
