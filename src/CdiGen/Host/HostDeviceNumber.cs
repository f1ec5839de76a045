namespace CdiGen.Host;

/// <summary>
/// Device numbers as glibc packs them in a 64-bit <c>dev_t</c>: 12+20 bits of major and
/// 8+24 bits of minor, interleaved so that small numbers keep the old 16-bit layout.
/// </summary>
public static class HostDeviceNumber
{
    /// <summary>The major number of a packed <c>dev_t</c>.</summary>
    /// <param name="dev">A packed device number such as <c>st_rdev</c>.</param>
    /// <returns>The major number.</returns>
    public static uint Major(ulong dev) => (uint)(((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffUL));

    /// <summary>The minor number of a packed <c>dev_t</c>.</summary>
    /// <param name="dev">A packed device number such as <c>st_rdev</c>.</param>
    /// <returns>The minor number.</returns>
    public static uint Minor(ulong dev) => (uint)((dev & 0xff) | ((dev >> 12) & ~0xffUL));

    /// <summary>Packs a major and minor number into a <c>dev_t</c>, the inverse of <see cref="Major"/> and <see cref="Minor"/>.</summary>
    /// <param name="major">The major number.</param>
    /// <param name="minor">The minor number.</param>
    /// <returns>The packed number.</returns>
    public static ulong Make(uint major, uint minor) =>
        ((ulong)(major & 0xfff) << 8) | ((ulong)(major & ~0xfffu) << 32) |
        (minor & 0xffUL) | ((ulong)(minor & ~0xffu) << 12);
}
