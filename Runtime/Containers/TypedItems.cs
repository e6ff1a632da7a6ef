using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// GET_ITEM and SET_ITEM for type-specialised code, whose index (and value) are unboxed: a list
/// indexed in range takes its fast path inline; everything else is one call to the general
/// operation. The general paths are never inlined: a typed method has hundreds of item sites, and
/// inlined cold code would use up the JIT's budget of locals before it reaches the hot loop.
/// </summary>
public static class TypedItems
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Get(Value obj, long index) =>
        obj.Ref is AquaList l && (ulong)index < (ulong)l.Count ? l.ItemAt((int)index) : General(obj, index);

    /// <summary>The general GET_ITEM (any object, any index, its errors).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value General(Value obj, long index) => Items.GetItemAnyKind(obj, Value.Int(index));

    /// <summary>obj[index] as a Num: false unless obj is a list, the index in range and the item a float or an int exact as a double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetNum(Value obj, long index, out Num n)
    {
        if (obj.Ref is AquaList l && (ulong)index < (ulong)l.Count)
        {
            Value v = l.ItemAt((int)index);
            if (Num.Fits(v))
            {
                n = Num.From(v);
                return true;
            }
        }
        n = default;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(Value obj, long index, Value value)
    {
        if (obj.Ref is AquaList l && (ulong)index < (ulong)l.Count) l.SetItemAt((int)index, value);
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
}
