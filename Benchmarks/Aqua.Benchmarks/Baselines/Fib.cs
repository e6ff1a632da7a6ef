namespace Aqua.Benchmarks.Baselines;

/// <summary>fib.py: naive recursion.</summary>
public static class Fib
{
    public static void Run(TextWriter output) => output.Write($"fib(32) = {Compute(32)}\n");

    private static long Compute(long n) => n < 2 ? n : Compute(n - 1) + Compute(n - 2);
}
