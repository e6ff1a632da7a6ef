using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

public static partial class Ops
{
    /// <summary>
    /// Python truthiness (ACODE.md 2.7): False, None, 0, 0.0, "", [], (), {} are false; every
    /// other value, including instances, classes and modules, is true.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Truthy(Value v)
    {
        // bool and small int share the payload test, and are what branches see most.
        if (v.IsBool || v.IsSmallInt) return v.Bits != 0;
        return TruthySlow(v);
    }

    /// <summary>NOT: bool(not truthy(v)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Not(Value v) => Value.Bool(!Truthy(v));

    /// <summary>AND: a if not truthy(a) else b (both sides already evaluated, ACODE.md 2.6).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value And(Value a, Value b) => Truthy(a) ? b : a;

    /// <summary>OR: a if truthy(a) else b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Or(Value a, Value b) => Truthy(a) ? a : b;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TruthySlow(Value v)
    {
        object? r = v.Ref;
        if (r is null) return false;
        if (ReferenceEquals(r, Tag.Float)) return v.AsFloat != 0.0; // nan is true, as in Python
        if (r is string s) return s.Length != 0;
        if (r is AquaList l) return l.Count != 0;
        if (r is AquaTuple t) return t.Count != 0;
        if (r is AquaDict d) return d.Count != 0;
        return true; // big ints are never zero; other objects are always true
    }
}
