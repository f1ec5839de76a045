namespace CdiGen.Registry.Tests;

public sealed class SpecNamesTests
{
    [Fact]
    public void Names_follow_vendor_class_and_transient_id()
    {
        Assert.Equal("vendor.com-gpu", CdiSpecNames.GenerateName("vendor.com", "gpu"));
        Assert.Equal("vendor.com-gpu_claim-1", CdiSpecNames.GenerateTransientName("vendor.com", "gpu", "claim-1"));
        // An id such as namespace/name stays one file name.
        Assert.Equal("vendor.com-gpu_ns_pod", CdiSpecNames.GenerateTransientName("vendor.com", "gpu", "ns/pod"));
        Assert.Equal("vendor.com-gpu_a_b", CdiSpecNames.GenerateTransientName("vendor.com", "gpu", "a\\b"));
    }

    [Fact]
    public void Names_from_a_spec_use_its_kind()
    {
        var spec = Model.Spec.ReadYaml(SpecFiles.Yaml("nvidia.com/gpu", "t", "0"));

        Assert.Equal("nvidia.com-gpu", CdiSpecNames.GenerateName(spec));
        Assert.Equal("nvidia.com-gpu_42", CdiSpecNames.GenerateTransientName(spec, "42"));
    }

    [Theory]
    [InlineData("bad vendor", "gpu", "id")]
    [InlineData("vendor.com", "g/pu", "id")]
    [InlineData("vendor.com", "gpu", "")]
    [InlineData("vendor.com", "gpu", "a\0b")]
    public void Invalid_parts_are_refused(string vendor, string @class, string id) =>
        Assert.Throws<ArgumentException>(() => CdiSpecNames.GenerateTransientName(vendor, @class, id));

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("../x.yaml")]
    [InlineData("a/b.yaml")]
    [InlineData("/etc/cdi/x.yaml")]
    [InlineData("a\\b.yaml")]
    [InlineData("x..yaml")]
    [InlineData("x\0.yaml")]
    public void File_names_that_could_leave_the_directory_are_refused(string name) =>
        Assert.NotNull(CdiSpecNames.ValidateName(name));

    [Theory]
    [InlineData("vendor.com-gpu")]
    [InlineData("vendor.com-gpu_claim.yaml")]
    [InlineData(".hidden.json")]
    public void Plain_file_names_are_accepted(string name) =>
        Assert.Null(CdiSpecNames.ValidateName(name));
}
