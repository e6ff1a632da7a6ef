using Aqua.Benchmarks;
using BenchmarkDotNet.Running;

// `--check`: verify every benchmark's output (C# baselines and aquac) and exit.
// Anything else goes to BenchmarkDotNet, e.g. `--filter '*'`, `--filter '*Program*' --job short`.
if (args is ["--check"]) return OutputCheck.RunAll(Console.Out);
// The benchmark processes inherit these: the tiering settings aquac writes into every compiled
// program's runtimeconfig.json (Build/OutputWriter.cs), applied to both sides alike.
Environment.SetEnvironmentVariable("DOTNET_TC_QuickJitForLoops", "1");
Environment.SetEnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0");
BenchmarkSwitcher.FromAssembly(typeof(ProgramBenchmarks).Assembly).Run(args);
return 0;
