using System.Collections.Generic;
using CdiGen.Merge;
using CdiGen.Validation;

namespace CdiGen.Registry;

/// <summary>
/// What the runtime needs of a CDI spec, whatever model the generator emitted for it: the
/// generated root type implements this, so registries and tools work with any schema.
/// </summary>
public interface ICdiSpecDocument
{
    /// <summary>The spec's <c>kind</c>, <c>vendor/class</c>.</summary>
    string Kind { get; }

    /// <summary>The declared <c>cdiVersion</c>.</summary>
    string CdiVersion { get; }

    /// <summary>The names of the spec's devices, in document order.</summary>
    IReadOnlyList<string> DeviceNames { get; }

    /// <summary>
    /// Adds the named device's edits to <paramref name="batch"/> (the spec's own edits first
    /// when the batch has not seen this spec). Returns <c>false</c> when there is no such device.
    /// </summary>
    bool AddDeviceEdits(string deviceName, OciEditBatch batch);

    /// <summary>Validates the spec; empty when valid.</summary>
    IReadOnlyList<CdiValidationError> Validate();

    /// <summary>The spec as JSON text.</summary>
    string ToJson(bool indented = true);

    /// <summary>The spec as YAML text.</summary>
    string ToYaml();
}
