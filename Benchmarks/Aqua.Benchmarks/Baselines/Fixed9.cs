namespace Aqua.Benchmarks.Baselines;

/// <summary>The fmt9 of nbody.py and spectral_norm.py: 9 decimals, rounding half up on the magnitude.</summary>
internal static class Fixed9
{
    public static string Format(double x)
    {
        string sign = x < 0 ? "-" : "";
        long scaled = (long)(Math.Abs(x) * 1_000_000_000 + 0.5);
        return $"{sign}{scaled / 1_000_000_000}.{scaled % 1_000_000_000:D9}";
    }
}
