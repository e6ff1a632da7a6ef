using System.Text;
using Aqua.Compiler.Diagnostics;

namespace Aqua.Compiler.Build;

/// <summary>
/// Writes a runnable program: <c>NAME.dll</c>, <c>NAME.runtimeconfig.json</c> (so `dotnet NAME.dll`
/// finds the shared framework) and a copy of Aqua.Runtime.dll beside them.
/// </summary>
public static class OutputWriter
{
    public static void Write(string outputPath, byte[] assembly, string sourcePath)
    {
        string full = Path.GetFullPath(outputPath);
        if (!full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            throw new DiagnosticException(new Diagnostic(outputPath, "", "the output file must end in .dll"));
        if (string.Equals(full, Path.GetFullPath(sourcePath), StringComparison.Ordinal))
            throw new DiagnosticException(new Diagnostic(outputPath, "", "the output file would overwrite the input"));

        string dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(full, assembly);
        File.WriteAllText(Path.ChangeExtension(full, ".runtimeconfig.json"), RuntimeConfig(), new UTF8Encoding(false));
        string runtimeTarget = Path.Combine(dir, RuntimeAssembly.FileName);
        if (!string.Equals(Path.GetFullPath(RuntimeAssembly.Path), runtimeTarget, StringComparison.Ordinal))
            File.Copy(RuntimeAssembly.Path, runtimeTarget, overwrite: true);
    }

    /// <summary>The GC's region size in compiled programs: 32 MB, so that a young object of up to 16 MB fits in one.</summary>
    public const int RegionSize = 32 << 20;

    /// <summary>Arrays smaller than this (16 MB) are young objects in compiled programs (see <see cref="RuntimeConfig"/>).</summary>
    public const int LargeObjectThreshold = 16 << 20;

    /// <summary>
    /// Targets the major version of the runtime aquac itself runs on, rolling forward to newer
    /// minors. The tiering settings matter for whole-program speed (measured on the benchmarks):
    /// hot methods tier up without the start-up delay (which otherwise kept recursive code
    /// unoptimised for its first ~100 ms), and a method with loops starts unoptimised and
    /// instrumented like any other, its running loop moving to optimised code by on-stack
    /// replacement. Optimising loop methods at once instead (QuickJitForLoops off) compiled every
    /// method with a loop fully at its first call, even one that runs twice, and without profile
    /// data: the benchmarks spent up to a fifth of their time in the JIT, and the hot loops ran
    /// slower than their OSR versions (nbody 287 to 223 ms, queens 424 to 363 ms; mandelbrot, whose
    /// OSR code keeps loop variables in memory, 64 to 81 ms: see README, Speed).
    /// Globalization is invariant: AquaScript's semantics never depend on the machine's culture
    /// (the runtime formats, parses, compares and maps case by its own or ordinal rules), and
    /// without it the first print loaded ICU, about 4 ms of every run (print-one-line program
    /// 31.5 to 27.7 ms whole process).
    /// Arrays up to 16 MB are allocated in the young generation, in 32 MB regions, instead of the
    /// large object heap: the GC hands a dead large array's memory back to the kernel, so every new
    /// large list (sieve's 8 MB list, once per call) was fresh pages, each a page fault, while
    /// gen0's memory is reused (sieve 146 to 120 ms whole process, 28,900 to 8,100 page faults; the
    /// threshold alone changed nothing with the default 4 MB regions: a young object must fit in one).
    /// The cost is in mid-sized arrays that live long (dict_ops' tables): they are copied when
    /// they survive, and the young generation grows (about 15 ms more for dict_ops).
    /// </summary>
    public static string RuntimeConfig()
    {
        var v = Environment.Version;
        return $$"""
        {
          "runtimeOptions": {
            "tfm": "net{{v.Major}}.0",
            "framework": {
              "name": "Microsoft.NETCore.App",
              "version": "{{v.Major}}.0.0"
            },
            "configProperties": {
              "System.GC.Concurrent": false,
              "System.GC.RegionSize": {{RegionSize}},
              "System.GC.LOHThreshold": {{LargeObjectThreshold}},
              "System.Globalization.Invariant": true,
              "System.Runtime.TieredPGO": true,
              "System.Runtime.TieredCompilation.QuickJitForLoops": true,
              "System.Runtime.TieredCompilation.CallCountingDelayMs": 0
            }
          }
        }

        """.Replace("\r\n", "\n");
    }
}
