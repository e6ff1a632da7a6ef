using System.Numerics;
using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>Which numeric representation a value has; bool counts as a small int (ACODE.md 2.7).</summary>
internal enum NumKind : byte
{
    None,
    Small,
    Big,
    Float,
}

/// <summary>Classification and conversions shared by arithmetic, comparison and hashing.</summary>
internal static class Numeric
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NumKind Kind(Value v)
    {
        object? r = v.Ref;
        if (ReferenceEquals(r, Tag.Int) || ReferenceEquals(r, Tag.Bool)) return NumKind.Small;
        if (ReferenceEquals(r, Tag.Float)) return NumKind.Float;
        return r is BigInt ? NumKind.Big : NumKind.None;
    }

    /// <summary>int or bool of any size (Python's int type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIntLike(Value v)
    {
        object? r = v.Ref;
        return ReferenceEquals(r, Tag.Int) || ReferenceEquals(r, Tag.Bool) || r is BigInt;
    }

    /// <summary>
    /// A number as a double, as CPython's float() conversion does for mixed arithmetic:
    /// correctly rounded, OverflowError for ints beyond the double range (ACODE.md 2.6).
    /// </summary>
    public static double ToDouble(Value v)
    {
        object? r = v.Ref;
        if (ReferenceEquals(r, Tag.Float)) return v.AsFloat;
        if (r is BigInt b) return BigToDouble(b.Value);
        return v.Bits; // small int or bool: the hardware conversion rounds half-even, like CPython
    }

    public static double BigToDouble(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return (double)(long)value;
        BigInteger abs = BigInteger.Abs(value);
        long bits = (long)abs.GetBitLength();
        int shift = (int)(bits - 55);
        BigInteger q = abs >> shift;
        bool sticky = (q << shift) != abs;
        double d = RoundScaled(q, sticky, shift);
        if (double.IsInfinity(d)) throw AquaError.Overflow("int too large to convert to float");
        return value.Sign < 0 ? -d : d;
    }

    /// <summary>
    /// The double nearest to (q + s) * 2^exp, ties to even, where q &gt; 0 and s is a positive
    /// amount below one unit of q when <paramref name="sticky"/> is set. +inf when out of range.
    /// The one rounding step behind correctly rounded int→float and int/int (CPython's long_true_divide).
    /// </summary>
    public static double RoundScaled(BigInteger q, bool sticky, long exp)
    {
        long n = (long)q.GetBitLength();
        long top = n - 1 + exp;
        if (top > 1023) return double.PositiveInfinity;
        long lsb = Math.Max(top - 52, -1074); // weight of the last bit a double can keep here
        long drop = lsb - exp;
        if (drop <= 0) return Math.ScaleB((double)(ulong)q, (int)exp); // q < 2^53: exact
        if (drop > n) return 0.0; // below half of the smallest subnormal
        BigInteger kept = q >> (int)drop;
        BigInteger rem = q - (kept << (int)drop);
        BigInteger half = BigInteger.One << (int)(drop - 1);
        int c = rem.CompareTo(half);
        if (c > 0 || (c == 0 && (sticky || !kept.IsEven))) kept += BigInteger.One;
        return Math.ScaleB((double)(ulong)kept, (int)lsb); // kept <= 2^53, so both steps are exact
    }

    /// <summary>Sign of a - b for numbers: -1, 0, 1, or 2 when unordered (a nan is involved).</summary>
    public static int Compare(Value a, NumKind ka, Value b, NumKind kb)
    {
        if (ka == NumKind.Small && kb == NumKind.Small) return a.Bits.CompareTo(b.Bits);
        if (ka == NumKind.Float && kb == NumKind.Float)
        {
            double x = a.AsFloat, y = b.AsFloat;
            return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
        }
        if (ka == NumKind.Float) return Negate(CompareIntFloat(b, b.AsBigIntegerOrZero(kb), kb, a.AsFloat));
        if (kb == NumKind.Float) return CompareIntFloat(a, a.AsBigIntegerOrZero(ka), ka, b.AsFloat);
        return a.AsBigInteger.CompareTo(b.AsBigInteger);
    }

    private static int Negate(int c) => c == 2 ? 2 : -c;

    /// <summary>
    /// Exact int-versus-float comparison (CPython float_richcompare): never rounds the int, so
    /// 2**53+1 != float(2**53).
    /// </summary>
    private static int CompareIntFloat(Value i, BigInteger big, NumKind kind, double f)
    {
        if (double.IsNaN(f)) return 2;
        if (double.IsInfinity(f)) return f > 0 ? -1 : 1;
        if (kind == NumKind.Small)
        {
            long x = i.Bits;
            if (x >= -(1L << 53) && x <= (1L << 53))
            {
                double dx = x; // exact
                return dx < f ? -1 : dx > f ? 1 : 0;
            }
            big = x;
        }
        double fl = Math.Floor(f);
        int c = big.CompareTo(new BigInteger(fl)); // integral doubles convert exactly
        if (c != 0) return c;
        return fl == f ? 0 : -1;
    }

    private static BigInteger AsBigIntegerOrZero(this Value v, NumKind kind) =>
        kind == NumKind.Big ? ((BigInt)v.Ref!).Value : BigInteger.Zero;
}
