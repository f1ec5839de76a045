using CdiGen.Names;

namespace CdiGen.Registry;

/// <summary>A device the registry resolves, and the spec file that defines it.</summary>
public sealed class CdiRegistryDevice
{
    internal CdiRegistryDevice(QualifiedDeviceName name, CdiSpecFile spec)
    {
        Name = name;
        Spec = spec;
    }

    /// <summary>The device's qualified name, <c>vendor/class=name</c>.</summary>
    public QualifiedDeviceName Name { get; }

    /// <summary>The spec file the device comes from.</summary>
    public CdiSpecFile Spec { get; }

    /// <inheritdoc />
    public override string ToString() => Name.ToString();
}
