using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// The operations of type-specialised code, on unboxed longs and doubles. Each is the fast path of
/// the matching <see cref="Ops"/> operation; the generated code falls back to the general
/// operation (with the original operands, so errors read the same) or leaves the specialised code
/// where the result would not keep its kind (an int that no longer fits in 64 bits).
/// </summary>
public static class Typed
{
    /// <summary>A list times an int (either order): the new list Python's `*` gives, or its error.</summary>
    public static AquaList RepeatList(Value a, Value b) => (AquaList)Ops.Mul(a, b).Ref!;

    /// <summary>x + y, or false when the exact sum needs a big int.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAdd(long x, long y, out long result)
    {
        result = unchecked(x + y);
        return ((x ^ result) & (y ^ result)) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TrySub(long x, long y, out long result)
    {
        result = unchecked(x - y);
        return ((x ^ y) & (x ^ result)) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMul(long x, long y, out long result)
    {
        long high = Math.BigMul(x, y, out result);
        return high == (result >> 63);
    }

    /// <summary>Python's x % y for a positive divisor (the caller handles y &lt;= 0 generally).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ModPositive(long x, long y)
    {
        long r = x % y;
        return r < 0 ? r + y : r;
    }

    /// <summary>Is the int exactly a double (|x| &lt;= 2^53), so double comparison and division are exact?</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExact(long x) => (ulong)(x + (1L << 53)) <= (1UL << 54);

    /// <summary>A float, small int or bool as the double Python's mixed arithmetic converts it to; false for anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryDouble(Value v, out double d)
    {
        if (v.IsFloat)
        {
            d = v.AsFloat;
            return true;
        }
        if (v.IsSmallInt || v.IsBool)
        {
            d = v.Bits;
            return true;
        }
        d = 0;
        return false;
    }

    /// <summary>
    /// ADD where the typing saw a str operand coming (an f-string's piece): two strs are
    /// concatenated at once; anything else is the general ADD, with its result or its error.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Concat(Value a, Value b) =>
        a.Ref is string sa && b.Ref is string sb ? Value.Str(string.Concat(sa, sb)) : AddGeneral(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value AddGeneral(Value a, Value b) => Ops.Add(a, b);

    /// <summary>FORMAT_VALUE (str()) of an int.</summary>
    public static Value FormatInt(long n) => Value.Str(IntText.Format(n));

    /// <summary>float % float for a non-zero divisor (CPython float_rem).</summary>
    public static double Mod(double x, double y) => FloatArithmetic.Mod(x, y);

    /// <summary>float ** float, with CPython's special cases and errors.</summary>
    public static double Pow(double x, double y) => Power.FloatPow(x, y);

    /// <summary>
    /// float ** 0.5: the square root inline where it is provably pow's result (<see cref="SqrtPow"/>,
    /// about 97% of inputs); everything else (pow's answer, the special cases, the errors) is
    /// <see cref="Pow"/>. Through the call, the square root's latency stood in the way of the rest of
    /// nbody's loop (a tenth of its time).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double PowHalf(double x) => SqrtPow.Enabled && SqrtPow.TryPow(x, out double root) ? root : PowHalfGeneral(x);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double PowHalfGeneral(double x) => Power.FloatPow(x, 0.5);

    /// <summary>
    /// A typed float division's zero divisor: the error every zero divisor gets (ACODE.md 2.6). Only
    /// a throw, and not marked NoInlining: the JIT then sees a call that never returns.
    /// </summary>
    public static double DivisionByZero() => throw ArithmeticErrors.DivisionByZero();
}
