using Aqua.Benchmarks;
using BenchmarkDotNet.Running;

// `--check`: verify every benchmark's output (C# baselines and aquac) and exit.
// Anything else goes to BenchmarkDotNet, e.g. `--filter '*'`, `--filter '*Program*' --job short`.
if (args is ["--check"]) return OutputCheck.RunAll(Console.Out);
BenchmarkSwitcher.FromAssembly(typeof(ProgramBenchmarks).Assembly).Run(args);
return 0;
