using System.Numerics;
using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// The general cases of the arithmetic instructions: bool as int, big ints, int/float mixing,
/// sequences, and the error texts (ACODE.md 2.6, 2.7). Reached only when the inlined fast paths
/// of <see cref="Ops"/> do not apply.
/// </summary>
internal static class ArithmeticSlow
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value Add(Value a, Value b)
    {
        NumKind ka = Numeric.Kind(a), kb = Numeric.Kind(b);
        if (ka != NumKind.None && kb != NumKind.None)
        {
            if (ka == NumKind.Float || kb == NumKind.Float) return Value.Float(Numeric.ToDouble(a) + Numeric.ToDouble(b));
            if (ka == NumKind.Small && kb == NumKind.Small) return IntArithmetic.Add(a.Bits, b.Bits);
            return Value.Int(a.AsBigInteger + b.AsBigInteger);
        }
        return SequenceArithmetic.Concat(a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value Sub(Value a, Value b)
    {
        NumKind ka = Numeric.Kind(a), kb = Numeric.Kind(b);
        if (ka == NumKind.None || kb == NumKind.None) throw ArithmeticErrors.Unsupported(BinaryOp.Sub, a, b);
        if (ka == NumKind.Float || kb == NumKind.Float) return Value.Float(Numeric.ToDouble(a) - Numeric.ToDouble(b));
        if (ka == NumKind.Small && kb == NumKind.Small) return IntArithmetic.Sub(a.Bits, b.Bits);
        return Value.Int(a.AsBigInteger - b.AsBigInteger);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value Mul(Value a, Value b)
    {
        NumKind ka = Numeric.Kind(a), kb = Numeric.Kind(b);
        if (ka != NumKind.None && kb != NumKind.None)
        {
            if (ka == NumKind.Float || kb == NumKind.Float) return Value.Float(Numeric.ToDouble(a) * Numeric.ToDouble(b));
            if (ka == NumKind.Small && kb == NumKind.Small) return IntArithmetic.Mul(a.Bits, b.Bits);
            return Value.Int(a.AsBigInteger * b.AsBigInteger);
        }
        return SequenceArithmetic.Repeat(a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value Div(Value a, Value b)
    {
        // The VM tests `b == 0` before anything else, so even "a" / 0 is this error (ACODE.md 2.6).
        if (IsNumericZero(b)) throw ArithmeticErrors.DivisionByZero();
        NumKind ka = Numeric.Kind(a), kb = Numeric.Kind(b);
        if (ka == NumKind.None || kb == NumKind.None) throw ArithmeticErrors.Unsupported(BinaryOp.Div, a, b);
        if (ka == NumKind.Float || kb == NumKind.Float) return Value.Float(Numeric.ToDouble(a) / Numeric.ToDouble(b));
        if (ka == NumKind.Small && kb == NumKind.Small) return Value.Float(TrueDivision.Divide(a.Bits, b.Bits));
        return Value.Float(TrueDivision.Divide(a.AsBigInteger, b.AsBigInteger));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value Mod(Value a, Value b)
    {
        NumKind ka = Numeric.Kind(a), kb = Numeric.Kind(b);
        if (ka != NumKind.None && kb != NumKind.None)
        {
            if (ka == NumKind.Float || kb == NumKind.Float)
            {
                // CPython converts both operands before testing the divisor.
                double x = Numeric.ToDouble(a), y = Numeric.ToDouble(b);
                return Value.Float(FloatArithmetic.Mod(x, y));
            }
            if (ka == NumKind.Small && kb == NumKind.Small) return Value.Int(IntArithmetic.FloorMod(a.Bits, b.Bits));
            return Value.Int(IntArithmetic.FloorMod(a.AsBigInteger, b.AsBigInteger));
        }
        if (a.Ref is string format) return FormatString(format, a, b);
        throw ArithmeticErrors.Unsupported(BinaryOp.Mod, a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value Pow(Value a, Value b)
    {
        NumKind ka = Numeric.Kind(a), kb = Numeric.Kind(b);
        if (ka == NumKind.None || kb == NumKind.None) throw ArithmeticErrors.Unsupported(BinaryOp.Pow, a, b);
        if (ka != NumKind.Float && kb != NumKind.Float)
        {
            if (kb == NumKind.Small ? b.Bits >= 0 : ((BigInt)b.Ref!).Value.Sign >= 0) return Power.IntPow(a, b);
            // int ** negative int is float ** float in CPython.
        }
        return Value.Float(Power.FloatPow(Numeric.ToDouble(a), Numeric.ToDouble(b)));
    }

    /// <summary>str % args is printf-style formatting; its TypeErrors get the MOD wrapping (ACODE.md 2.6).</summary>
    private static Value FormatString(string format, Value a, Value b)
    {
        try
        {
            return Value.Str(PercentFormat.Format(format, b));
        }
        catch (AquaError e) when (e.Type == ErrorType.TypeError)
        {
            throw ArithmeticErrors.Wrapped(BinaryOp.Mod, a, b, e.Message);
        }
    }

    /// <summary>Python's <c>b == 0</c>: true for 0, 0.0, -0.0 and False; never for other types.</summary>
    private static bool IsNumericZero(Value b)
    {
        object? r = b.Ref;
        if (ReferenceEquals(r, Tag.Int) || ReferenceEquals(r, Tag.Bool)) return b.Bits == 0;
        return ReferenceEquals(r, Tag.Float) && b.AsFloat == 0.0;
    }
}
