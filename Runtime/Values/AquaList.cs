using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// A mutable list with reference semantics (Python list). Storage is a growable array in one of two
/// strategies (like PyPy's list strategies): while every item is a small int (not a bool, not a
/// BigInt) the list keeps <c>long[] _ints</c>, which needs no GC write barrier and no GC scanning;
/// the first other item converts the whole list to <c>Value[] _items</c> ("generalizes") for good.
/// Every member that hands out the storage as a span or array generalizes first, so span-based
/// callers see exactly the old representation. A general list never goes back to int mode.
/// </summary>
public sealed partial class AquaList
{
    /// <summary>The int-mode storage, or null once the list is general.</summary>
    private long[]? _ints;

    /// <summary>
    /// The general storage; an empty array while the list is in int mode. Every slot past the
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
        if (AllSmallInts(items))
        {
            var ints = items.Length == 0 ? Array.Empty<long>() : new long[items.Length];
            for (int i = 0; i < ints.Length; i++) ints[i] = items[i].Bits;
            _ints = ints;
            _items = Array.Empty<Value>();
        }
        else
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
            if (_ints is not null) Generalize();
            return new(_items, 0, _count);
        }
    }

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
        long[]? ints = _ints;
        if (ints is not null) return Value.Int(ints[index]);
        return _items[index];
    }

    /// <summary>Index already checked by the caller to be in 0..Count-1 (the array still checks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetItemAt(int index, Value value)
    {
        long[]? ints = _ints;
        if (ints is not null)
        {
            if (value.IsSmallInt)
            {
                ints[index] = value.Bits;
                return;
            }
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
            Generalize(_count + 1);
        }
        if (_count == _items.Length) Grow(_count + 1);
        _items[_count++] = item;
    }

    public void Insert(int index, Value item)
    {
        if (_ints is not null)
        {
            if (item.IsSmallInt)
            {
                if (_count == _ints.Length) Grow(_count + 1);
                Array.Copy(_ints, index, _ints, index + 1, _count - index);
                _ints[index] = item.Bits;
                _count++;
                return;
            }
            Generalize(_count + 1);
        }
        if (_count == _items.Length) Grow(_count + 1);
        Array.Copy(_items, index, _items, index + 1, _count - index);
        _items[index] = item;
        _count++;
    }

    public void RemoveAt(int index)
    {
        _count--;
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
        if (_ints is null) Array.Clear(_items, 0, _count);
        _count = 0;
    }

    public void AddRange(ReadOnlySpan<Value> items)
    {
        if (_ints is not null)
        {
            if (AllSmallInts(items))
            {
                if (_count + items.Length > _ints.Length) Grow(_count + items.Length);
                for (int i = 0; i < items.Length; i++) _ints[_count + i] = items[i].Bits;
                _count += items.Length;
                return;
            }
            Generalize(_count + items.Length);
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
        if (other._ints is null)
        {
            AddRange(other.Items);
            return;
        }
        int n = other._count;
        if (_ints is not null)
        {
            if (_count + n > _ints.Length) Grow(_count + n);
            // After Grow, other._ints is the new array when other is this list; the first n items are unchanged.
            Array.Copy(other._ints, 0, _ints, _count, n);
            _count += n;
            return;
        }
        if (_count + n > _items.Length) Grow(_count + n);
        long[] src = other._ints;
        for (int i = 0; i < n; i++) _items[_count + i] = Value.Int(src[i]);
        _count += n;
    }

    /// <summary>The live storage for in-place algorithms (generalizes the list).</summary>
    public Span<Value> AsSpan()
    {
        if (_ints is not null) Generalize();
        return new(_items, 0, _count);
    }

    /// <summary>A copy of the items as values (does not change the list's storage).</summary>
    public Value[] ToArray()
    {
        if (_ints is null) return new ReadOnlySpan<Value>(_items, 0, _count).ToArray();
        var result = new Value[_count];
        for (int i = 0; i < result.Length; i++) result[i] = Value.Int(_ints[i]);
        return result;
    }

    /// <summary>A new list with the same items in the same strategy (list.copy()).</summary>
    public AquaList Copy()
    {
        if (_ints is not null) return new AquaList(new ReadOnlySpan<long>(_ints, 0, _count).ToArray(), _count);
        return new AquaList(new ReadOnlySpan<Value>(_items, 0, _count).ToArray());
    }

    /// <summary>list.reverse() in place.</summary>
    public void Reverse()
    {
        if (_ints is not null) Array.Reverse(_ints, 0, _count);
        else Array.Reverse(_items, 0, _count);
    }

    /// <summary>Sorts an int-mode list in place (equal ints are indistinguishable, so stability is moot).</summary>
    internal void SortInts() => Array.Sort(_ints!, 0, _count);

    /// <summary>Converts int-mode storage to <c>Value[]</c> for good.</summary>
    private void Generalize() => Generalize(_count);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Generalize(int min)
    {
        long[] ints = _ints!;
        var items = new Value[Math.Max(min, ints.Length)];
        for (int i = 0; i < _count; i++) items[i] = Value.Int(ints[i]);
        _items = items;
        _ints = null;
    }

    private void Grow(int min)
    {
        if (_ints is not null)
        {
            int size = Math.Max(min, Math.Max(4, _ints.Length * 2));
            Array.Resize(ref _ints, size);
        }
        else
        {
            int size = Math.Max(min, Math.Max(4, _items.Length * 2));
            Array.Resize(ref _items, size);
        }
    }

    private static void ThrowIndex() => throw new IndexOutOfRangeException();
}
