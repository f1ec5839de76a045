using CdiGen.Annotations;

namespace CdiGen.Runtime.Tests.Annotations;

public class CdiAnnotationsTests
{
    [Theory]
    [InlineData("vendor.gpu", "0", "cdi.k8s.io/vendor.gpu_0")]
    [InlineData("vendor.gpu", "pci/0000.02.0", "cdi.k8s.io/vendor.gpu_pci_0000.02.0")]
    [InlineData("p", "a/b/c", "cdi.k8s.io/p_a_b_c")]
    [InlineData("Vendor-X", "id_1", "cdi.k8s.io/Vendor-X_id_1")]
    public void AnnotationKey_joins_plugin_and_device_id(string plugin, string deviceId, string expected) =>
        Assert.Equal(expected, CdiAnnotations.AnnotationKey(plugin, deviceId));

    [Fact]
    public void AnnotationKey_rejects_a_colon_even_though_device_names_allow_it()
    {
        var thrown = Assert.Throws<ArgumentException>(() => CdiAnnotations.AnnotationKey("vendor.gpu", "0000:00:02.0"));
        Assert.Contains("character ':' at position 16 is not allowed", thrown.Message);
    }

    [Fact]
    public void AnnotationKey_allows_exactly_63_characters_of_name()
    {
        var plugin = new string('p', 30);
        var deviceId = new string('d', 32);
        Assert.Equal(CdiAnnotations.Prefix + plugin + "_" + deviceId, CdiAnnotations.AnnotationKey(plugin, deviceId));

        var thrown = Assert.Throws<ArgumentException>(() => CdiAnnotations.AnnotationKey(plugin, deviceId + "d"));
        Assert.Contains("64 characters, at most 63", thrown.Message);
    }

    [Theory]
    [InlineData("", "dev", "invalid plugin name: must not be empty")]
    [InlineData("plugin", "", "invalid device id: must not be empty")]
    [InlineData("-plugin", "dev", "must start with a letter or digit")]
    [InlineData("plugin", "dev-", "must end with a letter or digit")]
    [InlineData("plugin", "/", "must end with a letter or digit")]
    [InlineData("plug in", "dev", "character ' ' at position 5 is not allowed")]
    public void AnnotationKey_rejects_invalid_input_with_a_clear_message(string plugin, string deviceId, string reason)
    {
        var thrown = Assert.Throws<ArgumentException>(() => CdiAnnotations.AnnotationKey(plugin, deviceId));
        Assert.Contains(reason, thrown.Message);
    }

