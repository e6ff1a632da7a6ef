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
    /// <summary>
    /// The float-mode storage when the list has at least <paramref name="count"/> items and every item
    /// is a float (no int among them); null otherwise. The guard of a float body (the compiler's
    /// Emit/Typed/FloatListBody.cs), which then reads and writes items 0..count-1 in the array
    /// directly: a float written there keeps the list in float mode, with no int bit to clear.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double[]? FloatsOnly(int count) => _intSlots is null && _count >= count ? _floats : null;

    /// <summary>this[index] as a Num: false unless the index is in range and the item a float or an int exact as a double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryReadNum(long index, out Num n)
    {
        // Written flat, with few locals: a typed method inlines this at every item read, and the JIT
        // stops inlining anything once a method has used up its locals (every local and argument of
        // every inlined helper is one), so nested helpers here cost nbody's loop its other inlines.
        Debug.Assert(_count <= (_floats?.Length ?? _ints?.Length ?? _items.Length));
        if ((ulong)index < (ulong)_count)
        {
            if (_floats is { } floats)
            {
                n = new Num(Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(floats), (nint)index),
                    _intSlots is { } bits && ((bits[index >> 6] >> (int)index) & 1) != 0);
                return true;
            }
            if (_ints is { } ints)
            {
                long v = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ints), (nint)index);
                n = new Num(v, true);
                return Typed.IsExact(v);
            }
            // General storage: the count never exceeds its array either.
            ref Value slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), (nint)index);
            if (ReferenceEquals(slot.Ref, Tag.Float))
            {
                n = new Num(BitConverter.Int64BitsToDouble(slot.Bits), false);
                return true;
            }
            n = new Num(slot.Bits, true);
            return ReferenceEquals(slot.Ref, Tag.Int) && Typed.IsExact(slot.Bits);
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

    /// <summary>floats[index] for an index the caller has checked against the count (as <see cref="IntSlot"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref double FloatSlot(double[] floats, long index)
    {
        Debug.Assert(ReferenceEquals(floats, _floats) && (ulong)index < (ulong)_count && _count <= floats.Length);
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(floats), (nint)index);
    }

    /// <summary>
    /// this[index] = value for a float-mode list (over an int, its bit is cleared here: no call, which
    /// would make the JIT keep a typed loop's doubles on the stack); false, with nothing written, for
    /// an index out of range or any other storage.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryWriteFloat(long index, double value)
    {
        if (_floats is not { } floats || (ulong)index >= (ulong)_count) return false;
        FloatSlot(floats, index) = value;
        if (_intSlots is not null) MarkFloat((int)index);
        return true;
    }

    /// <summary>this[index] = value for an int-mode list; false, with nothing written, for an index out of range or general storage.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryWriteInt(long index, long value)
    {
        if ((ulong)index >= (ulong)_count || _ints is not { } ints) return false;
        IntSlot(ints, index) = value;
        return true;
    }

    /// <summary>this[index] when it is a list; null when the index is out of range or the item is something else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal AquaList? ReadList(long index)
    {
        // An int- or float-mode list holds no lists (its general storage is empty), and a slot past the count is None.
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
            // A float-mode list's general storage is empty: its items take the general read.
            Value[] items = _items;
            if ((ulong)index < (ulong)items.Length)
            {
                ref readonly Value slot = ref Slot(items, index);
                if (ReferenceEquals(slot.Ref, Tag.Int)) return slot.Bits == k;
            }
        }
        return TypedItems.EqualsIntGeneral(this, index, k);
    }
}
