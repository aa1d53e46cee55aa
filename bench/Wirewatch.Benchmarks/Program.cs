using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Wirewatch.Benchmarks.TaggerBenchmark).Assembly).Run(args);