    [Fact]
    public void AnnotationKey_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => CdiAnnotations.AnnotationKey(null!, "d"));
        Assert.Throws<ArgumentNullException>(() => CdiAnnotations.AnnotationKey("p", null!));
    }

    [Fact]
    public void AnnotationValue_joins_valid_names_with_commas()
    {
        Assert.Equal("a.com/gpu=0,a.com/gpu=1", CdiAnnotations.AnnotationValue(["a.com/gpu=0", "a.com/gpu=1"]));
        Assert.Equal("a.com/gpu=0", CdiAnnotations.AnnotationValue(["a.com/gpu=0"]));
        Assert.Equal(string.Empty, CdiAnnotations.AnnotationValue([]));
    }

    [Fact]
    public void AnnotationValue_rejects_an_unqualified_name()
    {
        var thrown = Assert.Throws<ArgumentException>(() => CdiAnnotations.AnnotationValue(["a.com/gpu=0", "gpu1"]));
        Assert.Contains("unqualified device \"gpu1\"", thrown.Message);
        Assert.Equal("devices", thrown.ParamName);
    }

    [Fact]
    public void UpdateAnnotations_adds_the_request()
    {
        var annotations = new Dictionary<string, string> { ["other"] = "x" };
        CdiAnnotations.UpdateAnnotations(annotations, "vendor.gpu", "dev/0", ["vendor.com/gpu=0"]);
        Assert.Equal("vendor.com/gpu=0", annotations["cdi.k8s.io/vendor.gpu_dev_0"]);
        Assert.Equal(2, annotations.Count);
    }

    [Fact]
    public void UpdateAnnotations_refuses_to_overwrite_and_leaves_annotations_intact()
    {
        var annotations = new Dictionary<string, string> { ["cdi.k8s.io/p_d"] = "vendor.com/gpu=old" };
        var thrown = Assert.Throws<ArgumentException>(() => CdiAnnotations.UpdateAnnotations(annotations, "p", "d", ["vendor.com/gpu=new"]));
        Assert.Contains("already used", thrown.Message);
        Assert.Equal("vendor.com/gpu=old", Assert.Single(annotations).Value);
    }

    [Fact]
    public void UpdateAnnotations_with_an_invalid_device_changes_nothing()
    {
        var annotations = new Dictionary<string, string>();
        Assert.Throws<ArgumentException>(() => CdiAnnotations.UpdateAnnotations(annotations, "p", "d", ["vendor.com/gpu=ok", "bad"]));
        Assert.Empty(annotations);
    }

    [Fact]
    public void UpdateAnnotations_reads_a_lazy_device_sequence_once()
    {
        var reads = 0;
        IEnumerable<string> Devices()
        {
            reads++;
            yield return "vendor.com/gpu=0";
        }

        var annotations = new Dictionary<string, string>();
        CdiAnnotations.UpdateAnnotations(annotations, "p", "d", Devices());
        Assert.Equal(1, reads);
        Assert.Equal("vendor.com/gpu=0", annotations["cdi.k8s.io/p_d"]);
    }

    [Fact]
    public void ParseAnnotations_reads_only_cdi_keys_in_ordinal_order()
    {
        var annotations = new Dictionary<string, string>
        {
            ["cdi.k8s.io/b_1"] = "vendor.com/gpu=2,vendor.com/gpu=3",
            ["io.kubernetes.cri.container-type"] = "container",
            ["CDI.K8S.IO/upper"] = "not read: the prefix is case-sensitive",
            ["cdi.k8s.io/a_1"] = "vendor.com/gpu=1",
        };

        var requests = CdiAnnotations.ParseAnnotations(annotations);

        Assert.True(requests.IsValid);
        Assert.Equal(["cdi.k8s.io/a_1", "cdi.k8s.io/b_1"], requests.Keys);
        Assert.Equal(["vendor.com/gpu=1", "vendor.com/gpu=2", "vendor.com/gpu=3"], requests.Devices);
        Assert.Empty(requests.Errors);
    }

    [Fact]
    public void ParseAnnotations_with_no_cdi_keys_returns_nothing()
    {
        var requests = CdiAnnotations.ParseAnnotations(new Dictionary<string, string> { ["a"] = "b" });
        Assert.True(requests.IsValid);
        Assert.Empty(requests.Keys);
        Assert.Empty(requests.Devices);
    }

    [Theory]
    [InlineData("")]
    [InlineData("gpu0")]
    [InlineData("vendor.com/gpu=0,")]
    [InlineData("vendor.com/gpu=0, vendor.com/gpu=1")]
    public void ParseAnnotations_fails_the_whole_parse_on_an_invalid_value(string value)
    {
        var annotations = new Dictionary<string, string>
        {
            ["cdi.k8s.io/good"] = "vendor.com/gpu=9",
            ["cdi.k8s.io/bad"] = value,
        };

        var requests = CdiAnnotations.ParseAnnotations(annotations);

        Assert.False(requests.IsValid);
        Assert.Empty(requests.Keys);
        Assert.Empty(requests.Devices);
        var error = Assert.Single(requests.Errors);
        Assert.StartsWith("annotation \"cdi.k8s.io/bad\": invalid CDI device name ", error);
    }

    [Fact]
    public void ParseAnnotations_reports_every_invalid_name()
    {
        var requests = CdiAnnotations.ParseAnnotations(new Dictionary<string, string> { ["cdi.k8s.io/x"] = "a,b" });
        Assert.Equal(2, requests.Errors.Count);
        Assert.Contains("\"a\"", requests.Errors[0]);
        Assert.Contains("\"b\"", requests.Errors[1]);
    }

    [Fact]
    public void Values_written_by_UpdateAnnotations_parse_back()
    {
        var annotations = new Dictionary<string, string>();
        CdiAnnotations.UpdateAnnotations(annotations, "vendor.gpu", "0", ["vendor.com/gpu=0", "vendor.com/gpu=0:1"]);
        CdiAnnotations.UpdateAnnotations(annotations, "vendor.gpu", "1", ["vendor.com/gpu=1"]);

        var requests = CdiAnnotations.ParseAnnotations(annotations);

        Assert.Equal(["cdi.k8s.io/vendor.gpu_0", "cdi.k8s.io/vendor.gpu_1"], requests.Keys);
        Assert.Equal(["vendor.com/gpu=0", "vendor.com/gpu=0:1", "vendor.com/gpu=1"], requests.Devices);
    }
}
