using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Runtime.V;

namespace Aqua.Tests.Runtime;

/// <summary>
/// <c>x ** 0.5</c> through sqrt (SqrtPow.cs) keeps the bits of <see cref="Math.Pow"/>, which is
/// what CPython's float ** returns (ACODE.md 6.4). The inputs are deterministic and aim at the
/// places where sqrt and glibc's pow part: roots near the midpoint between two doubles, inputs
/// just around powers of two, subnormals.
/// </summary>
public class PowerSqrtTests
{
    private const int Kinds = 9;

    private static readonly string[] KindNames =
    [
        "random bits", "normal range", "near squares", "near midpoints", "near powers of two",
        "perfect squares", "subnormals", "small normals", "roots near the bound",
    ];

    /// <summary>A positive finite double of the given kind.</summary>
    private static double Input(Random rng, int kind)
    {
        switch (kind)
        {
            case 0: // Any positive finite double.
                return Bits(rng.NextInt64(1, 0x7FF0_0000_0000_0000L));
            case 1: // x >= 2^-968, where the fast path may be taken.
                return Bits(rng.NextInt64(0x0370_0000_0000_0000L, 0x7FF0_0000_0000_0000L));
            case 2: // A few ulps around s*s: the exact root lies close to s.
            {
                double s = Bits(rng.NextInt64(0x2000_0000_0000_0000L, 0x5FF0_0000_0000_0000L));
                return Step(s * s, rng.Next(-3, 4));
            }
            case 3: // A few ulps around m*m, m halfway between two doubles: the hardest roots.
            {
                double s = Bits(rng.NextInt64(0x2000_0000_0000_0000L, 0x5FF0_0000_0000_0000L));
                double m = s + (Math.BitIncrement(s) - s) / 2;
                return Step(m * m, rng.Next(-3, 4));
            }
            case 4: // 2^e and a few ulps either side, every exponent.
                return Step(Bits((long)rng.Next(1, 2047) << 52), rng.Next(-8, 9));
            case 5: // k*k * 4^j, exact and in the normal range.
            {
                long k = rng.NextInt64(1, 1L << 26);
                return Math.ScaleB((double)(k * k), 2 * rng.Next(-485, 485));
            }
            case 6: // Subnormals.
                return Bits(rng.NextInt64(1, 1L << 52));
            case 7: // From the smallest normal to 2^-960, across the fast path's lower bound.
                return Bits(rng.NextInt64(0x0010_0000_0000_0000L, 0x03F0_0000_0000_0000L));
            default: // Exact roots 0.46 to 0.5 ULP from a double, around the distance the fast path accepts.
                while (true)
                {
                    double s = Bits(rng.NextInt64(0x2000_0000_0000_0000L, 0x5FF0_0000_0000_0000L));
                    double x = Step(s * s, rng.Next(-4, 5));
                    double d = RootDistance(x);
                    if (d is >= 0.46 and < 0.5) return x;
                }
        }
    }

    private static readonly double MinX = Math.ScaleB(1.0, -968);

    private static double Bits(long b) => BitConverter.Int64BitsToDouble(b);

    private static long BitsOf(double d) => BitConverter.DoubleToInt64Bits(d);

    private static double Step(double x, int ulps) => Bits(BitsOf(x) + ulps);

    /// <summary>How far the exact square root of x lies from sqrt(x) correctly rounded, in ULPs of the latter.</summary>
    private static double RootDistance(double x)
    {
        double s = Math.Sqrt(x);
        return Math.Abs(Math.FusedMultiplyAdd(-s, s, x)) / (2 * s * (Math.BitIncrement(s) - s));
    }

