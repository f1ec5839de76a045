using System;
using System.Collections.Generic;
using System.Linq;
using CdiGen.Names;
using CdiGen.Serialization;

namespace CdiGen.Registry;

/// <summary>
/// Scans spec directories into a new <see cref="CdiRegistrySnapshot"/>. Nothing here touches
/// the registry's current snapshot: the result is complete before anyone can see it.
/// </summary>
internal static class SnapshotBuilder
{
    public static CdiRegistrySnapshot Build(IReadOnlyList<string> directories, Func<string, ICdiSpecDocument> readSpec)
    {
        var specs = new List<CdiSpecFile>();
        var devices = new Dictionary<QualifiedDeviceName, CdiRegistryDevice>();
        var errors = new List<CdiSpecError>();

        for (int priority = 0; priority < directories.Count; priority++)
        {
            var files = SpecDirectoryScanner.List(directories[priority], out var directoryError);
            if (directoryError is not null)
            {
                errors.Add(directoryError);
            }

            // Definitions are collected per priority level first: only when the whole level is
            // known can we tell a conflict (two files at this level) from an override (this
            // level over a lower one).
            var level = new Dictionary<QualifiedDeviceName, List<CdiSpecFile>>();
            foreach (var path in files)
            {
                var spec = Load(path, priority, readSpec, errors);
                if (spec is null)
                {
                    continue;
                }

                specs.Add(spec);
                foreach (var deviceName in spec.Document.DeviceNames)
                {
                    var name = new QualifiedDeviceName(spec.Vendor, spec.Class, deviceName);
                    if (!level.TryGetValue(name, out var definers))
                    {
                        level.Add(name, definers = new List<CdiSpecFile>(1));
                    }

                    if (!definers.Contains(spec))
                    {
                        definers.Add(spec);
                    }
                }
            }

            MergeLevel(level, devices, errors);
        }

        // OrderBy is stable: the errors of one file keep the order they were found in.
        var sortedErrors = errors.OrderBy(error => error.Path, StringComparer.Ordinal).ToList();

        return new CdiRegistrySnapshot(directories, specs, devices, sortedErrors);
    }

    private static void MergeLevel(
        Dictionary<QualifiedDeviceName, List<CdiSpecFile>> level,
        Dictionary<QualifiedDeviceName, CdiRegistryDevice> devices,
        List<CdiSpecError> errors)
    {
        foreach (var (name, definers) in level)
        {
            if (definers.Count == 1)
            {
                // A higher priority silently replaces what lower directories defined.
                devices[name] = new CdiRegistryDevice(name, definers[0]);
                continue;
            }

            // Neither definition can be preferred, so neither is used. A lower-priority
            // definition is not resurrected either: this directory meant to define the device.
            devices.Remove(name);
            foreach (var spec in definers)
            {
                var others = new List<string>();
                foreach (var other in definers)
                {
                    if (!ReferenceEquals(other, spec))
                    {
                        others.Add(NameText.Quote(other.Path));
                    }
                }

                errors.Add(new CdiSpecError(
                    spec.Path,
                    CdiSpecErrorKind.Conflict,
                    $"{spec.Path}: device \"{name}\" is also defined by {string.Join(", ", others)} at the same priority; neither definition is used"));
            }
        }
    }

    private static CdiSpecFile? Load(string path, int priority, Func<string, ICdiSpecDocument> readSpec, List<CdiSpecError> errors)
    {
        ICdiSpecDocument? document;
        try
        {
            document = readSpec(path);
        }
        catch (CdiFormatException e)
        {
            errors.Add(new CdiSpecError(path, CdiSpecErrorKind.Read, e.Message));
            return null;
        }
        catch (Exception e)
        {
            // Whatever the reader throws concerns this file only: one bad file must not
            // hide the good ones (or abort the scan, as a panic does in the reference).
            errors.Add(new CdiSpecError(path, CdiSpecErrorKind.Read, $"{path}: {e.Message}"));
            return null;
        }

        if (document is null)
        {
            errors.Add(new CdiSpecError(path, CdiSpecErrorKind.Read, $"{path}: the spec reader returned no document"));
            return null;
        }

        var validation = document.Validate();
        if (validation.Count > 0)
        {
            foreach (var error in validation)
            {
                errors.Add(new CdiSpecError(path, CdiSpecErrorKind.Invalid, $"{path}: {error}", error.Code));
            }

            return null;
        }

        // Validate() checked the kind and device names; these guard against a document type
        // whose validation is weaker than its consumer assumes.
        if (!CdiNames.TryParseKind(document.Kind, out var vendor, out var @class))
        {
            errors.Add(new CdiSpecError(path, CdiSpecErrorKind.Invalid, $"{path}: {CdiNames.ValidateKind(document.Kind)}", "CDI005"));
            return null;
        }

        foreach (var deviceName in document.DeviceNames)
        {
            if (CdiNames.ValidateDeviceName(deviceName) is { } nameError)
            {
                errors.Add(new CdiSpecError(path, CdiSpecErrorKind.Invalid, $"{path}: {nameError}", "CDI006"));
                return null;
            }
        }

        return new CdiSpecFile(path, priority, document, vendor, @class);
    }
}
