using System;
using System.Collections.Generic;
using System.Linq;
using CdiGen.Names;

namespace CdiGen.Annotations;

/// <summary>
/// CDI device-injection requests carried in container annotations: a key
/// <c>cdi.k8s.io/&lt;plugin&gt;_&lt;deviceId&gt;</c> whose value is a comma-separated list of
/// qualified device names. Device plugins write them; runtimes read them.
/// </summary>
public static class CdiAnnotations
{
    /// <summary>The prefix of every CDI injection-request annotation key.</summary>
    public const string Prefix = "cdi.k8s.io/";

    /// <summary>The longest name part of a key, after the prefix (the Kubernetes qualified-name limit).</summary>
    public const int MaxNameLength = 63;

    /// <summary>
    /// Builds the annotation key for one allocation of a device plugin:
    /// <c>cdi.k8s.io/&lt;pluginName&gt;_&lt;deviceId&gt;</c>, with every '/' in the device id turned
    /// into '_' so the key keeps a single '/'.
    /// </summary>
    /// <param name="pluginName">The plugin, by convention <c>vendor.device-type</c>.</param>
    /// <param name="deviceId">The allocated device's id; makes the key unique per allocation.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// An argument is empty, or the name part is longer than 63 characters or is not a valid
    /// qualified name (letters, digits, '_', '-', '.', starting and ending with a letter or digit).
    /// </exception>
    public static string AnnotationKey(string pluginName, string deviceId)
    {
        ArgumentNullException.ThrowIfNull(pluginName);
        ArgumentNullException.ThrowIfNull(deviceId);
        if (pluginName.Length == 0)
        {
            throw new ArgumentException("invalid plugin name: must not be empty", nameof(pluginName));
        }

        if (deviceId.Length == 0)
        {
            throw new ArgumentException("invalid device id: must not be empty", nameof(deviceId));
        }

        var name = pluginName + "_" + deviceId.Replace('/', '_');
        var error = ValidateKeyName(name);
        return error is null ? Prefix + name : throw new ArgumentException(error, nameof(deviceId));
    }

    /// <summary>Joins qualified device names into an annotation value, checking each one.</summary>
    /// <param name="devices">Qualified device names, <c>vendor/class=name</c>.</param>
    /// <returns>The names joined by ','; empty for no devices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="devices"/> is null.</exception>
    /// <exception cref="ArgumentException">A device is not a valid qualified name; the message says why.</exception>
    public static string AnnotationValue(IEnumerable<string> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var list = devices.ToList();
        foreach (var device in list)
        {
            var error = CdiNames.ValidateQualifiedName(device);
            if (error is not null)
            {
                throw new ArgumentException(error, nameof(devices));
            }
        }

        return string.Join(",", list);
    }

    /// <summary>
    /// Adds the injection request of one plugin allocation to <paramref name="annotations"/>.
    /// On any error nothing is changed.
    /// </summary>
    /// <param name="annotations">The annotations to add to.</param>
    /// <param name="pluginName">The plugin, by convention <c>vendor.device-type</c>.</param>
    /// <param name="deviceId">The allocated device's id.</param>
    /// <param name="devices">Qualified names of the devices to inject.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The key cannot be built, a device name is invalid, or the key is already present (an
    /// existing request is never overwritten).
    /// </exception>
    public static void UpdateAnnotations(IDictionary<string, string> annotations, string pluginName, string deviceId, IEnumerable<string> devices)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        var key = AnnotationKey(pluginName, deviceId);
        if (annotations.ContainsKey(key))
        {
            throw new ArgumentException($"CDI annotation key {NameText.Quote(key)} is already used; an existing request is not overwritten", nameof(annotations));
        }

        annotations.Add(key, AnnotationValue(devices));
    }

    /// <summary>
    /// Collects the CDI injection requests from container annotations. Only keys that start
    /// with <see cref="Prefix"/> are read; each value must be a comma-separated list of qualified
    /// device names. Keys are visited in ordinal order so the result does not depend on the
    /// dictionary's enumeration order.
    /// </summary>
    /// <param name="annotations">The container's annotations.</param>
    /// <returns>
    /// The request keys and the requested devices. When any value is invalid the keys and
    /// devices are empty (as in the reference, one bad request fails the whole parse) and
    /// <see cref="CdiDeviceRequests.Errors"/> names every bad value.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="annotations"/> is null.</exception>
    public static CdiDeviceRequests ParseAnnotations(IReadOnlyDictionary<string, string> annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        var keys = new List<string>();
        var devices = new List<string>();
        var errors = new List<string>();
        foreach (var key in annotations.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).OrderBy(k => k, StringComparer.Ordinal))
        {
            // An empty value splits into one empty name, which is invalid: a request must name a device.
            foreach (var device in (annotations[key] ?? string.Empty).Split(','))
            {
                var error = CdiNames.ValidateQualifiedName(device);
                if (error is null)
                {
                    devices.Add(device);
                }
                else
                {
                    errors.Add($"annotation {NameText.Quote(key)}: invalid CDI device name {NameText.Quote(device)}: {error}");
                }
            }

            keys.Add(key);
        }

        return errors.Count == 0
            ? new CdiDeviceRequests(keys, devices, Array.Empty<string>())
            : new CdiDeviceRequests(Array.Empty<string>(), Array.Empty<string>(), errors);
    }

    private static string? ValidateKeyName(string name)
    {
        var quoted = NameText.Quote(name);
        if (name.Length > MaxNameLength)
        {
            return $"invalid CDI annotation name {quoted}: {name.Length} characters, at most {MaxNameLength} are allowed";
        }

        if (!char.IsAsciiLetterOrDigit(name[0]))
        {
            return $"invalid CDI annotation name {quoted}: must start with a letter or digit";
        }

        for (var i = 1; i < name.Length - 1; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return $"invalid CDI annotation name {quoted}: character {NameText.Describe(c)} at position {i + 1} is not allowed (only letters, digits, '_', '-' and '.')";
            }
        }

        return char.IsAsciiLetterOrDigit(name[^1])
            ? null
            : $"invalid CDI annotation name {quoted}: must end with a letter or digit";
    }
}