    /// <summary>
    /// About 4 million inputs of every kind: float ** 0.5 (the typed operator, its inline form for
    /// a constant 0.5, and the boxed operator) has Math.Pow's bits, on every platform (elsewhere than Linux the fast path is off).
    /// </summary>
    [Fact]
    public void HalfPowerHasTheBitsOfMathPow()
    {
        var rng = new Random(20250611);
        var mismatches = new List<string>();
        for (int i = 0; i < 4_000_000; i++)
        {
            int kind = i % Kinds;
            double x = Input(rng, kind);
            if (!(x > 0 && double.IsFinite(x))) Assert.Fail($"bad input {x:R} of kind {KindNames[kind]}");
            long expected = BitsOf(Math.Pow(x, 0.5));
            if (BitsOf(Typed.Pow(x, 0.5)) != expected && mismatches.Count < 10)
                mismatches.Add($"{KindNames[kind]}: {x:R} ({BitsOf(x):X16}) ** 0.5");
            if (BitsOf(Typed.PowHalf(x)) != expected && mismatches.Count < 10)
                mismatches.Add($"{KindNames[kind]}: {x:R} ({BitsOf(x):X16}) ** 0.5 inline");
            if (i % 64 == 0 && BitsOf(Ops.Pow(F(x), F(0.5)).AsFloat) != expected && mismatches.Count < 10)
                mismatches.Add($"{KindNames[kind]}: {x:R} ({BitsOf(x):X16}) ** 0.5 boxed");
        }
        Assert.Empty(mismatches);
    }

    /// <summary>
    /// TryPow answers for most inputs (about 97% of those from 2^-968 up: exact roots within
    /// 0.476 to 0.490 ULP of a double, by the size of x), and when it answers on Linux, its answer is glibc pow's.
    /// </summary>
    [Fact]
    public void FastPathAnswersMostInputsAndOnlyWithPowsBits()
    {
        var rng = new Random(7);
        var taken = new int[Kinds];
        var tried = new int[Kinds];
        var wrong = new List<string>();
        for (int i = 0; i < 800_000; i++)
        {
            int kind = i % Kinds;
            double x = Input(rng, kind);
            tried[kind]++;
            if (!SqrtPow.TryPow(x, out double r)) continue;
            taken[kind]++;
            if (x < MinX) Assert.Fail($"fast path below 2^-968: {x:R}");
            Assert.Equal(BitsOf(Math.Sqrt(x)), BitsOf(r));
            if (OperatingSystem.IsLinux() && BitsOf(r) != BitsOf(Math.Pow(x, 0.5)) && wrong.Count < 10)
                wrong.Add($"{KindNames[kind]}: {x:R} ({BitsOf(x):X16})");
        }
        Assert.Empty(wrong);
        double Rate(int kind) => (double)taken[kind] / tried[kind];
        // Below 2^-968 (2.7% of the exponents) the fast path is off, hence 94% over all bits.
        Assert.True(Rate(0) > 0.92, $"random bits: fast path for {Rate(0):P1}");
        Assert.True(Rate(1) > 0.95, $"normal range: fast path for {Rate(1):P1}");
        Assert.True(Rate(5) > 0.9, $"perfect squares: fast path for {Rate(5):P1}");
        Assert.Equal(0, taken[6]);
        // Only 8 of the 62 exponents here are at or above 2^-968.
        Assert.True(Rate(7) is > 0.05 and < 0.2, $"small normals: fast path for {Rate(7):P1}");
        // Distances 0.46 to 0.5 ULP: taken below the bound (0.476 to 0.490), left to pow above it.
        Assert.True(Rate(8) is > 0.3 and < 0.8, $"roots near the bound: fast path for {Rate(8):P1}");
    }

    [Fact]
    public void FastPathIsOnOnlyOnLinux() => Assert.Equal(OperatingSystem.IsLinux(), SqrtPow.Enabled);

