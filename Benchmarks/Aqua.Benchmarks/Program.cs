using Aqua.Benchmarks;
using BenchmarkDotNet.Running;

// `--check`: verify every benchmark's output (C# baselines and aquac) and exit.
// Anything else goes to BenchmarkDotNet, e.g. `--filter '*'`, `--filter '*Program*' --job short`.
if (args is ["--check"]) return OutputCheck.RunAll(Console.Out);
// The benchmark processes inherit these: the tiering and GC settings aquac writes into every compiled
// program's runtimeconfig.json (Build/OutputWriter.cs), applied to both sides alike.
Environment.SetEnvironmentVariable("DOTNET_TC_QuickJitForLoops", "1");
Environment.SetEnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0");
Environment.SetEnvironmentVariable("DOTNET_GCRegionSize", Aqua.Compiler.Build.OutputWriter.RegionSize.ToString("x"));
Environment.SetEnvironmentVariable("DOTNET_GCLOHThreshold", Aqua.Compiler.Build.OutputWriter.LargeObjectThreshold.ToString("x"));
BenchmarkSwitcher.FromAssembly(typeof(ProgramBenchmarks).Assembly).Run(args);
return 0;
