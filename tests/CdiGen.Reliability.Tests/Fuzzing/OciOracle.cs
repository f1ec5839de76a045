using CdiGen.Oci;

namespace CdiGen.Reliability.Tests.Fuzzing;

/// <summary>
/// What any OCI config, however broken, must do: read or fail with
/// <see cref="OciFormatException"/>; one that reads must write and read back unchanged.
/// </summary>
internal static class OciOracle
{
    public static string? Check(byte[] utf8, out bool rejected)
    {
        OciSpec? oci = null;
        var failure = ParseGuard.Check<OciFormatException>(() => oci = OciSpec.Read(utf8), utf8, out rejected);
        if (failure is not null || oci is null)
        {
            return failure;
        }
        try
        {
            var written = oci.ToJson();
            var again = OciSpec.Read(System.Text.Encoding.UTF8.GetBytes(written)).ToJson();
            return written == again ? null : "an accepted OCI config changed in a write and read";
        }
        catch (Exception error)
        {
            return "an accepted OCI config failed after reading: " + error;
        }
    }
}
