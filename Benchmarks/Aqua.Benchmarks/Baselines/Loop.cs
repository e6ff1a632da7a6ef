namespace Aqua.Benchmarks.Baselines;

/// <summary>loop.py: a counted loop summing <c>i % 7</c>.</summary>
public static class Loop
{
    public static void Run(TextWriter output)
    {
        long total = 0;
        for (long i = 0; i < 10_000_000; i++) total += i % 7;
        output.Write($"total = {total}\n");
    }
}
