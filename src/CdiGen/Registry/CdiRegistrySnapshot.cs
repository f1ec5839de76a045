using System;
using System.Collections.Generic;
using System.Linq;
using CdiGen.Merge;
using CdiGen.Names;
using CdiGen.Oci;

namespace CdiGen.Registry;

/// <summary>
/// The registry's state after one refresh: every loaded spec, the devices they resolve and
/// the errors found. A snapshot never changes, so everything asked of one snapshot agrees
/// (a device listed is a device that injects) while the registry moves on to newer ones.
/// </summary>
public sealed class CdiRegistrySnapshot
{
    private readonly Dictionary<QualifiedDeviceName, CdiRegistryDevice> _devices;

    internal CdiRegistrySnapshot(
        IReadOnlyList<string> directories,
        IReadOnlyList<CdiSpecFile> specs,
        Dictionary<QualifiedDeviceName, CdiRegistryDevice> devices,
        IReadOnlyList<CdiSpecError> errors)
    {
        SpecDirectories = directories;
        Specs = specs;
        _devices = devices;
        Errors = errors;
        // Computed once: lookups are frequent, snapshots are rare.
        Devices = devices.Values.OrderBy(device => device.Name.ToString(), StringComparer.Ordinal).ToArray();
        DeviceNames = Devices.Select(device => device.Name.ToString()).ToArray();
        Vendors = specs.Select(spec => spec.Vendor).Distinct().Order(StringComparer.Ordinal).ToArray();
        Classes = specs.Select(spec => spec.Class).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The spec directories that were scanned, in priority order.</summary>
    public IReadOnlyList<string> SpecDirectories { get; }

    /// <summary>Every valid spec file, in scan order (by priority, then by file name).</summary>
    public IReadOnlyList<CdiSpecFile> Specs { get; }

    /// <summary>The devices that resolve, sorted by qualified name (ordinal).</summary>
    public IReadOnlyList<CdiRegistryDevice> Devices { get; }

    /// <summary>The qualified names of <see cref="Devices"/>, sorted (ordinal).</summary>
    public IReadOnlyList<string> DeviceNames { get; }

    /// <summary>The vendors of all valid specs, sorted (ordinal).</summary>
    public IReadOnlyList<string> Vendors { get; }

    /// <summary>The classes of all valid specs, sorted (ordinal).</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Every problem found, sorted by path; the errors of one file in the order found.</summary>
    public IReadOnlyList<CdiSpecError> Errors { get; }

    /// <summary>The errors of one spec file (or directory); empty when it had none.</summary>
    /// <param name="path">The path as it appears in <see cref="CdiSpecError.Path"/>.</param>
    /// <returns>The errors, in the order found.</returns>
    public IReadOnlyList<CdiSpecError> GetErrors(string path) =>
        Errors.Where(error => string.Equals(error.Path, path, StringComparison.Ordinal)).ToArray();

    /// <summary>The valid specs of one vendor, in scan order.</summary>
    /// <param name="vendor">The vendor, e.g. <c>nvidia.com</c>.</param>
    /// <returns>The specs; empty for an unknown vendor.</returns>
    public IReadOnlyList<CdiSpecFile> GetVendorSpecs(string vendor) =>
        Specs.Where(spec => string.Equals(spec.Vendor, vendor, StringComparison.Ordinal)).ToArray();

    /// <summary>Looks a device up by qualified name.</summary>
    /// <param name="name">The device's qualified name.</param>
    /// <param name="device">The device, or <c>null</c>.</param>
    /// <returns>Whether the device resolves.</returns>
    public bool TryGetDevice(QualifiedDeviceName name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CdiRegistryDevice? device) =>
        _devices.TryGetValue(name, out device);

    /// <summary>Looks a device up by qualified name text, <c>vendor/class=name</c>.</summary>
    /// <param name="qualifiedName">The name; text that is not a valid qualified name resolves to nothing.</param>
    /// <returns>The device, or <c>null</c>.</returns>
    public CdiRegistryDevice? GetDevice(string qualifiedName) =>
        QualifiedDeviceName.TryParse(qualifiedName, out var name) && _devices.TryGetValue(name, out var device) ? device : null;

    /// <summary>Injects devices into an OCI spec; see <see cref="Inject(OciSpec, IReadOnlyList{string}, OciEditBatch?)"/>.</summary>
    /// <param name="oci">The container's OCI runtime spec, changed in place on success only.</param>
    /// <param name="qualifiedNames">The devices, <c>vendor/class=name</c>, in request order.</param>
    /// <exception cref="CdiInjectionException">A device does not resolve, or an edit cannot be applied; <paramref name="oci"/> is unchanged.</exception>
    public void Inject(OciSpec oci, params string[] qualifiedNames) =>
        Inject(oci, (IReadOnlyList<string>)qualifiedNames, null);

    /// <summary>
    /// Injects devices into an OCI spec in one transaction: for each device in request order,
    /// its spec's own edits the first time that spec is seen, then the device's edits, all
    /// through one <see cref="OciEditBatch"/>. Every name is resolved before anything is applied.
    /// </summary>
    /// <param name="oci">The container's OCI runtime spec, changed in place on success only.</param>
    /// <param name="qualifiedNames">The devices, <c>vendor/class=name</c>, in request order.</param>
    /// <param name="batch">A batch to reuse between injections on one thread; a new one when <c>null</c>.</param>
    /// <exception cref="CdiInjectionException">
    /// One or more devices do not resolve (the message and <see cref="CdiInjectionException.UnresolvedDevices"/>
    /// list all of them), or an edit cannot be applied. Either way <paramref name="oci"/> is unchanged.
    /// </exception>
    public void Inject(OciSpec oci, IReadOnlyList<string> qualifiedNames, OciEditBatch? batch = null)
    {
        ArgumentNullException.ThrowIfNull(oci);
        ArgumentNullException.ThrowIfNull(qualifiedNames);

        var resolved = new CdiRegistryDevice[qualifiedNames.Count];
        List<string>? unresolved = null;
        for (int i = 0; i < qualifiedNames.Count; i++)
        {
            if (GetDevice(qualifiedNames[i]) is { } device)
            {
                resolved[i] = device;
            }
            else
            {
                (unresolved ??= new List<string>()).Add(qualifiedNames[i]);
            }
        }

        if (unresolved is not null)
        {
            throw new CdiInjectionException($"unresolvable CDI devices {string.Join(", ", unresolved)}")
            {
                UnresolvedDevices = unresolved,
            };
        }

        batch ??= new OciEditBatch();
        batch.Clear();
        foreach (var device in resolved)
        {
            // The document is the one the device was resolved from, so the device is there
            // unless someone modified a shared document, which the contract forbids.
            if (!device.Spec.Document.AddDeviceEdits(device.Name.Name, batch))
            {
                throw new CdiInjectionException($"{device.Spec.Path}: device \"{device.Name}\" disappeared from its loaded spec (was the document modified?)");
            }
        }

        batch.Apply(oci);
    }
}
