using CdiGen.Bench.Model;

namespace CdiGen.Bench;

/// <summary>
/// One spec read, the same work as goref's <c>bench-parse</c> op (<c>cdi.ReadSpec</c>): read
/// the file, parse it (JSON or YAML by extension), validate it.
/// </summary>
public static class ParseWorkload
{
    /// <summary>Reads and validates <paramref name="path"/>.</summary>
    /// <param name="path">A spec file.</param>
    /// <returns>The number of devices, so the work cannot be optimized away.</returns>
    /// <exception cref="System.InvalidOperationException">The spec is not valid.</exception>
    public static int Run(string path)
    {
        var spec = Spec.ReadFile(path);
        if (spec.Validate().Count > 0)
        {
            throw new System.InvalidOperationException($"{path} is not a valid spec");
        }

        return spec.Devices.Count;
    }
}
