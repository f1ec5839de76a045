using CdiGen.Merge;
using CdiGen.Reliability.Tests.Filesystem;

namespace CdiGen.Reliability.Tests.Concurrency;

/// <summary>
/// Every result an injection may have while the files churn: for each request, the OCI spec
/// (as JSON) that injecting it gives with each combination of one complete version per file,
/// computed beforehand by a registry nobody else touches.
/// </summary>
internal static class ExpectedInjections
{
    public static HashSet<string>[] Compute()
    {
        var expected = ChurnFiles.Requests.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        using var temp = new TempDirectory();
        var dir = temp.Dir("oracle");
        using var registry = Registries.Create(dir);
        var written = new int[ChurnFiles.All.Length];
        Array.Fill(written, -1);
        foreach (var combination in Combinations(ChurnFiles.All.Length))
        {
            for (int file = 0; file < combination.Length; file++)
            {
                // Plain writes of changed files only: nobody reads this directory concurrently,
                // and 216 combinations of fsynced writes would cost seconds.
                if (written[file] != combination[file])
                {
                    var churned = ChurnFiles.All[file];
                    File.WriteAllText(Path.Join(dir, churned.FileName), churned.Texts[combination[file]]);
                    written[file] = combination[file];
                }
            }

            registry.Refresh();
            for (int request = 0; request < ChurnFiles.Requests.Length; request++)
            {
                var oci = Registries.BaseOci();
                try
                {
                    registry.Inject(oci, ChurnFiles.Requests[request]);
                    expected[request].Add(oci.ToJson());
                }
                catch (CdiInjectionException) when (combination[0] % 2 == 0)
                {
                    // Device 2 is missing from even gpu versions; the stress test expects that failure too.
                }
            }
        }

        return expected;
    }

    private static IEnumerable<int[]> Combinations(int files)
    {
        var current = new int[files];
        while (true)
        {
            yield return (int[])current.Clone();
            int position = files - 1;
            while (position >= 0 && ++current[position] == ChurnFiles.Versions)
            {
                current[position--] = 0;
            }

            if (position < 0)
            {
                yield break;
            }
        }
    }
}
