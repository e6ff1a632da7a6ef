using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// GET_ITEM, SET_ITEM and <c>in</c> for type-specialised code where the typing proved the container
/// a dict (a dict literal) and the key an int, which stays unboxed: the dict is probed by the int's
/// hash and bits (<see cref="AquaDict.FindInt"/>); a key of any other kind that is a str at run time
/// is probed by its str hash (<see cref="AquaDict.FindStr"/>). Anything else (the object not a dict after all,
/// a key the int lookup cannot decide, a missing key to read) is one call to the general operation,
/// which gives the same result or raises the same error.
/// </summary>
public static class TypedDicts
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value GetInt(Value dict, long key)
    {
        if (dict.Ref is AquaDict d)
        {
            int slot = d.FindInt(key);
            if (slot >= 0) return d.ValueAt(slot);
        }
        return Get(dict, key);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetInt(Value dict, long key, Value value)
    {
        if (dict.Ref is AquaDict d && d.TryStore(d.FindInt(key), Value.Int(key), value)) return;
        Set(dict, key, value);
    }

    /// <summary>
    /// SET_ITEM on a dict literal with a key of any kind: a str key is probed by its str hash
    /// (<see cref="AquaDict.FindStr"/>); anything else is the general SET_ITEM.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(Value dict, Value key, Value value)
    {
        if (dict.Ref is AquaDict d && key.Ref is string s && d.TryStore(d.FindStr(s, Hashing.Str(s)), key, value)) return;
        SetAny(dict, key, value);
    }

    /// <summary><c>key in dict</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ContainsInt(long key, Value dict)
    {
        if (dict.Ref is AquaDict d)
        {
            int slot = d.FindInt(key);
            if (slot != AquaDict.Unsure) return slot >= 0;
        }
        return Contains(key, dict);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value Get(Value dict, long key) => Items.GetItemAnyKind(dict, Value.Int(key));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Set(Value dict, long key, Value value) => Items.SetItemAnyKind(dict, Value.Int(key), value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetAny(Value dict, Value key, Value value) => Items.SetItemAnyKind(dict, key, value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Contains(long key, Value dict) => Items.Contains(Value.Int(key), dict);
}
