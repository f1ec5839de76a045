using CdiGen.Oci;

namespace CdiGen.Runtime.Tests.Merge;

internal static class OciSpecFixtures
{
    public static OciSpec Runc() => OciSpec.Read(TestFiles.Bytes("runc-config.json"));
}
