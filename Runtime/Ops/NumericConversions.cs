namespace Aqua.Runtime;

public static partial class Ops
{
    /// <summary>
    /// A number (int of any size, bool, float) as a double, as CPython's float conversion in mixed
    /// arithmetic: correctly rounded; OverflowError <c>int too large to convert to float</c>.
    /// False for values that are not numbers.
    /// </summary>
    public static bool TryToDouble(Value v, out double result)
    {
        if (Numeric.Kind(v) == NumKind.None)
        {
            result = 0;
            return false;
        }
        result = Numeric.ToDouble(v);
        return true;
    }

    /// <summary>
    /// Python <c>a &lt; b</c> with CPython's raw TypeError text
    /// (<c>'&lt;' not supported between instances of 'A' and 'B'</c>), for callers such as sort,
    /// min and max that wrap the message their own way (ACODE.md 2.10).
    /// </summary>
    public static bool IsLessRaw(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt) return a.Bits < b.Bits;
        return Ordering.CompareRaw(a, b, CompareOp.Lt);
    }

    /// <summary>Python <c>a &gt; b</c> with CPython's raw TypeError text (see <see cref="IsLessRaw"/>).</summary>
    public static bool IsGreaterRaw(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt) return a.Bits > b.Bits;
        return Ordering.CompareRaw(a, b, CompareOp.Gt);
    }
}