    /// <summary>Every power of two, and its neighbours a few ulps away, as float ** 0.5.</summary>
    [Fact]
    public void PowersOfTwoAndTheirNeighboursKeepTheBitsOfMathPow()
    {
        for (int e = -1074; e <= 1023; e++)
        {
            double p = Math.ScaleB(1.0, e);
            for (int d = -4; d <= 4; d++)
            {
                double x = Step(p, d);
                if (!(x > 0) || !double.IsFinite(x)) continue;
                if (BitsOf(Math.Pow(x, 0.5)) != BitsOf(Typed.Pow(x, 0.5))) Assert.Fail($"{x:R} ** 0.5");
            }
        }
    }

    /// <summary>
    /// The inputs the fast path leaves to the general code: its results and errors as before,
    /// as CPython 3.11 gives them.
    /// </summary>
    [Theory]
    [InlineData(0.0, "float 0.0")]
    [InlineData(double.PositiveInfinity, "float inf")]
    [InlineData(double.NegativeInfinity, "float inf")]
    [InlineData(double.NaN, "float nan")]
    [InlineData(-1.0, "!ValueError: complex numbers are not supported")]
    [InlineData(-4.0, "!ValueError: complex numbers are not supported")]
    [InlineData(-2.5e-300, "!ValueError: complex numbers are not supported")]
    [InlineData(-double.Epsilon, "!ValueError: complex numbers are not supported")]
    [InlineData(-double.MaxValue, "!ValueError: complex numbers are not supported")]
    [InlineData(1.0, "float 1.0")]
    public void SpecialValues(double x, string expected)
    {
        Assert.False(SqrtPow.TryPow(x, out _));
        Assert.Equal(expected, Check.Outcome(() => Ops.Pow(F(x), F(0.5))));
        Assert.Equal(expected, Check.Outcome(() => Value.Float(Typed.Pow(x, 0.5))));
        Assert.Equal(expected, Check.Outcome(() => Value.Float(Typed.PowHalf(x))));
    }

    /// <summary>(-0.0) ** 0.5 is 0.0 in CPython (a separate case: InlineData takes -0.0 for 0.0).</summary>
    [Fact]
    public void NegativeZero()
    {
        SpecialValues(-0.0, "float 0.0");
        Assert.Equal(0L, BitsOf(Typed.Pow(-0.0, 0.5)));
        Assert.Equal(0L, BitsOf(Typed.PowHalf(-0.0)));
    }

    [Theory]
    [InlineData(double.Epsilon, false)] // subnormal minimum: below 2^-968, pow
    [InlineData(2.2250738585072014e-308, false)] // smallest normal (a power of two)
    [InlineData(double.MaxValue, false)] // root 0.5 ULP from a double: pow
    [InlineData(1e300, true)]
    [InlineData(4.0, false)] // sqrt is a power of two: pow
    [InlineData(2.0, true)] // root 0.435 ULP from a double: within 0.490
    [InlineData(5.0, true)] // 0.245 ULP
    [InlineData(9.0, true)]
    [InlineData(0.01, true)]
    public void PositiveFiniteValuesKeepTheBitsOfMathPow(double x, bool fast)
    {
        Assert.Equal(fast, SqrtPow.TryPow(x, out _));
        long expected = BitsOf(Math.Pow(x, 0.5));
        Assert.Equal(expected, BitsOf(Typed.Pow(x, 0.5)));
        Assert.Equal(expected, BitsOf(Typed.PowHalf(x)));
        Assert.Equal(expected, BitsOf(Ops.Pow(F(x), F(0.5)).AsFloat));
    }

    /// <summary>Other exponents never take the sqrt path: 2.0 ** 0.5000000000000001 is pow's.</summary>
    [Fact]
    public void OnlyExactlyOneHalf()
    {
        foreach (double y in new[] { Math.BitIncrement(0.5), Math.BitDecrement(0.5), -0.5, 1.5 })
            foreach (double x in new[] { 2.0, 3.0, 10.0, 0.7 })
                Assert.Equal(BitsOf(Math.Pow(x, y)), BitsOf(Typed.Pow(x, y)));
    }
}
