using System.Text.Json.Nodes;
using CdiGen.Merge;
using CdiGen.Model;
using CdiGen.Oci;
using CdiGen.Reliability.Tests.Generators;

namespace CdiGen.Reliability.Tests.Properties;

/// <summary>Injection of random device sets into runc's default config.json.</summary>
public sealed class InjectionProperties
{
    private static readonly byte[] s_runcConfig = File.ReadAllBytes(Fixtures.RuncConfig);

    [Fact]
    public void Injection_equals_the_model_applied_edit_by_edit()
    {
        Property.Check(SpecGen.Injection, injection =>
        {
            var (spec, request) = injection;
            var oci = OciSpec.Read(s_runcConfig);
            var expected = InjectionModel.Apply(OciSpec.Read(s_runcConfig), InjectionModel.EditsOf(spec, request));

            spec.Inject(oci, request);

            expected.AssertEqual(OciView.Of(oci));
        }, 400, Show);
    }

    /// <summary>
    /// Every edit kind but hooks replaces by key (env name, node path, mount destination,
    /// net device, intelRdt) or skips what is present (gids, cgroup rules), so a second
    /// injection of the same request changes nothing. Hooks are appended each time: the
    /// second injection adds the same hooks again, and nothing else.
    /// </summary>
    [Fact]
    public void Injecting_twice_equals_injecting_once_except_hooks_which_append()
    {
        Property.Check(SpecGen.Injection, injection =>
        {
            var (spec, request) = injection;
            var oci = OciSpec.Read(s_runcConfig);
            var batch = new OciEditBatch();
            spec.Inject(oci, request, batch);
            var once = JsonNode.Parse(oci.ToJson())!.AsObject();
            var hooksOnce = OciView.Of(oci).Hooks;

            spec.Inject(oci, request, batch);
            var twice = JsonNode.Parse(oci.ToJson())!.AsObject();
            var hooksTwice = OciView.Of(oci).Hooks;

            once.Remove("hooks");
            twice.Remove("hooks");
            Assert.True(JsonNode.DeepEquals(once, twice), "second injection changed more than hooks:\n" + once + "\n---\n" + twice);
            var added = InjectionModel.EditsOf(spec, request).Sum(edit => edit.Hooks?.Count ?? 0);
            Assert.Equal(hooksOnce.Count + added, hooksTwice.Count);
            Assert.All(hooksOnce, hook => Assert.Contains(hook, hooksTwice));
        }, 300, Show);
    }

    [Fact]
    public void A_request_with_an_unknown_device_leaves_the_oci_spec_byte_for_byte_unchanged()
    {
        Property.Check(SpecGen.Injection, injection =>
        {
            var (spec, request) = injection;
            var oci = OciSpec.Read(s_runcConfig);
            var before = oci.ToJson();
            var unknown = spec.Devices.Select(device => device.Name).Aggregate("x", (name, existing) => name + existing);

            Assert.Throws<CdiInjectionException>(() => spec.Inject(oci, [.. request, unknown]));

            Assert.Equal(before, oci.ToJson());
        }, 200, Show);
    }

    private static string Show((Spec Spec, List<string> Request) injection) =>
        "request: " + string.Join(", ", injection.Request) + "\n" + injection.Spec.ToJson();
}
