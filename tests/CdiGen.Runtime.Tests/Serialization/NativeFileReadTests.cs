using CdiGen.Serialization;
using Xunit;

namespace CdiGen.Tests.Serialization;

/// <summary>The libc whole-file read gives the bytes .NET reads, and declines every failure so the .NET read reports it.</summary>
public sealed class NativeFileReadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cdigen-native-read-").FullName;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(200_000)]
    public void Reads_the_same_bytes_as_dotnet(int size)
    {
        var path = Path.Combine(_folder, "spec.yaml");
        var content = new byte[size];
        new Random(size).NextBytes(content);
        File.WriteAllBytes(path, content);
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(NativeFileRead.TryReadAll(path, out _));
            return;
        }
        Assert.True(NativeFileRead.TryReadAll(path, out var bytes));
        Assert.Equal(content, bytes);
    }

    [Fact]
    public void A_missing_file_or_a_directory_is_left_to_dotnet()
    {
        Assert.False(NativeFileRead.TryReadAll(Path.Combine(_folder, "missing.yaml"), out _));
        Assert.False(NativeFileRead.TryReadAll(_folder, out _));
        Assert.False(NativeFileRead.TryReadAll(string.Empty, out _));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
