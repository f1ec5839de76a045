using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CdiGen.Merge;
using CdiGen.Oci;

namespace CdiGen.Runtime.Tests.Merge;

/// <summary>
/// Mounts made from CDI edits are written from a cached encoding of the edit. These tests
/// pin that the cache never shows: the output equals a member-by-member write, and any change
/// to the OCI entry or to the edit's values afterwards is what gets written.
/// </summary>
public class PreparedMountTests
{
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonWriterOptions Strict = new() { SkipValidation = true };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CachedOutputEqualsAMemberByMemberWrite(bool userNamespace)
    {
        OciSpec Injected()
        {
            var spec = NewSpec(userNamespace);
            var batch = new OciEditBatch();
            batch.AddMount(new MountEdit("/h/lib+x<é>\"q\"", "/c/lib+x") { Options = ["ro", "bind"] });
            batch.AddMount(new MountEdit("/h/t", "/c/t") { Type = "tmpfs", Options = ["size=1m"] });
            batch.AddMount(new MountEdit("", "/c/empty"));
            batch.Apply(spec);
            return spec;
        }

        foreach (var options in new[] { Relaxed, Strict, Relaxed })
        {
            string cached = Write(Injected(), options);
            string memberByMember = Write(Detached(Injected()), options);
            Assert.Equal(memberByMember, cached);
        }

        Assert.Contains(@"\u002B", Write(Injected(), Strict), StringComparison.Ordinal);
        Assert.Contains("lib+x<é>", Write(Injected(), Relaxed), StringComparison.Ordinal);
        Assert.Equal(userNamespace, Write(Injected(), Relaxed).Contains("\"idmap\"", StringComparison.Ordinal));
    }

    [Fact]
    public void IndentedOutputHasTheSameContent()
    {
        var spec = NewSpec(userNamespace: false);
        var batch = new OciEditBatch();
        batch.AddMount(new MountEdit("/h/a", "/c/a") { Options = ["ro"] });
        batch.Apply(spec);

        string compact = spec.ToJson(indented: false);
        string indented = spec.ToJson(indented: true);

        Assert.Contains('\n', indented);
        Assert.Equal(compact, JsonSerializer.Serialize(JsonDocument.Parse(indented).RootElement));
    }

