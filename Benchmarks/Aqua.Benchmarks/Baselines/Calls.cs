namespace Aqua.Benchmarks.Baselines;

/// <summary>calls.py: a loop calling a two-argument function (the JIT may inline it, as it would in any C# program).</summary>
public static class Calls
{
    public static void Run(TextWriter output) => output.Write($"sum = {Sum(3_000_000)}\n");

    private static long Add(long a, long b) => a + b;

    private static long Sum(long n)
    {
        long acc = 0;
        for (long i = 0; i < n; i++) acc = Add(acc, i);
        return acc;
    }
}
