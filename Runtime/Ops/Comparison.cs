using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// The comparison instructions (ACODE.md 2.6, 2.7): == and != never fail; ordering is defined for
/// number/number, str/str, list/list and tuple/tuple, else a wrapped TypeError. The bool-returning
/// forms are what the compiler uses for branches; small ints are compared inline.
/// </summary>
public static partial class Ops
{
    public static Value Eq(Value a, Value b) => Value.Bool(IsEqual(a, b));
    public static Value Ne(Value a, Value b) => Value.Bool(!IsEqual(a, b));
    public static Value Lt(Value a, Value b) => Value.Bool(IsLess(a, b));
    public static Value Gt(Value a, Value b) => Value.Bool(IsGreater(a, b));
    public static Value Le(Value a, Value b) => Value.Bool(IsLessOrEqual(a, b));
    public static Value Ge(Value a, Value b) => Value.Bool(IsGreaterOrEqual(a, b));

    /// <summary>Python ==; never throws except RecursionError for endlessly nested containers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsEqual(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt) return a.Bits == b.Bits;
        return Equality.Equal(a, b, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotEqual(Value a, Value b) => !IsEqual(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLess(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt) return a.Bits < b.Bits;
        return Ordering.Compare(a, b, CompareOp.Lt);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsGreater(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt) return a.Bits > b.Bits;
        return Ordering.Compare(a, b, CompareOp.Gt);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLessOrEqual(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt) return a.Bits <= b.Bits;
        return Ordering.Compare(a, b, CompareOp.Le);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsGreaterOrEqual(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt) return a.Bits >= b.Bits;
        return Ordering.Compare(a, b, CompareOp.Ge);
    }
}
