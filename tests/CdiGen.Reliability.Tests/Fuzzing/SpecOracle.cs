using CdiGen.Serialization;
using Spec = CdiGen.Model.Spec;

namespace CdiGen.Reliability.Tests.Fuzzing;

/// <summary>
/// What any spec file, however broken, must do: read as a spec or fail with
/// <see cref="CdiFormatException"/>. A spec that reads must also validate, report its
/// versions and survive a write and read in both formats without throwing or changing.
/// </summary>
internal static class SpecOracle
{
    /// <summary><c>null</c> when <paramref name="path"/> (holding <paramref name="input"/>) behaves, else what went wrong.</summary>
    public static string? CheckFile(string path, byte[] input, out bool rejected)
    {
        Spec? spec = null;
        var failure = ParseGuard.Check<CdiFormatException>(() => spec = Spec.ReadFile(path), input, out rejected);
        return failure ?? (spec is null ? null : CheckAccepted(spec));
    }

    /// <summary>Like <see cref="CheckFile"/> for bytes given to <see cref="Spec.ReadJson(ReadOnlySpan{byte}, string?)"/>.</summary>
    public static string? CheckJson(byte[] utf8, out bool rejected)
    {
        Spec? spec = null;
        var failure = ParseGuard.Check<CdiFormatException>(() => spec = Spec.ReadJson(utf8), utf8, out rejected);
        return failure ?? (spec is null ? null : CheckAccepted(spec));
    }

    private static string? CheckAccepted(Spec spec)
    {
        try
        {
            spec.Validate();
            spec.MinimumRequiredVersion();
            var fromJson = Spec.ReadJson(System.Text.Encoding.UTF8.GetBytes(spec.ToJson()));
            var fromYaml = Spec.ReadYaml(spec.ToYaml());
            if (!spec.Equals(fromJson) || !spec.Equals(fromYaml))
            {
                return "an accepted spec changed in a write and read:\n" + spec.ToYaml();
            }
            return null;
        }
        catch (Exception error)
        {
            return "an accepted spec failed after reading: " + error;
        }
    }
}
