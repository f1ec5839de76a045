using CdiGen.Reliability.Tests.Fuzzing;

namespace CdiGen.Reliability.Tests.Regressions;

/// <summary>
/// Replays every input that once crashed a reader (kept under Regressions/spec and
/// Regressions/oci, named after the bug and the fuzz seed). Each is malformed, so each must
/// now be rejected with the documented exception.
/// </summary>
public sealed class RegressionTests
{
    public static TheoryData<string> SpecFiles() => Files("spec");

    public static TheoryData<string> OciFiles() => Files("oci");

    [Theory]
    [MemberData(nameof(SpecFiles))]
    public void Spec_regression_is_rejected_with_CdiFormatException(string name)
    {
        var path = Path.Combine(Fixtures.Regressions, "spec", name);
        var failure = SpecOracle.CheckFile(path, File.ReadAllBytes(path), out var rejected);
        Assert.Null(failure);
        Assert.True(rejected, $"{name} was accepted; it is malformed");
    }

    [Theory]
    [MemberData(nameof(OciFiles))]
    public void Oci_regression_is_rejected_with_OciFormatException(string name)
    {
        var failure = OciOracle.Check(File.ReadAllBytes(Path.Combine(Fixtures.Regressions, "oci", name)), out var rejected);
        Assert.Null(failure);
        Assert.True(rejected, $"{name} was accepted; it is malformed");
    }

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Fixtures.Regressions, folder)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }
}
