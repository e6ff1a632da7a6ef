using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// Python == (ACODE.md 2.7): exact across int/float/bool, strings by value, lists/tuples/dicts
/// structurally (a list never equals a tuple), everything else by identity.
/// </summary>
internal static class Equality
{
    /// <summary>
    /// Container nesting allowed before RecursionError; CPython fails the same way on
    /// self-containing structures (`a == b` with a = [a], b = [b]).
    /// </summary>
    public const int MaxDepth = 10_000;

    public static bool Equal(Value a, Value b, int depth)
    {
        NumKind ka = Numeric.Kind(a), kb = Numeric.Kind(b);
        if (ka != NumKind.None || kb != NumKind.None)
        {
            if (ka == NumKind.None || kb == NumKind.None) return false;
            if (ka == NumKind.Small && kb == NumKind.Small) return a.Bits == b.Bits;
            if (ka == NumKind.Float && kb == NumKind.Float) return a.AsFloat == b.AsFloat;
            return Numeric.Compare(a, ka, b, kb) == 0;
        }
        object? ra = a.Ref, rb = b.Ref;
        if (ReferenceEquals(ra, rb)) return true; // None, and CPython's identity shortcut for containers
        if (ra is null || rb is null) return false;
        if (ra is string sa) return rb is string sb && string.Equals(sa, sb);
        if (ra is AquaList la)
        {
            if (rb is not AquaList lb) return false;
            if (la.IsIntMode && lb.IsIntMode)
            {
                if (la.Count != lb.Count) return false;
                Enter(depth);
                return la.IntItems.SequenceEqual(lb.IntItems);
            }
            return SequenceEqual(la.Items, lb.Items, depth);
        }
        if (ra is AquaTuple ta) return rb is AquaTuple tb && SequenceEqual(ta.Items, tb.Items, depth);
        if (ra is AquaDict da) return rb is AquaDict db && DictEqual(da, db, depth);
        return false; // instances, classes, modules: identity, already tested
    }

    /// <summary>Item equality inside containers (CPython's PyObject_RichCompareBool has the identity shortcut).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ItemEqual(Value a, Value b, int depth)
    {
        if (a.IsSmallInt && b.IsSmallInt) return a.Bits == b.Bits;
        return Equal(a, b, depth);
    }

    public static void Enter(int depth)
    {
        if (depth >= MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new AquaError(ErrorType.RecursionError, "maximum recursion depth exceeded in comparison");
    }

    private static bool SequenceEqual(ReadOnlySpan<Value> x, ReadOnlySpan<Value> y, int depth)
    {
        if (x.Length != y.Length) return false;
        Enter(depth);
        for (int i = 0; i < x.Length; i++)
        {
            if (!ItemEqual(x[i], y[i], depth + 1)) return false;
        }
        return true;
    }

    private static bool DictEqual(AquaDict x, AquaDict y, int depth)
    {
        if (x.Count != y.Count) return false;
        Enter(depth);
        foreach (var entry in x)
        {
            if (!y.TryGetValue(entry.Key, out Value other)) return false;
            if (!ItemEqual(entry.Value, other, depth + 1)) return false;
        }
        return true;
    }
}
