using CdiGen.Merge;
using CdiGen.Oci;

namespace CdiGen.Model.Tests;

/// <summary>
/// The generated applier path (Spec.AddDeviceEdits -> ContainerEdits.AddTo -> OciEditBatch)
/// allocates nothing when the edits are already in the OCI spec: the generated code converts
/// spec objects into edit structs and walks lists with their struct enumerators.
/// </summary>
public sealed class GeneratedApplierAllocationTests
{
    private const string SpecYaml = """
        cdiVersion: "1.1.0"
        kind: vendor.com/gpu
        containerEdits:
          env: [VENDOR_DRIVER=1]
          additionalGids: [44]
        devices:
          - name: gpu0
            containerEdits:
              env: [VENDOR_VISIBLE=0]
              deviceNodes:
                - {path: /dev/null, type: c, major: 1, minor: 3, fileMode: 438}
              mounts:
                - {hostPath: /usr/lib/vendor, containerPath: /usr/lib/vendor, options: [ro, bind]}
              netDevices:
                - {hostInterfaceName: eth9, name: net0}
              intelRdt: {closID: gpu}
        """;

    private const string OciJson = """
        {"ociVersion":"1.2.0","process":{"user":{"uid":0,"gid":0},"env":["PATH=/bin"],"cwd":"/"},"mounts":[{"destination":"/proc","type":"proc","source":"proc"}],"linux":{"namespaces":[{"type":"pid"}]}}
        """;

    [Fact]
    public void Reapplying_through_the_generated_code_allocates_nothing()
    {
        var spec = Spec.ReadYaml(SpecYaml);
        Assert.Empty(spec.Validate());
        var oci = OciSpec.Read(System.Text.Encoding.UTF8.GetBytes(OciJson));
        var batch = new OciEditBatch();
        string[] devices = ["gpu0"];

        spec.Inject(oci, devices, batch);
        var once = oci.ToJson();
        spec.Inject(oci, devices, batch); // warms the batch's prepare buffers for a re-apply

        var before = GC.GetAllocatedBytesForCurrentThread();
        spec.Inject(oci, devices, batch);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(once, oci.ToJson());
    }

    [Fact]
    public void A_first_apply_changes_every_edited_section()
    {
        var spec = Spec.ReadYaml(SpecYaml);
        var oci = OciSpec.Read(System.Text.Encoding.UTF8.GetBytes(OciJson));

        spec.Inject(oci, ["gpu0"]);

        var json = oci.ToJson(indented: false);
        Assert.Contains("\"VENDOR_DRIVER=1\"", json);
        Assert.Contains("\"VENDOR_VISIBLE=0\"", json);
        Assert.Contains("\"additionalGids\":[44]", json);
        Assert.Contains("\"path\":\"/dev/null\"", json);
        Assert.Contains("\"destination\":\"/usr/lib/vendor\"", json);
        Assert.Contains("\"eth9\":{\"name\":\"net0\"}", json);
        Assert.Contains("\"closID\":\"gpu\"", json);
    }
}
