using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// Float mode: a list whose items are all floats, or ints exact as doubles (|v| &lt;= 2^53), keeps
/// them in <c>double[] _floats</c> (PyPy's IntOrFloatListStrategy, for the same reason: numeric
/// code builds <c>[0, 0, 0, mass]</c> and <c>[0] * n</c> and then writes floats into them). An int
/// item is its exact double with its bit set in <c>_intSlots</c>, so that it reads back as the int it
/// was; the bitmap exists only while some item is an int, and a list of floats alone is read and
/// written with no test beyond the strategy's (the typed accesses, AquaList.TypedAccess.cs).
/// Nothing else fits: a bool, a big int, any object generalizes the list.
/// </summary>
public sealed partial class AquaList
{
    /// <summary>The float-mode storage, or null in any other strategy.</summary>
    private double[]? _floats;

    /// <summary>
    /// Float mode only: bit i is set when item i is an int. Null while no item is (the common case,
    /// which the typed accesses test for); every bit past the count is clear.
    /// </summary>
    private ulong[]? _intSlots;

    /// <summary>The number of set bits in <see cref="_intSlots"/>: the bitmap is dropped when it reaches 0.</summary>
    private int _intItems;

    private static int IntSlotWords(int capacity) => (capacity + 63) >> 6;

    /// <summary>Float mode for items that all fit it with at least one float (the constructor's case); false, with nothing changed, otherwise.</summary>
    private bool TryStartFloatMode(Value[] items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (!FitsFloatMode(items[i])) return false;
        }
        _floats = new double[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            bool stored = TrySetFloatItem(i, items[i]);
            System.Diagnostics.Debug.Assert(stored);
        }
        return true;
    }

    private static bool FitsFloatMode(Value v) => v.IsFloat || (v.IsSmallInt && Typed.IsExact(v.Bits));

    /// <summary>
    /// An int-mode list given <paramref name="item"/>, which is not a small int: to float mode when the
    /// item is a float and every int is exact as a double; false (still int mode) otherwise.
    /// </summary>
    private bool TryLeaveIntMode(Value item)
    {
        long[] ints = _ints!;
        if (!item.IsFloat) return false;
        for (int i = 0; i < _count; i++)
        {
            if (!Typed.IsExact(ints[i])) return false;
        }
        var floats = new double[ints.Length];
        for (int i = 0; i < _count; i++) floats[i] = ints[i];
        if (_count > 0)
        {
            _intSlots = new ulong[IntSlotWords(floats.Length)];
            for (int i = 0; i < _count; i++) _intSlots[i >> 6] |= 1UL << i;
            _intItems = _count;
        }
        _floats = floats;
        _ints = null;
        return true;
    }

    /// <summary>Item <paramref name="index"/> (below the count) of a float-mode list.</summary>
    private Value FloatItemAt(int index)
    {
        double d = _floats![index];
        return IsIntSlot(index) ? Value.Int((long)d) : Value.Float(d);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsIntSlot(long index) => _intSlots is { } bits && (bits[index >> 6] & (1UL << (int)index)) != 0;

    /// <summary>
    /// Stores <paramref name="value"/> at <paramref name="index"/> of a float-mode list and marks
    /// whether it is an int; false, with nothing changed, when it does not fit float mode. The index
    /// is below the capacity (an append stores just past the count, then counts the item).
    /// </summary>
    private bool TrySetFloatItem(int index, Value value)
    {
        if (value.IsFloat)
        {
            _floats![index] = value.AsFloat;
            if (_intSlots is not null) MarkFloat(index);
            return true;
        }
        if (value.IsSmallInt && Typed.IsExact(value.Bits))
        {
            _floats![index] = value.Bits;
            MarkInt(index);
            return true;
        }
        return false;
    }

    private void MarkInt(int index)
    {
        _intSlots ??= new ulong[IntSlotWords(_floats!.Length)];
        ref ulong word = ref _intSlots[index >> 6];
        ulong bit = 1UL << index;
        if ((word & bit) != 0) return;
        word |= bit;
        _intItems++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MarkFloat(int index)
    {
        ref ulong word = ref _intSlots![index >> 6];
        ulong bit = 1UL << index;
        if ((word & bit) == 0) return;
        word &= ~bit;
        if (--_intItems == 0) _intSlots = null;
    }

    private void ForgetIntSlots()
    {
        _intSlots = null;
        _intItems = 0;
    }

    /// <summary>list.copy() of a float-mode list: the same strategy, the same int slots.</summary>
    private AquaList CopyFloats()
    {
        var copy = new AquaList(Array.Empty<long>(), _count)
        {
            _ints = null,
            _floats = new ReadOnlySpan<double>(_floats!, 0, _count).ToArray(),
        };
        if (_intSlots is not null)
        {
            copy._intSlots = new ulong[IntSlotWords(_count)];
            Array.Copy(_intSlots, copy._intSlots, copy._intSlots.Length);
            copy._intItems = _intItems;
        }
        return copy;
    }
}
