using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>A mutable list with reference semantics (Python list). Storage is a growable array.</summary>
public sealed partial class AquaList
{
    private Value[] _items;
    private int _count;

    public AquaList() => _items = Array.Empty<Value>();

    public AquaList(int capacity) => _items = capacity == 0 ? Array.Empty<Value>() : new Value[capacity];

    /// <summary>Takes ownership of <paramref name="items"/> (the caller must not keep it).</summary>
    public AquaList(Value[] items)
    {
        _items = items;
        _count = items.Length;
    }

    public int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _count;
    }

    /// <summary>The live items; invalid after the list changes size.</summary>
    public ReadOnlySpan<Value> Items => new(_items, 0, _count);

    /// <summary>Unchecked-by-Python-rules access: index must be in 0..Count-1.</summary>
    public Value this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_count) ThrowIndex();
            return _items[index];
        }
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set
        {
            if ((uint)index >= (uint)_count) ThrowIndex();
            _items[index] = value;
        }
    }

    /// <summary>Index already checked by the caller to be in 0..Count-1 (the array still checks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Value ItemAt(int index) => _items[index];

    /// <summary>Index already checked by the caller to be in 0..Count-1 (the array still checks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetItemAt(int index, Value value) => _items[index] = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Value item)
    {
        if (_count == _items.Length) Grow(_count + 1);
        _items[_count++] = item;
    }

    public void Insert(int index, Value item)
    {
        if (_count == _items.Length) Grow(_count + 1);
        Array.Copy(_items, index, _items, index + 1, _count - index);
        _items[index] = item;
        _count++;
    }

    public void RemoveAt(int index)
    {
        _count--;
        Array.Copy(_items, index + 1, _items, index, _count - index);
        _items[_count] = default;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
    }

    public void AddRange(ReadOnlySpan<Value> items)
    {
        if (_count + items.Length > _items.Length) Grow(_count + items.Length);
        items.CopyTo(new Span<Value>(_items, _count, items.Length));
        _count += items.Length;
    }

    /// <summary>The live storage for in-place algorithms (sort, reverse).</summary>
    public Span<Value> AsSpan() => new(_items, 0, _count);

    public Value[] ToArray() => Items.ToArray();

    private void Grow(int min)
    {
        int size = Math.Max(min, Math.Max(4, _items.Length * 2));
        Array.Resize(ref _items, size);
    }

    private static void ThrowIndex() => throw new IndexOutOfRangeException();
}
