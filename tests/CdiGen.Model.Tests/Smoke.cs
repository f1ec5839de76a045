using CdiGen.Model;
namespace CdiGen.Model.Tests;
public class Smoke { [Fact] public void Works() => Assert.Equal("1.1.0", CdiSpecVersion.Latest.ToString()); }
