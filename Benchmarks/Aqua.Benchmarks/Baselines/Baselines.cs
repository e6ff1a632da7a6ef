namespace Aqua.Benchmarks.Baselines;

/// <summary>
/// The hand-written C# version of each benchmark: the same algorithm as <c>NAME.py</c>, written
/// as a C# programmer would (long/double, arrays, Dictionary, StringBuilder), printing exactly
/// <c>NAME.stdout</c>.
/// </summary>
public static class Baselines
{
    private static readonly Dictionary<string, Action<TextWriter>> ByName = new()
    {
        ["fib"] = Fib.Run,
        ["loop"] = Loop.Run,
        ["calls"] = Calls.Run,
        ["concat"] = Concat.Run,
        ["nbody"] = NBody.Run,
        ["spectral_norm"] = SpectralNorm.Run,
        ["sieve"] = Sieve.Run,
        ["queens"] = Queens.Run,
        ["mandelbrot"] = Mandelbrot.Run,
        ["dict_ops"] = DictOps.Run,
    };

    public static Action<TextWriter> Get(string name) =>
        ByName.TryGetValue(name, out var run) ? run : throw new ArgumentException($"no C# baseline for '{name}'", nameof(name));

    /// <summary>Runs the baseline and returns what it printed.</summary>
    public static string Capture(string name)
    {
        var output = new StringWriter { NewLine = "\n" };
        Get(name)(output);
        return output.ToString();
    }
}
