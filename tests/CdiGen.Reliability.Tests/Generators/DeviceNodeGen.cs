using CdiGen.Model;
using CsCheck;

namespace CdiGen.Reliability.Tests.Generators;

/// <summary>Device nodes: every field, numbers at the edges of their types.</summary>
internal static class DeviceNodeGen
{
    /// <summary>int64 device numbers, edges included (the CDI schema does not bound them).</summary>
    public static readonly Gen<long> DeviceNumber = Gen.Frequency(
        (3, Gen.Long[0, 511]),
        (1, Gen.OneOfConst(0L, 1L, -1L, long.MaxValue, long.MinValue, uint.MaxValue, (long)uint.MaxValue + 1)),
        (1, Gen.Long));

    public static readonly Gen<uint> UInt32 = Gen.Frequency(
        (3, Gen.UInt[0, 0777]),
        (1, Gen.OneOfConst(0u, 0640u, 0666u, uint.MaxValue)),
        (1, Gen.UInt));

    public static readonly Gen<string> Permissions = Gen.OneOfConst("", "r", "w", "m", "rw", "rwm", "mwr", "none");

    /// <summary>Any valid node, for parse and validation properties.</summary>
    public static readonly Gen<DeviceNode> Any = Gen.Select(
        TextGen.AbsolutePath,
        TextGen.AbsolutePath.Null(0.5),
        Gen.OneOfConst("b", "c", "u", "p", "").Null(0.3),
        DeviceNumber.Nullable(0.3),
        DeviceNumber.Nullable(0.3),
        UInt32.Nullable(0.4),
        Permissions.Null(0.4),
        Gen.Select(UInt32.Nullable(0.5), UInt32.Nullable(0.5)),
        (path, hostPath, type, major, minor, fileMode, permissions, owner) => new DeviceNode
        {
            Path = path,
            HostPath = hostPath,
            Type = type,
            Major = major,
            Minor = minor,
            FileMode = fileMode,
            Permissions = permissions,
            Uid = owner.Item1,
            Gid = owner.Item2,
        });

    /// <summary>
    /// A node injection can apply without the host: a char or block node with a non-zero
    /// major, or a fifo, whose host path does not exist (a failed stat is then not an error).
    /// </summary>
    public static readonly Gen<DeviceNode> HostIndependent = Gen.Select(
        Gen.OneOfConst("/dev/a", "/dev/b", "/dev/c", "/dev/d/e"),
        Gen.OneOfConst("c", "b", "p"),
        Gen.Long[1, 300],
        Gen.Long[0, 300],
        UInt32.Nullable(0.5),
        Permissions.Null(0.3),
        Gen.Select(Gen.UInt[0, 2000].Nullable(0.5), Gen.UInt[0, 2000].Nullable(0.5)),
        (path, type, major, minor, fileMode, permissions, owner) => new DeviceNode
        {
            Path = path,
            HostPath = "/nonexistent-cdigen-reliability" + path,
            Type = type,
            Major = major,
            Minor = minor,
            FileMode = fileMode,
            Permissions = permissions,
            Uid = owner.Item1,
            Gid = owner.Item2,
        });
}
