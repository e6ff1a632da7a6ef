using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// GET_ITEM and SET_ITEM for type-specialised code, whose index (and value) are unboxed: a list
/// indexed in range takes its fast path inline; everything else is one call to the general
/// operation. The general paths are never inlined: a typed method has hundreds of item sites, and
/// inlined cold code would use up the JIT's budget of locals before it reaches the hot loop.
/// A container the typing proved to be a list comes as an <see cref="AquaList"/>: no type test at all.
/// </summary>
public static class TypedItems
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Get(Value obj, long index) =>
        obj.Ref is AquaList l ? Get(l, index) : General(obj, index);

    /// <summary>The general GET_ITEM (any object, any index, its errors).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value General(Value obj, long index) => Items.GetItemAnyKind(obj, Value.Int(index));

    /// <summary>obj[index] as a Num: false unless obj is a list, the index in range and the item a float or an int exact as a double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetNum(Value obj, long index, out Num n)
    {
        if (obj.Ref is AquaList l) return TryGetNum(l, index, out n);
        n = default;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(Value obj, long index, Value value)
    {
        if (obj.Ref is AquaList l) Set(l, index, value);
        else SetGeneral(obj, index, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetGeneral(Value obj, long index, Value value) => Items.SetItemAnyKind(obj, Value.Int(index), value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetFloat(Value obj, long index, double value) => Set(obj, index, Value.Float(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetNum(Value obj, long index, Num value) => Set(obj, index, value.ToValue());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetInt(Value obj, long index, long value) => Set(obj, index, Value.Int(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Get(AquaList l, long index) =>
        (ulong)index < (ulong)l.Count ? l.ItemAt((int)index) : General(Value.Object(l), index);

    /// <summary>
    /// list[index] when it is a list (a list of lists), replacing <paramref name="list"/>, which is the
    /// variable the typed code holds both in; false, with the list left as it was for the general
    /// read, when the index is out of range or the item is not a list.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetList(ref AquaList list, long index)
    {
        AquaList? item = list.ReadList(index);
        if (item is null) return false;
        list = item;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetNum(AquaList l, long index, out Num n) => l.TryReadNum(index, out n);

    /// <summary>
    /// <c>l[index] == k</c>: an int item in range is compared at once; anything else (a float, another
    /// object, a negative or out-of-range index) takes the general read and equality.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualsInt(AquaList l, long index, long k) => l.ItemEqualsInt(index, k);

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool EqualsIntGeneral(AquaList l, long index, long k) => Ops.IsEqual(General(Value.Object(l), index), Value.Int(k));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(AquaList l, long index, Value value)
    {
        if ((ulong)index < (ulong)l.Count) l.SetItemAt((int)index, value);
        else SetGeneral(Value.Object(l), index, value);
    }

    /// <summary>A float goes to float-mode storage first (any other list takes the general write, which may change its strategy).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetFloat(AquaList l, long index, double value)
    {
        if (!l.TryWriteFloat(index, value)) SetSlow(l, index, Value.Float(value));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetNum(AquaList l, long index, Num value)
    {
        if (value.IsInt || !l.TryWriteFloat(index, value.V)) SetSlow(l, index, value.ToValue());
    }

    /// <summary>The typed writes' general way, out of line: the general write inlined at each of a loop's sites would crowd its registers.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetSlow(AquaList l, long index, Value value) => Set(l, index, value);

    /// <summary>An int goes to int-mode storage first (a general list takes the general write).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetInt(AquaList l, long index, long value)
    {
        if (!l.TryWriteInt(index, value)) Set(l, index, Value.Int(value));
    }
}
