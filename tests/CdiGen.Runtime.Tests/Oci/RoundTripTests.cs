using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CdiGen.Oci;

namespace CdiGen.Runtime.Tests.Oci;

public class RoundTripTests
{
    [Fact]
    public void RuncConfigWrittenIndentedIsByteIdenticalToJq()
    {
        var spec = OciSpec.Read(TestFiles.Bytes("runc-config.json"));

        Assert.Equal(TestFiles.Text("runc-config.jq.json"), spec.ToJson() + "\n");
    }

    [Fact]
    public void RuncConfigRoundTripIsSemanticallyIdentical()
    {
        var original = JsonNode.Parse(TestFiles.Bytes("runc-config.json"));
        var spec = OciSpec.Read(TestFiles.Bytes("runc-config.json"));

        Assert.True(JsonNode.DeepEquals(original, JsonNode.Parse(spec.ToJson(indented: false))));
        Assert.True(JsonNode.DeepEquals(original, JsonNode.Parse(spec.ToJson(indented: true))));
    }

    [Fact]
    public void RuncConfigModeledMembersAreRead()
    {
        var spec = OciSpec.Read(TestFiles.Bytes("runc-config.json"));

        Assert.Equal(0u, spec.Process!.User!.Uid);
        Assert.Equal(new[] { "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm" }, spec.Process.Env);
        Assert.Equal(7, spec.Mounts!.Count);
        Assert.Equal("/dev/shm", spec.Mounts[3].Destination);
        Assert.Equal("shm", spec.Mounts[3].Source);
        Assert.False(spec.Linux!.Resources!.Devices![0].Allow);
        Assert.Equal("rwm", spec.Linux.Resources.Devices[0].Access);
        Assert.Equal(5, spec.Linux.Namespaces!.Count);
        Assert.False(spec.HasUserNamespace);
        Assert.True(spec.HasUnknownMembers);
        Assert.True(spec.Process.HasUnknownMembers);
    }

    [Fact]
    public void CompactWriteOfCompactInputIsByteIdentical()
    {
        const string json = """{"ociVersion":"1.2.0","x":{"deep":[1,2.50,-0,1e3,"a\"\n",true,null,{"k":[]}]},"process":{"user":{"uid":1,"gid":2,"umask":18,"additionalGids":[5,6]},"env":["A=1"],"cwd":"/"},"mounts":[{"destination":"/a","uidMappings":[{"containerID":0,"hostID":1000,"size":1}],"type":"bind","source":"/b","options":["rbind"]}],"hooks":{"prestart":[{"path":"/p","args":["p","1"],"env":["E=1"],"timeout":5,"extra":1}],"poststop":[]},"linux":{"netDevices":{"eth0":{"name":"ctr0","x":true}},"intelRdt":{"closID":"c","schemata":["L3:0=f"],"enableMonitoring":true},"devices":[{"path":"/dev/x","type":"c","major":1,"minor":2,"fileMode":438,"uid":0,"gid":0}],"namespaces":[{"type":"user"},{"type":"network","path":"/proc/1/ns/net"}],"resources":{"devices":[{"allow":true,"type":"c","major":1,"minor":3,"access":"r"}],"memory":{"limit":1}}}}""";

        var spec = OciSpec.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(json, spec.ToJson(indented: false));
        Assert.True(spec.HasUserNamespace);
        Assert.Equal("ctr0", spec.Linux!.NetDevices!.Entries[0].Value.Name);
        Assert.Equal(new uint[] { 5, 6 }, spec.Process!.User!.AdditionalGids);
        Assert.Equal(5, spec.Hooks!.Prestart![0].Timeout);
        Assert.Empty(spec.Hooks.Poststop!);
        Assert.Equal(438u, spec.Linux.Devices![0].FileMode);
        Assert.Equal("/proc/1/ns/net", spec.Linux.Namespaces![1].Path);
        Assert.True(spec.Linux.IntelRdt!.EnableMonitoring);
    }

    [Fact]
    public void UnknownMembersInArraysAreReindentedWithTheirValues()
    {
        const string json = """{"a":[1,-0,2.50,1e3,"x\u0041",{"b":[true,null]}],"c":"\u00e9"}""";

        var spec = OciSpec.Read(Encoding.UTF8.GetBytes(json));
        string indented = spec.ToJson();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(indented)));
        Assert.Contains("    2.50,", indented, StringComparison.Ordinal);
        Assert.Contains("    1e3,", indented, StringComparison.Ordinal);
        Assert.Contains("    -0,", indented, StringComparison.Ordinal);
        Assert.Contains("\"c\": \"\\u00e9\"", indented, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"mounts":[{"destination":"/a","type":"bind","source":"/b","options":["rbind"]}]}""")] // declaration order
    [InlineData("""{"mounts":[{"source":"/b","destination":"/a"}]}""")] // out of order
    [InlineData("""{"mounts":[{"destination":"/a","type":null,"source":"/b"}]}""")] // a null member
    [InlineData("""{"mounts":[{"destination":"/a","source":"/b","destination":"/c"}]}""", """{"mounts":[{"destination":"/c","source":"/b"}]}""")] // a repeat: first place, last value
    [InlineData("""{"mounts":[{"destination":"/a","x":1,"source":"/b"}]}""")] // an unknown member between
    [InlineData("""{"mounts":[{"destination":"/a","source":"/b","x":[]}]}""")] // an unknown member last
    public void MembersAreWrittenBackInTheOrderTheyWereRead(string json, string? expected = null)
    {
        var spec = OciSpec.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(expected ?? json, spec.ToJson(indented: false));
    }

    [Fact]
    public void NullModeledMembersStayNull()
    {
        const string json = """{"process":null,"mounts":null,"linux":{"devices":null,"intelRdt":null}}""";

        var spec = OciSpec.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(spec.Process);
        Assert.Equal(json, spec.ToJson(indented: false));
    }

    [Fact]
    public void MembersAddedInCodeGoWhereTheRuntimeSpecDeclaresThem()
    {
        var spec = OciSpec.Read(TestFiles.Bytes("runc-config.json"));
        spec.Hooks = new OciHooks();
        spec.Hooks.GetOrCreate(OciHookKind.CreateContainer).Add(new OciHook { Path = "/bin/h" });
        spec.Linux!.Devices = new List<OciLinuxDevice> { new() { Path = "/dev/x", Type = "c", Major = 1, Minor = 2 } };

        string json = spec.ToJson(indented: false);

        Assert.Matches("\"mounts\":\\[.*\\],\"hooks\":\\{\"createContainer\":\\[\\{\"path\":\"/bin/h\"\\}\\]\\},\"linux\":", json);
        Assert.Contains("\"namespaces\":[{\"type\":\"pid\"},{\"type\":\"network\"},{\"type\":\"ipc\"},{\"type\":\"uts\"},{\"type\":\"mount\"}],\"devices\":[{\"path\":\"/dev/x\",\"type\":\"c\",\"major\":1,\"minor\":2}],\"maskedPaths\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFromStreamMatchesReadFromSpan()
    {
        using var stream = new MemoryStream(TestFiles.Bytes("runc-config.json"));

        var spec = OciSpec.Read(stream);

        Assert.Equal(TestFiles.Text("runc-config.jq.json"), spec.ToJson() + "\n");
    }

    [Fact]
    public void WriteToUtf8JsonWriterHonorsWriterOptions()
    {
        var spec = OciSpec.Read("""{"ociVersion":"1.0.2","process":{"env":["A=1"]}}"""u8);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            spec.Write(writer);
        }

        Assert.Equal("""{"ociVersion":"1.0.2","process":{"env":["A=1"]}}""", Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
