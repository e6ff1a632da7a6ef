using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// GET_ITEM and SET_ITEM for type-specialised code, whose index (and value) are unboxed: a list
/// indexed in range takes its fast path inline; everything else is the general operation.
/// </summary>
public static class TypedItems
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Get(Value obj, long index) => Items.GetItem(obj, Value.Int(index));

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
    public static void Set(Value obj, long index, Value value) => Items.SetItem(obj, Value.Int(index), value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetFloat(Value obj, long index, double value) => Items.SetItem(obj, Value.Int(index), Value.Float(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetNum(Value obj, long index, Num value) => Items.SetItem(obj, Value.Int(index), value.ToValue());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetInt(Value obj, long index, long value) => Items.SetItem(obj, Value.Int(index), Value.Int(value));
}
