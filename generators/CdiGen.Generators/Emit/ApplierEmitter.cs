using System.Collections.Generic;
using System.Linq;
using CdiGen.Generators.Model;

namespace CdiGen.Generators.Emit;

/// <summary>
/// Emits the appliers: for every type with <c>x-cdi-merge</c> properties, an <c>AddTo</c>
/// that hands each field to the runtime merge primitive its keyword names; for the root, an
/// <c>Inject</c> that combines spec-level and device edits and applies them in one
/// transaction. Nothing here allocates beyond what the merge itself appends.
/// </summary>
internal static class ApplierEmitter
{
    /// <summary>How each merge kind reaches its primitive: the call and, for objects, how an item becomes the primitive's input.</summary>
    private sealed record MergeShape(string? EditType, string[] ConstructorFields, Dictionary<string, string> Members);

    private static readonly Dictionary<string, MergeShape> s_objectMerges = new()
    {
        ["deviceNodes"] = new("DeviceNodeEdit", new[] { "path" }, new()
        {
            ["hostPath"] = "HostPath = {0}",
            ["type"] = "Type = {0}",
            ["major"] = "Major = {0} ?? 0",
            ["minor"] = "Minor = {0} ?? 0",
            ["fileMode"] = "FileMode = {0}",
            ["permissions"] = "Permissions = {0}",
            ["uid"] = "Uid = {0}",
            ["gid"] = "Gid = {0}",
        }),
        ["mounts"] = new("MountEdit", new[] { "hostPath", "containerPath" }, new()
        {
            ["type"] = "Type = {0}",
            ["options"] = "Options = {0}",
        }),
        ["hooks"] = new("HookEdit", new[] { "path" }, new()
        {
            ["args"] = "Args = {0}",
            ["env"] = "Env = {0}",
            // OCI keeps the timeout as a signed int; CDI allows uint32, so clamp rather than wrap.
            ["timeout"] = "Timeout = {0} is {{ }} timeout ? (int)System.Math.Min(timeout, int.MaxValue) : null",
        }),
        ["intelRdt"] = new("IntelRdtEdit", new string[0], new()
        {
            ["closID"] = "ClosId = {0}",
            ["l3CacheSchema"] = "L3CacheSchema = {0}",
            ["memBwSchema"] = "MemBwSchema = {0}",
            ["schemata"] = "Schemata = {0}",
            ["enableCMT"] = "EnableCmt = {0} == true",
            ["enableMBM"] = "EnableMbm = {0} == true",
            ["enableMonitoring"] = "EnableMonitoring = {0} == true",
        }),
    };

    public static bool HasMerges(TypeModel type) => type.Properties.Any(p => p.Merge is not null);

