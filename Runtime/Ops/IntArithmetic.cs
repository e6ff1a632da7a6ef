using System.Numerics;

namespace Aqua.Runtime;

/// <summary>
/// Exact int arithmetic on the 64-bit form, promoting to <see cref="BigInteger"/> on overflow so
/// every result is exact (ACODE.md 2.7); <see cref="Value.Int(BigInteger)"/> normalises back.
/// </summary>
internal static class IntArithmetic
{
    public static Value Add(long x, long y)
    {
        long r = unchecked(x + y);
        return ((x ^ r) & (y ^ r)) >= 0 ? Value.Int(r) : Value.Int((BigInteger)x + y);
    }

    public static Value Sub(long x, long y)
    {
        long r = unchecked(x - y);
        return ((x ^ y) & (x ^ r)) >= 0 ? Value.Int(r) : Value.Int((BigInteger)x - y);
    }

    public static Value Mul(long x, long y)
    {
        long high = Math.BigMul(x, y, out long low);
        return high == (low >> 63) ? Value.Int(low) : Value.Int((BigInteger)x * y);
    }

    /// <summary>Floor modulo: the result has the divisor's sign (Python's %).</summary>
    public static long FloorMod(long x, long y)
    {
        if (y == 0) throw AquaError.ZeroDivision("integer modulo by zero");
        if (y == -1) return 0; // long.MinValue % -1 overflows in .NET
        long r = x % y;
        return r != 0 && (r ^ y) < 0 ? r + y : r;
    }

    public static BigInteger FloorMod(BigInteger x, BigInteger y)
    {
        if (y.IsZero) throw AquaError.ZeroDivision("integer modulo by zero");
        BigInteger r = BigInteger.Remainder(x, y);
        return !r.IsZero && r.Sign != y.Sign ? r + y : r;
    }
}
