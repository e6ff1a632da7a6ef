using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// <c>x ** 0.5</c> through <see cref="Math.Sqrt"/> where that provably gives the same bits
/// as the platform's <c>pow(x, 0.5)</c>, which CPython's float <c>**</c> calls (ACODE.md 6.4).
/// </summary>
/// <remarks>
/// <para>
/// glibc's pow since 2.28 (sysdeps/ieee754/dbl-64/e_pow.c, the code of
/// ARM-software/optimized-routines math/pow.c, which newer musl also uses) states at the top
/// of that file: "Worst-case error: 0.54 ULP (~= ulperr_exp + 1024*Ln2*relerr_log*2^53)",
/// with "relerr_log: 1.3 * 2^-68" (the log it computes first) and "ulperr_exp: 0.509 ULP"
/// (the exp it then takes of y * log(x), final rounding included). It is not correctly
/// rounded, so plain sqrt differs from it in the last bit now and then (one random input in
/// about 1,150 on glibc 2.36). The 0.54 is that sum at the largest exponent exp takes,
/// |y * log x| = 1024 ln 2. For y = 0.5 and x in [2^e, 2^(e+1)), |y * log x| is at most
/// 0.5 * (|e| + 1) * ln 2, so pow's error there is at most
/// B(e) = 0.509 + 1.3 * 2^-68 * 0.5 * (|e| + 1) * ln 2 * 2^53 = 0.509 + 1.3753e-5 * (|e| + 1) ULP
/// (0.5091 for x between 1/16 and 16, 0.5231 at the ends of the range). When the exact root
/// lies within 1 - B(e) ULP of s = sqrt(x) correctly rounded, every other double is more than
/// B(e) from it, so pow must return s. Before 2.28, glibc's pow was IBM's "ultimate power
/// routine" whose header says it "computes the correctly rounded (to nearest) value of x^y",
/// and musl's older fdlibm pow returns sqrt(x) for y == 0.5: both give s in every case.
/// </para>
/// <para>
/// The test: one fused multiply-add gives the residual r = x - s*s exactly (the remainder of
/// a correctly rounded square root is representable), and the exact root is
/// sqrt(s*s + r) = s + r / (sqrt(x) + s), so its distance from s is |r| / (2s) up to a
/// relative 2^-53. Only a distance below 1 - B(e) - 0.001 ULP is accepted (the 0.001 is far
/// more than the estimate's error): about 98% of inputs of moderate size, 95% at the ends of
/// the range. (A fixed 0.45 ULP, from the 0.54 worst case, answered 90%, and sent five times as
/// many calls to pow as nbody needs now.) Left to pow: x below 2^-968 (s * ulp(s) and the
/// residual would come near the subnormal range), s a power of two (the ULP below s is half
/// the one above, so the argument above does not hold as stated), and everything not finite
/// and positive.
/// </para>
/// <para>
/// Only Linux is known to use such a libm for <see cref="Math.Pow"/>; elsewhere
/// <see cref="Enabled"/> is false and <c>**</c> keeps calling pow.
/// </para>
/// </remarks>
public static class SqrtPow
{
    /// <summary>Whether <see cref="Power.FloatPow"/> may use <see cref="TryPow"/> (a JIT-time constant).</summary>
    public static readonly bool Enabled = OperatingSystem.IsLinux();

    /// <summary>2^-968: below it the check's products could lose bits to gradual underflow.</summary>
    private static readonly double MinX = Math.ScaleB(1.0, -968);

    private const long FractionMask = 0x000F_FFFF_FFFF_FFFFL;
    private const long ExponentMask = 0x7FF0_0000_0000_0000L;

    /// <summary>
    /// sqrt(x) when it is provably the value of glibc's pow(x, 0.5) (see the remarks); false,
    /// with <paramref name="result"/> 0, when the caller must call pow itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPow(double x, out double result)
    {
        result = 0.0;
        // Also false for NaN, zeros, negatives and infinity.
        if (!(x >= MinX && x <= double.MaxValue)) return false;
        double s = Math.Sqrt(x);
        long bits = BitConverter.DoubleToInt64Bits(s);
        if ((bits & FractionMask) == 0) return false;
        // ulp(s) = 2^(e - 52) for s in [2^e, 2^(e+1)); s >= 2^-484 keeps it a normal double
        // and limit * s * ulp(s) (limit >= 0.95) above 2^-1021, clear of the subnormals.
        double ulp = BitConverter.Int64BitsToDouble((bits & ExponentMask) - (52L << 52));
        double r = Math.FusedMultiplyAdd(-s, s, x);
        // |r| / (2 s ulp) < 1 - B(e) - 0.001 = 0.490 - 1.3753e-5 * (|e| + 1), e being x's exponent (not s's, above).
        int xExponent = (int)((BitConverter.DoubleToInt64Bits(x) >> 52) & 0x7FF) - 1023;
        double limit = 0.980 - 2.7506e-5 * (Math.Abs(xExponent) + 1);
        if (!(Math.Abs(r) < limit * s * ulp)) return false;
        result = s;
        return true;
    }
}
