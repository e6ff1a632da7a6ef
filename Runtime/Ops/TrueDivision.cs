using System.Numerics;

namespace Aqua.Runtime;

/// <summary>
/// Correctly rounded int / int (CPython long_true_divide, ACODE.md 2.7): converting both operands
/// to double first is wrong above 2^53, so the quotient is computed exactly to 55+ bits with a
/// sticky remainder bit and rounded once.
/// </summary>
internal static class TrueDivision
{
    private const long ExactLimit = 1L << 53;

    public static double Divide(long a, long b)
    {
        // Both exactly representable: one IEEE division is correctly rounded.
        if (a >= -ExactLimit && a <= ExactLimit && b >= -ExactLimit && b <= ExactLimit) return (double)a / b;
        return Divide((BigInteger)a, (BigInteger)b);
    }

    /// <summary>a / b for b != 0.</summary>
    public static double Divide(BigInteger a, BigInteger b)
    {
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        BigInteger x = BigInteger.Abs(a), y = BigInteger.Abs(b);
        if (x.IsZero) return negative ? -0.0 : 0.0;
        if (x <= ExactLimit && y <= ExactLimit) return (double)a / (double)b;

        long e = (long)x.GetBitLength() - (long)y.GetBitLength(); // x/y lies in [2^(e-1), 2^(e+1))
        if (e > 1025) throw TooLarge();
        if (e < -1077) return negative ? -0.0 : 0.0;

        long k = 55 - e; // scale so the integer quotient has at least 55 bits
        BigInteger q, r;
        if (k >= 0) q = BigInteger.DivRem(x << (int)k, y, out r);
        else q = BigInteger.DivRem(x, y << (int)-k, out r);

        double d = Numeric.RoundScaled(q, !r.IsZero, -k);
        if (double.IsInfinity(d)) throw TooLarge();
        return negative ? -d : d;
    }

    private static AquaError TooLarge() => AquaError.Overflow("integer division result too large for a float");
}