    [Fact]
    public void ChangesToTheOciEntryAreWritten()
    {
        var spec = NewSpec(userNamespace: false);
        var batch = new OciEditBatch();
        batch.AddMount(new MountEdit("/h/a", "/c/a") { Options = ["ro"] });
        batch.AddMount(new MountEdit("/h/b", "/c/b") { Options = ["ro"] });
        batch.AddMount(new MountEdit("/h/c", "/c/c") { Options = ["ro"] });
        batch.Apply(spec);
        string before = spec.ToJson(indented: false);

        spec.Mounts!.Single(m => m.Destination == "/c/a").Options!.Add("nosuid");
        spec.Mounts!.Single(m => m.Destination == "/c/b").Destination = "/c/renamed";
        spec.Mounts!.Single(m => m.Destination == "/c/c").Source = null;

        string after = spec.ToJson(indented: false);
        Assert.Contains("""{"destination":"/c/a","source":"/h/a","options":["ro","nosuid"]}""", after, StringComparison.Ordinal);
        Assert.Contains("""{"destination":"/c/renamed","source":"/h/b","options":["ro"]}""", after, StringComparison.Ordinal);
        Assert.Contains("""{"destination":"/c/c","options":["ro"]}""", after, StringComparison.Ordinal);
        Assert.NotEqual(before, after);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // a reused batch also remembers each position's cached form
    public void AChangedEditIsNeverServedFromTheCacheOfItsOldValues(bool reuseBatch)
    {
        var shared = new OciEditBatch();
        string Inject(MountEdit edit) => PreparedMountTests.Inject(edit, reuseBatch ? shared : new OciEditBatch());

        // The same container path string throughout, as a spec model keeps it between
        // injections; the other values change in place or are replaced.
        string containerPath = string.Concat("x", "/lib");
        var options = new List<string> { "ro", "bind" };
        string first = Inject(new MountEdit("/h/1", containerPath) { Options = options });

        options[1] = "rbind";
        string elementReplaced = Inject(new MountEdit("/h/1", containerPath) { Options = options });
        options.Add("nodev");
        string elementAdded = Inject(new MountEdit("/h/1", containerPath) { Options = options });
        string hostChanged = Inject(new MountEdit("/h/2", containerPath) { Options = options });
        string typeAdded = Inject(new MountEdit("/h/2", containerPath) { Options = options, Type = "none" });
        string optionsRemoved = Inject(new MountEdit("/h/2", containerPath) { Type = "none" });

        Assert.Equal("""{"mounts":[{"destination":"x/lib","source":"/h/1","options":["ro","bind"]}]}""", first);
        Assert.Equal("""{"mounts":[{"destination":"x/lib","source":"/h/1","options":["ro","rbind"]}]}""", elementReplaced);
        Assert.Equal("""{"mounts":[{"destination":"x/lib","source":"/h/1","options":["ro","rbind","nodev"]}]}""", elementAdded);
        Assert.Equal("""{"mounts":[{"destination":"x/lib","source":"/h/2","options":["ro","rbind","nodev"]}]}""", hostChanged);
        Assert.Equal("""{"mounts":[{"destination":"x/lib","type":"none","source":"/h/2","options":["ro","rbind","nodev"]}]}""", typeAdded);
        Assert.Equal("""{"mounts":[{"destination":"x/lib","type":"none","source":"/h/2"}]}""", optionsRemoved);
    }

    [Fact]
    public void OptionsOfAnyListTypeAreCheckedForChanges()
    {
        string containerPath = string.Concat("y", "/lib");
        var options = new List<string> { "ro" };
        var view = new System.Collections.ObjectModel.ReadOnlyCollection<string>(options);
        var batch = new OciEditBatch();

        string first = Inject(new MountEdit("/h", containerPath) { Options = view }, batch);
        options[0] = "rw";
        string second = Inject(new MountEdit("/h", containerPath) { Options = view }, batch);

        Assert.Equal("""{"mounts":[{"destination":"y/lib","source":"/h","options":["ro"]}]}""", first);
        Assert.Equal("""{"mounts":[{"destination":"y/lib","source":"/h","options":["rw"]}]}""", second);
    }

    [Fact]
    public void EditsWithEqualButDistinctStringsGiveTheSameOutput()
    {
        var a = Inject(new MountEdit(new string('h', 2), new string('c', 2)) { Options = [new string('o', 2)] });
        var b = Inject(new MountEdit(new string('h', 2), new string('c', 2)) { Options = [new string('o', 2)] });

        Assert.Equal("""{"mounts":[{"destination":"cc","source":"hh","options":["oo"]}]}""", a);
        Assert.Equal(a, b);
    }

    private static string Inject(MountEdit edit, OciEditBatch? batch = null)
    {
        var spec = SpecJson.Parse("{}");
        batch ??= new OciEditBatch();
        batch.Clear();
        batch.AddMount(edit);
        batch.Apply(spec);
        return spec.ToJson(indented: false);
    }

    private static OciSpec NewSpec(bool userNamespace) => SpecJson.Parse(userNamespace
        ? """{"linux":{"namespaces":[{"type":"mount"},{"type":"user"}]}}"""
        : """{"linux":{"namespaces":[{"type":"mount"}]}}""");

    private static string Write(OciSpec spec, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            spec.Write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Reading the options list hands the entry to the caller, which turns the cache off.
    private static OciSpec Detached(OciSpec spec)
    {
        foreach (var mount in spec.Mounts!)
        {
            _ = mount.Options;
        }

        return spec;
    }
}