    public static string EmitAddTo(GenerationModel model, TypeModel type)
    {
        var types = model.Schema.Types.ToDictionary(t => t.Name);
        var w = new SourceWriter().FileHeader(model.Namespace, "CdiGen.Merge");
        w.Open($"partial class {type.Name}");
        w.Summary("Adds these edits to <paramref name=\"batch\"/>, each field through the merge primitive the schema names for it.");
        w.Open("public void AddTo(OciEditBatch batch)");
        foreach (var property in type.Properties.Where(p => p.Merge is not null))
        {
            EmitMerge(w, property, property.ObjectType is null ? null : types[property.ObjectType]);
        }
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void EmitMerge(SourceWriter w, PropertyModel property, TypeModel? itemType)
    {
        var local = CSharp.ToCamel(property.ClrName);
        w.Open($"if ({property.ClrName} is {{ }} {local})");
        switch (property.Merge)
        {
            case "env":
                w.Open($"foreach (var entry in {local})");
                w.Line("batch.AddEnv(entry);");
                w.Close();
                break;
            case "additionalGids":
                w.Open($"foreach (var gid in {local})");
                w.Line("batch.AddAdditionalGid(gid);");
                w.Close();
                break;
            case "netDevices":
                w.Open($"foreach (var device in {local})");
                w.Line("batch.AddNetDevice(device.HostInterfaceName, device.Name);");
                w.Close();
                break;
            case "intelRdt":
                w.Line($"batch.SetIntelRdt({Construct(s_objectMerges["intelRdt"], itemType!, local)});");
                break;
            case "hooks":
                w.Open($"foreach (var hook in {local})");
                w.Line($"batch.AddHook(hook.HookName, {Construct(s_objectMerges["hooks"], itemType!, "hook")});");
                w.Close();
                break;
            default:
                var shape = s_objectMerges[property.Merge!];
                w.Open($"foreach (var item in {local})");
                w.Line($"batch.Add{(property.Merge == "deviceNodes" ? "DeviceNode" : "Mount")}({Construct(shape, itemType!, "item")});");
                w.Close();
                break;
        }
        w.Close();
    }

    private static string Construct(MergeShape shape, TypeModel itemType, string item)
    {
        var byJson = itemType.Properties.ToDictionary(p => p.JsonName);
        var arguments = string.Join(", ", shape.ConstructorFields.Select(f => $"{item}.{byJson[f].ClrName}"));
        var members = itemType.Properties
            .Where(p => shape.Members.ContainsKey(p.JsonName))
            .Select(p => string.Format(shape.Members[p.JsonName], $"{item}.{p.ClrName}"))
            .ToList();
        var creation = $"new {shape.EditType}({arguments})";
        return members.Count == 0 ? creation : creation + " { " + string.Join(", ", members) + " }";
    }

    /// <summary>The root's <c>Inject</c>: spec-level edits once, then each requested device's, in one transaction.</summary>
    /// <returns>The source, or <c>null</c> when the schema has no devices with mergeable edits to inject.</returns>
    public static string? EmitInject(GenerationModel model, TypeModel root)
    {
        var devices = root.Properties.FirstOrDefault(p => p.IsList && p.ObjectType is not null && p.UniqueKeys.Contains("name"));
        var deviceType = devices is null ? null : model.Schema.Types.First(t => t.Name == devices.ObjectType);
        var deviceEdits = deviceType?.Properties.FirstOrDefault(p => p.ObjectType is { } t && model.Schema.Types.Any(x => x.Name == t && HasMerges(x)));
        var kind = root.Properties.FirstOrDefault(p => p.Format == "kind");
        if (devices is null || deviceType is null || deviceEdits is null || kind is null)
        {
            return null;
        }
        var specEdits = root.Properties.FirstOrDefault(p => p.Merge is null && p.ObjectType is { } t && model.Schema.Types.Any(x => x.Name == t && HasMerges(x)));
        var version = root.Properties.FirstOrDefault(p => p.Role == "version");
        var w = new SourceWriter().FileHeader(model.Namespace, "System", "System.Collections.Generic", "CdiGen.Merge", "CdiGen.Oci", "CdiGen.Registry");
        w.Open($"partial class {root.Name}" + (version is null ? "" : " : ICdiSpecDocument"));
        if (version is not null)
        {
            w.Line("/// <inheritdoc />");
            w.Line($"string ICdiSpecDocument.Kind => {kind.ClrName};");
            w.Line();
            w.Line("/// <inheritdoc />");
            w.Line($"string ICdiSpecDocument.CdiVersion => {version.ClrName};");
            w.Line();
            w.Line("/// <inheritdoc />");
            w.Line($"IReadOnlyList<string> ICdiSpecDocument.DeviceNames => {devices.ClrName}.ConvertAll(static device => device.Name);");
            w.Line();
        }
        w.Summary($"The device of this spec named <paramref name=\"name\"/>, or <c>null</c>.");
        w.Open($"public {deviceType.Name}? FindDevice(string name)");
        w.Open($"foreach (var device in {devices.ClrName})");
        w.Open("if (string.Equals(device.Name, name, StringComparison.Ordinal))");
        w.Line("return device;");
        w.Close();
        w.Close();
        w.Line("return null;");
        w.Close();
        w.Line();
        w.Summary("Adds the edits of the named device to <paramref name=\"batch\"/>: this spec's own edits first if the batch has not seen the spec yet, then the device's.");
        w.Line("/// <returns><c>false</c> when the spec has no such device (nothing is added then).</returns>");
        w.Open("public bool AddDeviceEdits(string deviceName, OciEditBatch batch)");
        w.Open($"if (FindDevice(deviceName) is not {{ }} device)");
        w.Line("return false;");
        w.Close();
        w.Open("if (batch.TryBeginSpec(this))");
        if (specEdits is not null)
        {
            w.Line($"{specEdits.ClrName}?.AddTo(batch);");
        }
        w.Close();
        w.Line($"device.{deviceEdits.ClrName}{(TypeNames.IsReferenceRequired(deviceEdits) ? "" : "?")}.AddTo(batch);");
        w.Line("return true;");
        w.Close();
        w.Line();
        w.Summary("Injects the named devices of this spec into <paramref name=\"oci\"/>, in order, in one transaction.");
        w.Line("/// <param name=\"oci\">The container's OCI runtime spec, changed in place on success only.</param>");
        w.Line("/// <param name=\"deviceNames\">Device names (without vendor/class) in request order.</param>");
        w.Line("/// <param name=\"batch\">A batch to reuse across injections (so that re-applying allocates nothing); a new one when <c>null</c>.</param>");
        w.Line("/// <exception cref=\"CdiInjectionException\">A device is unknown, or an edit cannot be applied; <paramref name=\"oci\"/> is unchanged.</exception>");
        w.Open("public void Inject(OciSpec oci, IReadOnlyList<string> deviceNames, OciEditBatch? batch = null)");
        w.Line("batch ??= new OciEditBatch();");
        w.Line("batch.Clear();");
        w.Line("List<string>? unresolved = null;");
        // An indexed loop: foreach over the interface would allocate an enumerator per injection.
        w.Open("for (var i = 0; i < deviceNames.Count; i++)");
        w.Open("if (!AddDeviceEdits(deviceNames[i], batch))");
        w.Line("(unresolved ??= new List<string>()).Add(deviceNames[i]);");
        w.Close();
        w.Close();
        w.Open("if (unresolved is not null)");
        w.Line($"throw new CdiInjectionException($\"unresolvable CDI devices {{string.Join(\", \", unresolved)}} in {{{kind.ClrName}}}\");");
        w.Close();
        w.Line("batch.Apply(oci);");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
