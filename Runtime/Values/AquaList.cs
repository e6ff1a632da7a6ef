using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// A mutable list with reference semantics (Python list). Storage is a growable array in one of three
/// strategies (like PyPy's list strategies): while every item is a small int (not a bool, not a
/// BigInt) the list keeps <c>long[] _ints</c>; while every item is a float or an int exact as a
/// double, <c>double[] _floats</c> (float mode, AquaList.FloatMode.cs); neither needs a GC write
/// barrier or GC scanning. An int-mode list given a float goes to float mode when its ints allow;
/// any other item converts the whole list to <c>Value[] _items</c> ("generalizes") for good.
/// Every member that hands out the storage as a span or array generalizes first, so span-based
/// callers see exactly the old representation. A general list never goes back.
/// </summary>
public sealed partial class AquaList
{
    /// <summary>The int-mode storage, or null once the list is general.</summary>
    private long[]? _ints;

    /// <summary>
    /// The general storage; an empty array while the list is in int or float mode. Every slot past the
    /// count is default (None): removals clear the slots they free, so typed reads can test a
    /// slot against the array's length alone (<see cref="TryReadNum"/>).
    /// </summary>
    private Value[] _items;

    private int _count;

    public AquaList()
    {
        _ints = Array.Empty<long>();
        _items = Array.Empty<Value>();
    }

    public AquaList(int capacity)
    {
        _ints = capacity == 0 ? Array.Empty<long>() : new long[capacity];
        _items = Array.Empty<Value>();
    }

    /// <summary>
    /// Takes ownership of <paramref name="items"/> (the caller must not keep it). All small ints
    /// give an int-mode list (the array is then dropped).
    /// </summary>
    public AquaList(Value[] items)
    {
        _count = items.Length;
        _items = Array.Empty<Value>();
        if (AllSmallInts(items))
        {
            var ints = items.Length == 0 ? Array.Empty<long>() : new long[items.Length];
            for (int i = 0; i < ints.Length; i++) ints[i] = items[i].Bits;
            _ints = ints;
        }
        else if (!TryStartFloatMode(items))
        {
            _items = items;
        }
    }

    /// <summary>An int-mode list over <paramref name="ints"/>[0..count) (takes ownership).</summary>
    internal AquaList(long[] ints, int count)
    {
        _ints = ints;
        _items = Array.Empty<Value>();
        _count = count;
    }

