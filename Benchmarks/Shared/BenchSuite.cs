namespace Aqua.Bench;

/// <summary>
/// The benchmark programs of <c>../shared/bench</c> (beside the repository root): where they
/// are and what they are called. Shared by Aqua.Benchmarks and Aqua.Compare.
/// </summary>
public static class BenchSuite
{
    /// <summary>Every benchmark, in the order of the shared README's table.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["fib", "loop", "calls", "concat", "nbody", "spectral_norm", "sieve", "queens", "mandelbrot", "dict_ops"];

    /// <summary>
    /// The bench folder: <c>AQUA_BENCH_DIR</c> if set, else <c>shared/bench</c> beside the first
    /// folder above this assembly (or the working directory) that holds <c>AquaVM.sln</c>.
    /// BenchmarkDotNet runs a copy of the assembly in a generated folder below the project's
    /// bin/, so walking up from there still finds the repository.
    /// </summary>
    public static string Directory { get; } = Locate();

    public static string File(string name, string extension) => Path.Combine(Directory, name + extension);

    /// <summary>The exact output a benchmark must print.</summary>
    public static string ExpectedStdout(string name) => System.IO.File.ReadAllText(File(name, ".stdout"));

    private static string Locate()
    {
        string? overridden = Environment.GetEnvironmentVariable("AQUA_BENCH_DIR");
        if (!string.IsNullOrEmpty(overridden)) return Path.GetFullPath(overridden);
        foreach (string start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "AquaVM.sln")))
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "bench"));
            }
        }
        throw new DirectoryNotFoundException(
            "cannot find AquaVM.sln above " + AppContext.BaseDirectory + "; set AQUA_BENCH_DIR to the bench folder");
    }
}
