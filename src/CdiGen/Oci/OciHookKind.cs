namespace CdiGen.Oci;

/// <summary>The hook lists of the OCI runtime spec, in declaration order.</summary>
public enum OciHookKind
{
    /// <summary><c>prestart</c>.</summary>
    Prestart = 0,

    /// <summary><c>createRuntime</c>.</summary>
    CreateRuntime = 1,

    /// <summary><c>createContainer</c>.</summary>
    CreateContainer = 2,

    /// <summary><c>startContainer</c>.</summary>
    StartContainer = 3,

    /// <summary><c>poststart</c>.</summary>
    Poststart = 4,

    /// <summary><c>poststop</c>.</summary>
    Poststop = 5,
}
