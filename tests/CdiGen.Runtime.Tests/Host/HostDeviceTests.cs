using System.Diagnostics;
using CdiGen.Host;

namespace CdiGen.Runtime.Tests.Host;

public sealed class HostDeviceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cdigen-host-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void DevNullIsCharacterDevice1_3()
    {
        var info = HostDevice.Lstat("/dev/null");

        Assert.Equal(HostDeviceType.Char, info.Type);
        Assert.Equal("c", info.OciType);
        Assert.Equal(1u, info.Major);
        Assert.Equal(3u, info.Minor);
        Assert.Equal(0x1B6u, info.Permissions); // 0666
        Assert.Equal(0u, info.Uid);
        Assert.Equal(0u, info.Gid);
    }

    [Fact]
    public void DevZeroIsCharacterDevice1_5()
    {
        var info = HostDevice.LstatDevice("/dev/zero");

        Assert.Equal(HostDeviceType.Char, info.Type);
        Assert.Equal(1u, info.Major);
        Assert.Equal(5u, info.Minor);
        Assert.Equal(HostDeviceNumber.Make(1, 5), info.Rdev);
    }

    [Fact]
    public void FifoIsReportedAsPipeWithItsMode()
    {
        string fifo = Path.Combine(_dir, "pipe");
        using (var mkfifo = Process.Start("/usr/bin/mkfifo", new[] { "-m", "0640", fifo }))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var info = HostDevice.LstatDevice(fifo);

        Assert.Equal(HostDeviceType.Fifo, info.Type);
        Assert.Equal("p", info.OciType);
        Assert.Equal(0x1A0u, info.Permissions); // 0640
        Assert.Equal(0u, info.Major);
    }

    [Fact]
    public void RegularFileIsNotADevice()
    {
        string file = Path.Combine(_dir, "plain");
        File.WriteAllText(file, "x");

        var info = HostDevice.Lstat(file);

        Assert.Equal(HostDeviceType.NotADevice, info.Type);
        Assert.False(info.IsDevice);
        Assert.Null(info.OciType);
        var error = Assert.Throws<HostDeviceException>(() => HostDevice.LstatDevice(file));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a device", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.Errno);
    }

    [Fact]
    public void SymlinkToDevNullIsNotFollowed()
    {
        string link = Path.Combine(_dir, "null-link");
        File.CreateSymbolicLink(link, "/dev/null");

        var info = HostDevice.Lstat(link);

        Assert.False(info.IsDevice);
        Assert.Equal(0xA000u, info.Mode & 0xF000u); // S_IFLNK
        Assert.Throws<HostDeviceException>(() => HostDevice.LstatDevice(link));
    }

    [Fact]
    public void MissingPathThrowsNamingThePath()
    {
        string missing = Path.Combine(_dir, "does-not-exist");

        var error = Assert.Throws<HostDeviceException>(() => HostDevice.Lstat(missing));

        Assert.Equal(missing, error.Path);
        Assert.Equal(2, error.Errno); // ENOENT
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.False(HostDevice.TryLstat(missing, out _, out int errno));
        Assert.Equal(2, errno);
    }

    [Fact]
    public void LongPathsAreEncodedOutsideTheStack()
    {
        string deep = "/dev/" + string.Concat(Enumerable.Repeat("./", 400)) + "null";

        Assert.Equal(3u, HostDevice.Lstat(deep).Minor);
    }

    [Fact]
    public void StatOfADeviceAllocatesNothing()
    {
        HostDevice.TryLstat("/dev/null", out _, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();

        bool ok = HostDevice.TryLstat("/dev/null", out var info, out _);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(ok);
        Assert.Equal(3u, info.Minor);
    }

    [Theory]
    [InlineData(1u, 3u, 0x103UL)]
    [InlineData(259u, 7u, 0x10307UL)]
    [InlineData(4095u, 255u, 0xFFFFFUL)]
    [InlineData(4096u, 256u, 0x0000_1000_0010_0000UL)]
    [InlineData(0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFF_FFFF_FFFF_FFFFUL)]
    public void DeviceNumbersPackAndUnpackTheGlibcWay(uint major, uint minor, ulong packed)
    {
        Assert.Equal(packed, HostDeviceNumber.Make(major, minor));
        Assert.Equal(major, HostDeviceNumber.Major(packed));
        Assert.Equal(minor, HostDeviceNumber.Minor(packed));
    }
}
