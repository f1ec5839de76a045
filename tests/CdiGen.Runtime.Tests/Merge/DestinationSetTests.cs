using CdiGen.Merge;
using CsCheck;

namespace CdiGen.Runtime.Tests.Merge;

public class DestinationSetTests
{
    [Fact]
    public void AddsLikeAHashSetAcrossGrowthAndClears()
    {
        // Few distinct characters: many repeats; up to 300 entries: several resizes.
        var destinations = Gen.String[Gen.Char["/ab"], 0, 6].Null(0.05).Array[0, 300];
        var set = new DestinationSet();

        destinations.Sample(values =>
        {
            set.Clear();
            var expected = new HashSet<string?>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                Assert.Equal(expected.Add(value), set.Add(value));
            }

            // Every value is now present, whatever its hash bucket.
            foreach (var value in values)
            {
                Assert.False(set.Add(value));
            }
        }, iter: 500, threads: 1); // one set, reused across samples
    }

    [Fact]
    public void EqualHashesDoNotMakeDifferentStringsEqual()
    {
        var set = new DestinationSet();

        Assert.True(set.Add("/a", 7));
        Assert.True(set.Add("/b", 7));
        Assert.False(set.Add("/a", 7));
        Assert.False(set.Add("/b", 7));
    }
}
