using Aqua.Bench;
using Aqua.Benchmarks.Baselines;

namespace Aqua.Benchmarks;

/// <summary>
/// Checks that what a benchmark prints is exactly <c>NAME.stdout</c>: in every benchmark's
/// global setup, and for the whole suite in <c>--check</c> mode.
/// </summary>
public static class OutputCheck
{
    /// <summary>Throws (failing the benchmark) when the output differs from NAME.stdout.</summary>
    public static void Require(string name, string side, string actual)
    {
        string? problem = Compare(name, actual);
        if (problem is not null) throw new InvalidOperationException($"{name} ({side}): {problem}");
    }

    /// <summary>The --check mode: every C# baseline and every aquac-compiled program, run once.</summary>
    public static int RunAll(TextWriter log)
    {
        int failures = 0;
        foreach (string name in BenchSuite.Names)
        {
            failures += Report(log, name, "C#", () => Baselines.Baselines.Capture(name));
            failures += Report(log, name, "aquac", () => LoadedProgram.Compile(name).RunCapturingOutput());
        }
        log.WriteLine(failures == 0 ? "all outputs match" : $"{failures} output(s) differ");
        return failures == 0 ? 0 : 1;
    }

    private static int Report(TextWriter log, string name, string side, Func<string> run)
    {
        string? problem;
        try
        {
            problem = Compare(name, run());
        }
        catch (Exception e)
        {
            problem = $"failed: {e.GetType().Name}: {e.Message}";
        }
        log.WriteLine($"{(problem is null ? "ok  " : "FAIL")}  {name,-14} {side,-6} {problem}");
        return problem is null ? 0 : 1;
    }

    private static string? Compare(string name, string actual)
    {
        string expected = BenchSuite.ExpectedStdout(name);
        return actual == expected ? null : $"output differs from {name}.stdout\n--- expected\n{expected}--- actual\n{actual}";
    }
}
