using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// A number of type-specialised code that is an int at some times and a float at others (`s = 0`
/// and later `s = s + x * 0.5`; a list item that is 0 before it becomes a float). It is held as a
/// double and a flag; an int is held only while it is exact as a double (|v| &lt;= 2^53), so Python's
/// mixed arithmetic, which converts the int operand to a float, is plain double arithmetic. An
/// int result that might not be exact makes the generated code leave the specialised version.
/// </summary>
public readonly struct Num
{
    /// <summary>The value; for an int, an integral double within ±2^53.</summary>
    public readonly double V;

    public readonly bool IsInt;

    /// <summary>An int only if exact as a double (the callers check).</summary>
    internal Num(double v, bool isInt)
    {
        V = v;
        IsInt = isInt;
    }

    /// <summary>2^53: every int of smaller magnitude is exact as a double, and so is every such sum, difference and product.</summary>
    private const double ExactLimit = 9007199254740992.0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Num Float(double v) => new(v, false);

    /// <summary>An int the caller has checked with <see cref="Typed.IsExact"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Num Int(long v) => new(v, true);

    /// <summary>Does the Value hold a float, or an int exact as a double? (A bool does not: bool arithmetic is int arithmetic.)</summary>
    /// <remarks>By reference, so that a list's item is tested in its slot (<see cref="AquaList.TryReadNum"/>), not copied.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Fits(in Value v) => v.IsFloat || (v.IsSmallInt && Typed.IsExact(v.Bits));

    /// <summary>A Value that <see cref="Fits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Num From(in Value v) => v.IsFloat ? new(v.AsFloat, false) : new(v.Bits, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Value ToValue() => IsInt ? Value.Int((long)V) : Value.Float(V);

    // Two ints give an int, exact while its magnitude stays below 2^53 (the double operation is then
    // exact too); anything with a float is the float operation Python does after converting the int.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAdd(Num a, Num b, out Num r) => Checked(a.V + b.V, a.IsInt & b.IsInt, out r);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TrySub(Num a, Num b, out Num r) => Checked(a.V - b.V, a.IsInt & b.IsInt, out r);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMul(Num a, Num b, out Num r)
    {
        bool isInt = a.IsInt & b.IsInt;
        double v = a.V * b.V;
        // 0 * -3 is the int 0, whose float is +0.0; the double product is -0.0.
        return Checked(isInt ? v + 0.0 : v, isInt, out r);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Checked(double v, bool isInt, out Num r)
    {
        r = new Num(v, isInt);
        return !isInt || Math.Abs(v) < ExactLimit;
    }

    public override string ToString() => IsInt ? ((long)V).ToString() : V.ToString("R");
}
