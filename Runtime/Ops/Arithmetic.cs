using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// Binary arithmetic with CPython 3.11 results and the VM's error texts (ACODE.md 2.6, 2.7, 6.4).
/// Each operator is a tiny inlined fast path for two small ints or two floats, and a non-inlined
/// slow path for everything else (big ints, mixing, bool, sequences, errors).
/// </summary>
public static partial class Ops
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Add(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long x = a.Bits, y = b.Bits, r = unchecked(x + y);
            if (((x ^ r) & (y ^ r)) >= 0) return Value.Int(r); // no signed overflow
        }
        else if (a.IsFloat && b.IsFloat)
        {
            return Value.Float(a.AsFloat + b.AsFloat);
        }
        return ArithmeticSlow.Add(a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Sub(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long x = a.Bits, y = b.Bits, r = unchecked(x - y);
            if (((x ^ y) & (x ^ r)) >= 0) return Value.Int(r);
        }
        else if (a.IsFloat && b.IsFloat)
        {
            return Value.Float(a.AsFloat - b.AsFloat);
        }
        return ArithmeticSlow.Sub(a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Mul(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long high = Math.BigMul(a.Bits, b.Bits, out long low);
            if (high == (low >> 63)) return Value.Int(low);
        }
        else if (a.IsFloat && b.IsFloat)
        {
            return Value.Float(a.AsFloat * b.AsFloat);
        }
        return ArithmeticSlow.Mul(a, b);
    }

    /// <summary>True division: always a float; a zero divisor of any type is checked first (ACODE.md 2.6).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Div(Value a, Value b)
    {
        if (a.IsFloat && b.IsFloat && b.AsFloat != 0.0) return Value.Float(a.AsFloat / b.AsFloat);
        // Two ints within ±2^53 convert exactly, so one IEEE division is correctly rounded.
        if (a.IsSmallInt && b.IsSmallInt && b.Bits != 0
            && (ulong)(a.Bits + (1L << 53)) <= (1UL << 54) && (ulong)(b.Bits + (1L << 53)) <= (1UL << 54))
            return Value.Float((double)a.Bits / b.Bits);
        return ArithmeticSlow.Div(a, b);
    }

    /// <summary>Floor modulo: the result takes the divisor's sign (ACODE.md 2.7).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Mod(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt && b.Bits > 0)
        {
            long r = a.Bits % b.Bits;
            return Value.Int(r < 0 ? r + b.Bits : r);
        }
        return ArithmeticSlow.Mod(a, b);
    }

    public static Value Pow(Value a, Value b) => ArithmeticSlow.Pow(a, b);
}
