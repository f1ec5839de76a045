using CdiGen.Model;
using CdiGen.Reliability.Tests.Generators;

namespace CdiGen.Reliability.Tests.Properties;

/// <summary>
/// <see cref="Spec.MinimumRequiredVersion"/> agrees with <see cref="Spec.Validate"/>: it is the
/// lowest known version the spec can declare without a version error.
/// </summary>
public sealed class VersionProperties
{
    // CDI004 counts too: below 0.3.0 every spec is "too old" and the field checks do not run.
    private static readonly string[] VersionErrors = ["CDI001", "CDI002", "CDI004"];

    [Fact]
    public void Minimum_required_version_is_the_lowest_version_that_validates()
    {
        Property.Check(SpecGen.ValidSpec, spec =>
        {
            var declared = spec.CdiVersion;
            var lowest = CdiSpecVersion.Known.FirstOrDefault(version => !HasVersionError(spec, version));
            spec.CdiVersion = declared;

            Assert.True(lowest != default, "no known version validates");
            Assert.Equal(lowest, spec.MinimumRequiredVersion());
        }, 400, Property.Show);
    }

    [Fact]
    public void Every_version_from_the_minimum_up_to_a_removal_validates()
    {
        Property.Check(SpecGen.ValidSpec, spec =>
        {
            var minimum = spec.MinimumRequiredVersion();
            var usesRemoved = spec.VersionRequirements().Any(requirement => requirement.RemovedIn is not null);
            foreach (var version in CdiSpecVersion.Known.Where(version => version >= minimum))
            {
                // Removed fields make every version from their removal invalid (CDI002).
                var expectError = usesRemoved && version >= CdiSpecVersion.V1_1_0;
                Assert.Equal(expectError, HasVersionError(spec, version));
            }
        }, 300, Property.Show);
    }

    private static bool HasVersionError(Spec spec, CdiSpecVersion version)
    {
        spec.CdiVersion = version.ToString();
        return spec.Validate().Any(error => VersionErrors.Contains(error.Code));
    }
}
