namespace CdiGen.Registry;

/// <summary>Why a spec file, or some of its devices, did not make it into the registry.</summary>
public enum CdiSpecErrorKind
{
    /// <summary>The file could not be read or parsed; none of it is used.</summary>
    Read,

    /// <summary>The file parsed but is not a valid spec; none of it is used.</summary>
    Invalid,

    /// <summary>
    /// Another file of the same priority defines the same device; that device is dropped from
    /// both files, their other devices stay.
    /// </summary>
    Conflict,

    /// <summary>A spec directory exists but could not be listed.</summary>
    Directory,
}
