namespace CdiGen.Oci;

/// <summary>Maps the hook names used by CDI and the runtime-spec to <see cref="OciHookKind"/>.</summary>
public static class OciHookNames
{
    /// <summary>Finds the hook list a name refers to; names are case-sensitive.</summary>
    /// <param name="name">A name such as <c>createContainer</c>.</param>
    /// <param name="kind">The list, when the name is known.</param>
    /// <returns>Whether the name is one of the six known hook names.</returns>
    public static bool TryParse(string? name, out OciHookKind kind)
    {
        switch (name)
        {
            case "prestart": kind = OciHookKind.Prestart; return true;
            case "createRuntime": kind = OciHookKind.CreateRuntime; return true;
            case "createContainer": kind = OciHookKind.CreateContainer; return true;
            case "startContainer": kind = OciHookKind.StartContainer; return true;
            case "poststart": kind = OciHookKind.Poststart; return true;
            case "poststop": kind = OciHookKind.Poststop; return true;
            default: kind = default; return false;
        }
    }
}
