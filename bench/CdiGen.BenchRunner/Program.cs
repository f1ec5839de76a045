using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CdiGen.Bench;
using CdiGen.Bench.Model;

// Same commands, flags and output as goref's bench-* commands (flags before positionals):
//   inject  --spec-dir DIR --oci CONFIG.json --n N [--warmup W] [--warmup-ms MS] DEVICE...
//   inject-phases  (inject's flags): one line each for the read alone, the read and the edits,
//           and the write alone of the same injection, to see where inject's time goes
//   refresh --spec-dir DIR --n N [--warmup W] [--warmup-ms MS]
//   parse   --n N [--warmup W] [--warmup-ms MS] FILE
//   tojson  IN.yaml OUT.json   (the spec as indented JSON, through the generated Spec.ToJson)
//   describe-nodes IN.yaml OUT.json
//           (the spec as JSON with every device node that has a type and major number given
//            a fileMode of 0666 too: nodes that newest CDI applies without a host lookup)
//   present-nodes IN.yaml OUT.json HOSTPATH
//           (the spec as JSON with every device node's hostPath set to HOSTPATH, an existing
//            node such as /dev/null: the lookups then find a node, as on a host with the GPUs)
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: CdiGen.BenchRunner inject|inject-phases|refresh|parse|tojson|describe-nodes|present-nodes ...");
    return 2;
}

var options = new Dictionary<string, string>(StringComparer.Ordinal);
var positional = new List<string>();
for (int i = 1; i < args.Length; i++)
{
    if (positional.Count == 0 && args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
    {
        options[args[i][2..]] = args[++i];
    }
    else
    {
        positional.Add(args[i]);
    }
}

int Int(string key, int fallback) =>
    options.TryGetValue(key, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string Required(string key) =>
    options.TryGetValue(key, out var text) ? text : throw new ArgumentException($"--{key} is required");

int n = Int("n", 1000);
int warmupMs = Int("warmup-ms", 500);
switch (args[0])
{
    case "inject":
    {
        var workload = new InjectWorkload(File.ReadAllBytes(Required("oci")), DeviceSources.Refresh(Required("spec-dir")), positional);
        Measurement.Run("inject", n, Int("warmup", 10), warmupMs, workload.Run, $" devices={positional.Count}");
        return 0;
    }
    case "inject-phases":
    {
        var workload = new InjectWorkload(File.ReadAllBytes(Required("oci")), DeviceSources.Refresh(Required("spec-dir")), positional);
        var injected = workload.Injected();
        Measurement.Run("inject-read", n, Int("warmup", 10), warmupMs, workload.Read, $" devices={positional.Count}");
        Measurement.Run("inject-read-apply", n, Int("warmup", 10), warmupMs, workload.ReadAndApply, $" devices={positional.Count}");
        Measurement.Run("inject-write", n, Int("warmup", 10), warmupMs, () => workload.Write(injected), $" devices={positional.Count}");
        Measurement.Run("inject", n, Int("warmup", 10), warmupMs, workload.Run, $" devices={positional.Count}");
        return 0;
    }
    case "refresh":
    {
        string directory = Required("spec-dir");
        Measurement.Run("refresh", n, Int("warmup", 1), warmupMs, () => DeviceSources.Refresh(directory).DeviceCount);
        return 0;
    }
    case "parse":
    {
        string file = positional[0];
        Measurement.Run("parse", n, Int("warmup", 10), warmupMs, () => ParseWorkload.Run(file));
        return 0;
    }
    case "tojson":
        File.WriteAllText(positional[1], Spec.ReadFile(positional[0]).ToJson() + "\n");
        return 0;
    case "describe-nodes":
        SpecVariants.DescribeNodes(positional[0], positional[1]);
        return 0;
    case "present-nodes":
        SpecVariants.PointNodesAt(positional[0], positional[1], positional[2]);
        return 0;
    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}
