using System.Collections.Generic;

namespace CdiGen.Merge;

/// <summary>A CDI <c>hooks</c> entry without its name, as input to <see cref="OciEditBatch"/>.</summary>
public readonly struct HookEdit
{
    /// <summary>Creates a hook edit.</summary>
    /// <param name="path">The program to run.</param>
    public HookEdit(string path) => Path = path;

    /// <summary><c>path</c> of the program (required).</summary>
    public string Path { get; init; }

    /// <summary><c>args</c>; copied into the OCI spec.</summary>
    public IReadOnlyList<string>? Args { get; init; }

    /// <summary><c>env</c>; copied into the OCI spec.</summary>
    public IReadOnlyList<string>? Env { get; init; }

    /// <summary><c>timeout</c> in seconds; null leaves it out.</summary>
    public int? Timeout { get; init; }
}