    private static bool AllSmallInts(ReadOnlySpan<Value> items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (!items[i].IsSmallInt) return false;
        }
        return true;
    }

    public int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _count;
    }

    /// <summary>True while every item is a small int and the storage is <c>long[]</c>.</summary>
    public bool IsIntMode => _ints is not null;

    /// <summary>The int-mode items; only valid while <see cref="IsIntMode"/> (and until the list changes size).</summary>
    internal ReadOnlySpan<long> IntItems => new(_ints!, 0, _count);

    /// <summary>The live items (generalizes the list); invalid after the list changes size.</summary>
    public ReadOnlySpan<Value> Items
    {
        get
        {
            if (_ints is not null || _floats is not null) Generalize();
            return new(_items, 0, _count);
        }
    }

    /// <summary>True while every item is a float or an int exact as a double and the storage is <c>double[]</c>.</summary>
    public bool IsFloatMode => _floats is not null;

    /// <summary>Unchecked-by-Python-rules access: index must be in 0..Count-1.</summary>
    public Value this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_count) ThrowIndex();
            return ItemAt(index);
        }
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set
        {
            if ((uint)index >= (uint)_count) ThrowIndex();
            SetItemAt(index, value);
        }
    }

    /// <summary>Index already checked by the caller to be in 0..Count-1 (the array still checks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Value ItemAt(int index)
    {
        // General storage is tested against its array alone: an int- or float-mode list's is empty.
        Value[] items = _items;
        if ((uint)index < (uint)items.Length) return items[index];
        long[]? ints = _ints;
        if (ints is not null) return Value.Int(ints[index]);
        return FloatItemAt(index);
    }

    /// <summary>Index already checked by the caller to be in 0..Count-1 (the array still checks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetItemAt(int index, Value value)
    {
        Value[] items = _items;
        if ((uint)index < (uint)items.Length)
        {
            items[index] = value;
            return;
        }
        long[]? ints = _ints;
        if (ints is not null && value.IsSmallInt)
        {
            ints[index] = value.Bits;
            return;
        }
        SetItemSlow(index, value);
    }

    /// <summary>SetItemAt for float mode, or an int-mode list given another kind of item.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SetItemSlow(int index, Value value)
    {
        if (_ints is not null && !TryLeaveIntMode(value)) Generalize();
        if (_floats is not null)
        {
            if (TrySetFloatItem(index, value)) return;
            Generalize();
        }
        _items[index] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Value item)
    {
        long[]? ints = _ints;
        if (ints is not null && item.IsSmallInt && _count < ints.Length)
        {
            ints[_count++] = item.Bits;
            return;
        }
        AddSlow(item);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSlow(Value item)
    {
        if (_ints is not null)
        {
            if (item.IsSmallInt)
            {
                if (_count == _ints.Length) Grow(_count + 1);
                _ints[_count++] = item.Bits;
                return;
            }
            if (!TryLeaveIntMode(item)) Generalize(_count + 1);
        }
        if (_floats is not null)
        {
            if (_count == _floats.Length) Grow(_count + 1);
            if (TrySetFloatItem(_count, item))
            {
                _count++;
                return;
            }
            Generalize(_count + 1);
        }
        if (_count == _items.Length) Grow(_count + 1);
        _items[_count++] = item;
    }

    public void Insert(int index, Value item)
    {
        if (_floats is not null)
        {
            if (_intSlots is null && item.IsFloat)
            {
                if (_count == _floats.Length) Grow(_count + 1);
                InsertShifting(_floats, index, item.AsFloat);
                return;
            }
            // Shifting the int-slot bits along with the items is not worth its code: inserting into a
            // float list that holds ints (or something else) generalizes it.
            Generalize(_count + 1);
        }
        if (_ints is not null)
        {
            if (item.IsSmallInt)
            {
                if (_count == _ints.Length) Grow(_count + 1);
                InsertShifting(_ints, index, item.Bits);
                return;
            }
            Generalize(_count + 1);
        }
        if (_count == _items.Length) Grow(_count + 1);
        InsertShifting(_items, index, item);
    }

    /// <summary>Insert's move in whichever storage: the caller has made room for one more item.</summary>
    private void InsertShifting<T>(T[] storage, int index, T item)
    {
        Array.Copy(storage, index, storage, index + 1, _count - index);
        storage[index] = item;
        _count++;
    }

    public void RemoveAt(int index)
    {
        if (_floats is not null && _intSlots is not null) Generalize();
        _count--;
        if (_floats is not null)
        {
            Array.Copy(_floats, index + 1, _floats, index, _count - index);
            return;
        }
        if (_ints is not null)
        {
            Array.Copy(_ints, index + 1, _ints, index, _count - index);
            return;
        }
        Array.Copy(_items, index + 1, _items, index, _count - index);
        _items[_count] = default;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, Math.Min(_count, _items.Length));
        _count = 0;
        ForgetIntSlots();
    }

    public void AddRange(ReadOnlySpan<Value> items)
    {
        if (_ints is not null && AllSmallInts(items))
        {
            if (_count + items.Length > _ints.Length) Grow(_count + items.Length);
            for (int i = 0; i < items.Length; i++) _ints[_count + i] = items[i].Bits;
            _count += items.Length;
            return;
        }
        if (_ints is not null || _floats is not null)
        {
            // One at a time: each append keeps the strategy the items allow.
            foreach (Value item in items) Add(item);
            return;
        }
        if (_count + items.Length > _items.Length) Grow(_count + items.Length);
        items.CopyTo(new Span<Value>(_items, _count, items.Length));
        _count += items.Length;
    }

    /// <summary>
    /// list.extend(other) for a list argument: an int-mode source is copied without generalizing
    /// it (other may be this list: its first Count items are copied).
    /// </summary>
    public void AddRange(AquaList other)
    {
        if (other._ints is null && other._floats is null)
        {
            AddRange(other.Items);
            return;
        }
        int n = other._count;
        if (other._ints is not null && _ints is not null)
        {
            if (_count + n > _ints.Length) Grow(_count + n);
            // After Grow, other._ints is the new array when other is this list; the first n items are unchanged.
            Array.Copy(other._ints, 0, _ints, _count, n);
            _count += n;
            return;
        }
        if (other._ints is not null && _floats is null)
        {
            if (_count + n > _items.Length) Grow(_count + n);
            for (int i = 0; i < n; i++) _items[_count + i] = Value.Int(other._ints[i]);
            _count += n;
            return;
        }
        // Float mode on either side: item by item, each append keeping the strategy the items allow,
        // and the source keeping its own (other may be this list: its first n items are read).
        for (int i = 0; i < n; i++) Add(other.ItemAt(i));
    }

    /// <summary>The live storage for in-place algorithms (generalizes the list).</summary>
    public Span<Value> AsSpan()
    {
        if (_ints is not null || _floats is not null) Generalize();
        return new(_items, 0, _count);
    }

    /// <summary>A copy of the items as values (does not change the list's storage).</summary>
    public Value[] ToArray()
    {
        if (_ints is null && _floats is null) return new ReadOnlySpan<Value>(_items, 0, _count).ToArray();
        var result = new Value[_count];
        for (int i = 0; i < result.Length; i++) result[i] = ItemAt(i);
        return result;
    }

    /// <summary>A new list with the same items in the same strategy (list.copy()).</summary>
    public AquaList Copy()
    {
        if (_ints is not null) return new AquaList(new ReadOnlySpan<long>(_ints, 0, _count).ToArray(), _count);
        if (_floats is not null) return CopyFloats();
        return new AquaList(new ReadOnlySpan<Value>(_items, 0, _count).ToArray());
    }

    /// <summary>list.reverse() in place.</summary>
    public void Reverse()
    {
        if (_floats is not null && _intSlots is not null) Generalize();
        if (_ints is not null) Array.Reverse(_ints, 0, _count);
        else if (_floats is not null) Array.Reverse(_floats, 0, _count);
        else Array.Reverse(_items, 0, _count);
    }

    /// <summary>Sorts an int-mode list in place (equal ints are indistinguishable, so stability is moot).</summary>
    internal void SortInts() => Array.Sort(_ints!, 0, _count);

    /// <summary>Converts int- or float-mode storage to <c>Value[]</c> for good.</summary>
    private void Generalize() => Generalize(_count);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Generalize(int min)
    {
        int capacity = _ints?.Length ?? _floats!.Length;
        var items = new Value[Math.Max(min, capacity)];
        for (int i = 0; i < _count; i++) items[i] = ItemAt(i);
        _items = items;
        _ints = null;
        _floats = null;
        ForgetIntSlots();
    }

    private void Grow(int min)
    {
        if (_ints is not null)
        {
            Array.Resize(ref _ints, GrownSize(_ints.Length, min));
        }
        else if (_floats is not null)
        {
            Array.Resize(ref _floats, GrownSize(_floats.Length, min));
            if (_intSlots is not null) Array.Resize(ref _intSlots, IntSlotWords(_floats.Length));
        }
        else
        {
            Array.Resize(ref _items, GrownSize(_items.Length, min));
        }
    }

    /// <summary>Doubling, at least 4 and at least <paramref name="min"/>.</summary>
    private static int GrownSize(int length, int min) => Math.Max(min, Math.Max(4, length * 2));

    private static void ThrowIndex() => throw new IndexOutOfRangeException();
}
