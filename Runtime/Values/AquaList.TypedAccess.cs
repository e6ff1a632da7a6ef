using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Aqua.Runtime;

/// <summary>
/// The item accesses of type-specialised code (<see cref="TypedItems"/>), written against the
/// storage itself. A typed method inlines dozens of them, and the JIT tracks only so many locals
/// per method: an access through <see cref="ItemAt"/> copies the item into a returned
/// <see cref="Value"/> and then into each helper's parameter, a handful of temporaries each, and
/// nbody's <c>advance</c> ran out (its loop kept values on the stack between every operation).
/// These test the array slot by reference, in place, and index the array once: each makes the
/// one check its storage needs (the array's length for a general read, the count otherwise) and
/// no other. Anything they cannot answer (another strategy, another kind of item, an index out of
/// range) returns false or null for the caller's general operation.
/// </summary>
public sealed partial class AquaList
{
    /// <summary>this[index] as a Num: false unless the index is in range and the item a float or an int exact as a double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryReadNum(long index, out Num n)
    {
        // General storage first, tested against the array alone (no count or strategy check): a
        // slot past the count holds default (None), which is not a num, so it takes the general
        // read like any other miss. An int-mode list's general storage is empty.
        Value[] items = _items;
        if ((ulong)index < (ulong)items.Length)
        {
            ref readonly Value slot = ref Slot(items, index);
            if (Num.Fits(in slot))
            {
                n = Num.From(in slot);
                return true;
            }
        }
        else if (_ints is { } ints && (ulong)index < (ulong)_count)
        {
            long item = IntSlot(ints, index);
            if (Typed.IsExact(item))
            {
                n = Num.Int(item);
                return true;
            }
        }
        n = default;
        return false;
    }

    /// <summary>
    /// items[index] for an index the caller has checked against the array's length. The JIT does not
    /// carry that check (made on the long index) over to the int index, and checked again at every
    /// typed access: two more instructions for each of nbody's 20 item accesses per pair of bodies.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Value Slot(Value[] items, long index) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), (nint)index);

    /// <summary>
    /// ints[index] for an index the caller has checked against the count, which never exceeds the
    /// int-mode array's length (every append grows the array first): the JIT's own bounds check
    /// would test the same thing again. (Asserted in debug builds, which the tests run.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref long IntSlot(long[] ints, long index)
    {
        Debug.Assert(ReferenceEquals(ints, _ints) && (ulong)index < (ulong)_count && _count <= ints.Length);
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ints), (nint)index);
    }

    /// <summary>this[index] = value for an int-mode list; false, with nothing written, for an index out of range or general storage.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryWriteInt(long index, long value)
    {
        if ((ulong)index >= (ulong)_count || _ints is not { } ints) return false;
        IntSlot(ints, index) = value;
        return true;
    }

    /// <summary>
    /// this[index] = value for general storage: false, with nothing written, for an index out of
    /// range or an int-mode list (its general storage is empty), which the caller writes the general way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryWriteGeneral(long index, Value value)
    {
        Value[] items = _items;
        if ((ulong)index >= (ulong)_count || (ulong)index >= (ulong)items.Length) return false;
        Slot(items, index) = value;
        return true;
    }

    /// <summary>this[index] when it is a list; null when the index is out of range or the item is something else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal AquaList? ReadList(long index)
    {
        // An int-mode list holds no lists (its general storage is empty), and a slot past the count is None.
        Value[] items = _items;
        if ((ulong)index >= (ulong)items.Length) return null;
        return Slot(items, index).Ref as AquaList;
    }

    /// <summary>this[index] == k: an int item in range is compared at once, anything else by the general read and equality.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool ItemEqualsInt(long index, long k)
    {
        if ((ulong)index < (ulong)_count)
        {
            long[]? ints = _ints;
            if (ints is not null) return IntSlot(ints, index) == k;
            ref readonly Value slot = ref _items[(int)index];
            if (ReferenceEquals(slot.Ref, Tag.Int)) return slot.Bits == k;
        }
        return TypedItems.EqualsIntGeneral(this, index, k);
    }
}
