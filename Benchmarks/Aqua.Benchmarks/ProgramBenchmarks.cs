using Aqua.Bench;
using Aqua.Benchmarks.Baselines;
using BenchmarkDotNet.Attributes;

namespace Aqua.Benchmarks;

/// <summary>
/// Each program of ../shared/bench, compiled by aquac and run in process, against the
/// hand-written C# baseline of the same algorithm. BenchmarkDotNet groups the two by
/// <see cref="Name"/>, so the Ratio column reads "aquac time / C# time" per program.
/// Compilation (Roslyn) happens in the global setup and is not measured; each measured
/// invocation is one whole run of the program, output to <see cref="TextWriter.Null"/>.
/// </summary>
[MemoryDiagnoser]
[GcConcurrent(false)] // as in the runtimeconfig aquac writes beside app.dll
public class ProgramBenchmarks
{
    private LoadedProgram? _program;
    private Action<TextWriter>? _baseline;

    /// <summary>Every program, or those listed in AQUA_BENCH_ONLY (comma-separated): `--filter` cannot select parameters.</summary>
    public static IEnumerable<string> Names =>
        Environment.GetEnvironmentVariable("AQUA_BENCH_ONLY") is { Length: > 0 } only
            ? BenchSuite.Names.Where(only.Split(',', StringSplitOptions.TrimEntries).Contains)
            : BenchSuite.Names;

    [ParamsSource(nameof(Names))]
    public string Name { get; set; } = "";

    [GlobalSetup(Target = nameof(CSharp))]
    public void SetUpCSharp()
    {
        OutputCheck.Require(Name, "C# baseline", Baselines.Baselines.Capture(Name));
        _baseline = Baselines.Baselines.Get(Name);
    }

    [GlobalSetup(Target = nameof(Aquac))]
    public void SetUpAquac()
    {
        _program = LoadedProgram.Compile(Name);
        OutputCheck.Require(Name, "aquac", _program.RunCapturingOutput());
    }

    [Benchmark(Baseline = true, Description = "C#")]
    public void CSharp() => _baseline!(TextWriter.Null);

    [Benchmark(Description = "aquac")]
    public int Aquac() => _program!.Run(TextWriter.Null, TextWriter.Null);
}
