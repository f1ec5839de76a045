using BenchmarkDotNet.Running;

// Every benchmark class of this assembly; pick with --filter, e.g. --filter '*Inject*'.
BenchmarkSwitcher.FromAssembly(typeof(CdiGen.Bench.ParseBenchmarks).Assembly).Run(args);
