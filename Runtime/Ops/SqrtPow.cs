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
/// of that file: "Worst-case error: 0.54 ULP (~= ulperr_exp + 1024*Ln2*relerr_log*2^53)".
/// It is not correctly rounded, so plain sqrt differs from it in the last bit now and then
/// (one random input in about 1,150 on glibc 2.36). But when the exact root lies within
/// 0.46 ULP of s = sqrt(x) correctly rounded, every other double is more than 0.54 ULP from
/// it, so pow must return s. Before 2.28, glibc's pow was IBM's "ultimate power routine" whose
/// header says it "computes the correctly rounded (to nearest) value of x^y", and musl's
/// older fdlibm pow returns sqrt(x) for y == 0.5: both give s in every case.
/// </para>
/// <para>
/// The test: one fused multiply-add gives the residual r = x - s*s exactly (the remainder of
/// a correctly rounded square root is representable), and the exact root is
/// sqrt(s*s + r) = s + r / (sqrt(x) + s), so its distance from s is |r| / (2s) up to a
/// relative 2^-53. Only |r| &lt; 0.9 * s * ulp(s), a distance below 0.45 ULP (0.01 ULP inside
/// the 0.46, far more than the estimate's error), is accepted: about 90% of inputs. (The bound
/// is 0.509 + 0.028 = 0.537 ULP by the file's own sum; 0.8, a distance below 0.4 ULP, answered
/// 80% and sent twice as many calls to pow.) Left to pow: x below 2^-968 (s * ulp(s) and the residual would
/// come near the subnormal range), s a power of two (the ULP below s is half the one above,
/// so the argument above does not hold as stated), and everything not finite and positive.
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
        // and 0.9 * s * ulp(s) above 2^-1021, clear of the subnormals.
        double ulp = BitConverter.Int64BitsToDouble((bits & ExponentMask) - (52L << 52));
        double r = Math.FusedMultiplyAdd(-s, s, x);
        if (!(Math.Abs(r) < 0.9 * s * ulp)) return false;
        result = s;
        return true;
    }
}
