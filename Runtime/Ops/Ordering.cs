namespace Aqua.Runtime;

/// <summary>The four ordering instructions; the symbol appears in the error text.</summary>
internal enum CompareOp : byte
{
    Lt,
    Gt,
    Le,
    Ge,
}

/// <summary>
/// Python &lt; &gt; &lt;= &gt;= (ACODE.md 2.7): numbers exactly, strings by code point, lists and
/// tuples lexicographically (the first unequal items decide, else the lengths). Other pairs raise
/// <c>Cannot compare A &lt; B: '&lt;' not supported between instances of 'X' and 'Y'</c> where X, Y
/// are the innermost pair that failed (ACODE.md 2.6).
/// </summary>
internal static class Ordering
{
    public static bool Compare(Value a, Value b, CompareOp op)
    {
        if (TryCompare(a, b, op, 0, out bool result, out Value badA, out Value badB)) return result;
        string symbol = Symbol(op);
        throw AquaError.TypeError(
            $"Cannot compare {Ops.TypeName(a)} {symbol} {Ops.TypeName(b)}: '{symbol}' not supported between instances of '{Ops.TypeName(badA)}' and '{Ops.TypeName(badB)}'");
    }

    /// <summary>As <see cref="Compare"/> but with CPython's unwrapped message.</summary>
    public static bool CompareRaw(Value a, Value b, CompareOp op)
    {
        if (TryCompare(a, b, op, 0, out bool result, out Value badA, out Value badB)) return result;
        throw AquaError.TypeError($"'{Symbol(op)}' not supported between instances of '{Ops.TypeName(badA)}' and '{Ops.TypeName(badB)}'");
    }

    public static string Symbol(CompareOp op) => op switch
    {
        CompareOp.Lt => "<",
        CompareOp.Gt => ">",
        CompareOp.Le => "<=",
        _ => ">=",
    };

    /// <summary>False (with the offending pair) when the types cannot be ordered.</summary>
    private static bool TryCompare(Value a, Value b, CompareOp op, int depth, out bool result, out Value badA, out Value badB)
    {
        badA = default;
        badB = default;
        NumKind ka = Numeric.Kind(a), kb = Numeric.Kind(b);
        if (ka != NumKind.None && kb != NumKind.None)
        {
            int c = Numeric.Compare(a, ka, b, kb);
            result = c != 2 && Apply(c, op); // nan: every ordering is false
            return true;
        }
        object? ra = a.Ref, rb = b.Ref;
        if (ra is string sa && rb is string sb)
        {
            result = Apply(StrOrder.Compare(sa, sb), op);
            return true;
        }
        if (ra is AquaList la && rb is AquaList lb)
        {
            if (la.IsIntMode && lb.IsIntMode)
            {
                // Two int-mode lists: the first differing item decides, else the lengths (as CompareSequences).
                Equality.Enter(depth);
                badA = default;
                badB = default;
                ReadOnlySpan<long> x = la.IntItems, y = lb.IntItems;
                int n = Math.Min(x.Length, y.Length);
                int i = x[..n].CommonPrefixLength(y[..n]);
                result = Apply(i < n ? x[i].CompareTo(y[i]) : x.Length.CompareTo(y.Length), op);
                return true;
            }
            return CompareSequences(la.Items, lb.Items, op, depth, out result, out badA, out badB);
        }
        if (ra is AquaTuple ta && rb is AquaTuple tb) return CompareSequences(ta.Items, tb.Items, op, depth, out result, out badA, out badB);
        result = false;
        badA = a;
        badB = b;
        return false;
    }

    private static bool CompareSequences(ReadOnlySpan<Value> x, ReadOnlySpan<Value> y, CompareOp op, int depth,
        out bool result, out Value badA, out Value badB)
    {
        Equality.Enter(depth);
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
        {
            if (!Equality.ItemEqual(x[i], y[i], depth + 1))
                return TryCompare(x[i], y[i], op, depth + 1, out result, out badA, out badB);
        }
        badA = default;
        badB = default;
        result = Apply(x.Length.CompareTo(y.Length), op);
        return true;
    }

    private static bool Apply(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Gt => c > 0,
        CompareOp.Le => c <= 0,
        _ => c >= 0,
    };
}
