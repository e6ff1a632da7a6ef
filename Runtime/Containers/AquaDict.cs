using System.Collections;
using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// Insertion-ordered dict with Python key equality and hashing: 1, 1.0 and True are one key and
/// the first key object inserted is kept; updating a key keeps its position; deleting keeps the
/// order of the rest (ACODE.md 2.7).
/// </summary>
/// <remarks>
/// Open addressing with linear probing over a power-of-two array of slots that hold the key, the
/// value and the hash together, so a lookup usually touches one cache line (a chained table or
/// CPython's index table + entries array needs two dependent memory reads, which dominate
/// lookups in a dict larger than the cache). Insertion order is kept apart in
/// <c>_order</c>: the slot index of every key in the order it was added. A deleted key leaves a
/// tombstone slot (probing continues past it, and it is not reused until the next resize), so an
/// order entry whose slot is not live is a deleted key and is skipped. At most two thirds of the
/// slots are ever non-empty, so probing always ends at an empty slot.
/// Small-int and string keys compare without the general equality.
/// Enumeration (<see cref="GetEnumerator"/>, <see cref="Entries"/>) is live and unchecked: a caller
/// that may change the dict while iterating must iterate a snapshot (<see cref="Keys"/>,
/// <see cref="Values"/>, <see cref="Items"/>) or watch <see cref="Version"/>.
/// </remarks>
public sealed partial class AquaDict : IEnumerable<KeyValuePair<Value, Value>>
{
    private const int Empty = 0, Live = 1, Deleted = 2;
    private const int MinSize = 8;

    private struct Slot
    {
        public Value Key;
        public Value Value;
        public int Hash;
        public int State; // Empty, Live or Deleted (a tombstone: key and value cleared)
    }

    private Slot[] _slots; // power-of-two length, or empty before the first insertion
    private int[] _order; // slot index of each key in insertion order; its length is the usable capacity
    private int _used; // order entries handed out (= non-empty slots), deleted keys included
    private int _count;
    private int _shift; // 32 - log2(slot count), for Fibonacci hashing of the first probe

    public AquaDict()
    {
        _slots = Array.Empty<Slot>();
        _order = Array.Empty<int>();
    }

    public AquaDict(int capacity) : this()
    {
        if (capacity > 0) Resize(capacity);
    }

    public int Count => _count;

    /// <summary>Changes whenever a key is added or removed (not on value updates), for iterators that must notice.</summary>
    public int Version { get; private set; }

    /// <summary>Looks a key up; TypeError for an unhashable key.</summary>
    public bool TryGetValue(Value key, out Value value)
    {
        int i = Find(key, Ops.Hash(key));
        if (i < 0)
        {
            value = default;
            return false;
        }
        value = _slots[i].Value;
        return true;
    }

    /// <summary>Inserts or updates; an existing key keeps its key object and position.</summary>
    public void Set(Value key, Value value)
    {
        int hash = Ops.Hash(key);
        int i = Find(key, hash);
        if (i >= 0)
        {
            _slots[i].Value = value;
            return;
        }
        Insert(~i, key, value, hash);
    }

    /// <summary>Python setdefault: the existing value, or <paramref name="value"/> after inserting it.</summary>
    public Value SetDefault(Value key, Value value)
    {
        int hash = Ops.Hash(key);
        int i = Find(key, hash);
        if (i >= 0) return _slots[i].Value;
        Insert(~i, key, value, hash);
        return value;
    }

    public bool ContainsKey(Value key) => Find(key, Ops.Hash(key)) >= 0;

    public bool Remove(Value key) => Pop(key, out _);

    /// <summary>Removes a key and gives its value; false if absent.</summary>
    public bool Pop(Value key, out Value value)
    {
        int i = Find(key, Ops.Hash(key)); // TypeError for an unhashable key even when empty, as Python
        if (i < 0)
        {
            value = default;
            return false;
        }
        ref Slot s = ref _slots[i];
        value = s.Value;
        s.Key = default;
        s.Value = default;
        s.State = Deleted;
        _count--;
        Version++;
        return true;
    }

    public void Clear()
    {
        if (_used == 0) return;
        Array.Clear(_slots);
        _used = 0;
        _count = 0;
        Version++;
    }

    /// <summary>A shallow copy (keys and values shared, as Python dict.copy).</summary>
    public AquaDict Copy()
    {
        var copy = new AquaDict(_count);
        for (int i = 0; i < _used; i++)
        {
            ref Slot s = ref _slots[_order[i]];
            if (s.State == Live) copy.InsertDistinct(s.Key, s.Value, s.Hash);
        }
        return copy;
    }

    /// <summary>Snapshot of the keys in order.</summary>
    public Value[] Keys
    {
        get
        {
            var keys = new Value[_count];
            int k = 0;
            for (int i = 0; i < _used; i++)
            {
                ref Slot s = ref _slots[_order[i]];
                if (s.State == Live) keys[k++] = s.Key;
            }
            return keys;
        }
    }

    /// <summary>Snapshot of the values in order.</summary>
    public Value[] Values
    {
        get
        {
            var values = new Value[_count];
            int k = 0;
            for (int i = 0; i < _used; i++)
            {
                ref Slot s = ref _slots[_order[i]];
                if (s.State == Live) values[k++] = s.Value;
            }
            return values;
        }
    }

    /// <summary>Snapshot of the (key, value) pairs in order.</summary>
    public KeyValuePair<Value, Value>[] Items
    {
        get
        {
            var items = new KeyValuePair<Value, Value>[_count];
            int k = 0;
            for (int i = 0; i < _used; i++)
            {
                ref Slot s = ref _slots[_order[i]];
                if (s.State == Live) items[k++] = new(s.Key, s.Value);
            }
            return items;
        }
    }

    /// <summary>Live entries in insertion order (a snapshot is the caller's business).</summary>
    public IEnumerable<KeyValuePair<Value, Value>> Entries => this;

    /// <summary>Allocation-free live enumeration for <c>foreach</c>.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<Value, Value>> IEnumerable<KeyValuePair<Value, Value>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the insertion order by index, skipping deleted keys.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<Value, Value>>
    {
        private readonly AquaDict _dict;
        private int _index;

        internal Enumerator(AquaDict dict)
        {
            _dict = dict;
            _index = -1;
        }

        public KeyValuePair<Value, Value> Current
        {
            get
            {
                ref Slot s = ref _dict._slots[_dict._order[_index]];
                return new(s.Key, s.Value);
            }
        }

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (++_index < _dict._used)
            {
                if (_dict._slots[_dict._order[_index]].State == Live) return true;
            }
            _index = _dict._used;
            return false;
        }

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }

    /// <summary>Usable capacity (non-empty slots allowed) of a table of <paramref name="size"/> slots: two thirds.</summary>
    private static int Usable(int size) => size - size / 3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FirstProbe(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

    /// <summary>
    /// The slot holding <paramref name="key"/>, or the bitwise complement of the empty slot where
    /// it would be inserted (-1, i.e. ~0, when there are no slots yet).
    /// </summary>
    private int Find(Value key, int hash) => Probe(hash, new AnyKey(key));

    /// <summary>How a slot's key compares with the key looked up.</summary>
    private enum KeyMatch { No, Yes, Unsure }

    /// <summary>
    /// The key comparison of a lookup: the general one (<see cref="AnyKey"/>), or one of the unboxed
    /// lookups of typed code, which may leave a key of another kind to the general one.
    /// </summary>
    private interface IKeyMatcher
    {
        KeyMatch Match(in Value stored);
    }

    /// <summary>The general comparison: <see cref="KeyEquals"/>.</summary>
    private readonly struct AnyKey(Value key) : IKeyMatcher
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public KeyMatch Match(in Value stored) => KeyEquals(stored, key) ? KeyMatch.Yes : KeyMatch.No;
    }

    /// <summary>
    /// The one probe loop of every lookup: the slot whose key matches, the bitwise complement of the
    /// empty slot that ends the probe (-1 with no slots yet), or <see cref="Unsure"/> when the matcher
    /// cannot decide a slot of the same hash. Generic over a struct, so each matcher gets its own
    /// compiled loop with the comparison inline.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Probe<TMatcher>(int hash, TMatcher matcher) where TMatcher : struct, IKeyMatcher
    {
        Slot[] slots = _slots;
        if (slots.Length == 0) return -1;
        int mask = slots.Length - 1;
        int i = FirstProbe(hash);
        while (true)
        {
            ref Slot s = ref slots[i];
            if (s.Hash == hash && s.State == Live)
            {
                switch (matcher.Match(in s.Key))
                {
                    case KeyMatch.Yes:
                        return i;
                    case KeyMatch.Unsure:
                        return Unsure;
                }
            }
            else if (s.State == Empty)
            {
                return ~i;
            }
            i = (i + 1) & mask;
        }
    }

    /// <summary>
    /// key = value at what a typed lookup (<see cref="FindInt"/>, <see cref="FindStr"/>) gave for
    /// <paramref name="key"/>: the found slot's value is replaced (the key keeps its object and
    /// place), or the key is added at the empty slot; false, with nothing done, for <see cref="Unsure"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryStore(int found, Value key, Value value)
    {
        if (found >= 0)
        {
            _slots[found].Value = value;
            return true;
        }
        if (found == Unsure) return false;
        Insert(~found, key, value, Ops.Hash(key));
        return true;
    }

    /// <summary>Python's key match: identity or ==, with the common key kinds decided inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KeyEquals(Value stored, Value key)
    {
        if (stored.IsSmallInt && key.IsSmallInt) return stored.Bits == key.Bits;
        if (stored.Ref is string s && key.Ref is string k) return ReferenceEquals(s, k) || string.Equals(s, k);
        return Equality.ItemEqual(stored, key, 0);
    }

    /// <summary>Adds a key known to be absent; <paramref name="slot"/> is the empty slot Find gave for it.</summary>
    private void Insert(int slot, Value key, Value value, int hash)
    {
        if (_used == _order.Length)
        {
            Resize(_count + 1);
            slot = EmptySlotFor(hash);
        }
        Occupy(slot, key, value, hash);
    }

    /// <summary>Adds a key known to differ from every key present (copying a dict).</summary>
    private void InsertDistinct(Value key, Value value, int hash)
    {
        if (_used == _order.Length) Resize(_count + 1);
        Occupy(EmptySlotFor(hash), key, value, hash);
    }

    private void Occupy(int slot, Value key, Value value, int hash)
    {
        ref Slot s = ref _slots[slot];
        s.Key = key;
        s.Value = value;
        s.Hash = hash;
        s.State = Live;
        _order[_used++] = slot;
        _count++;
        Version++;
    }

    /// <summary>The first empty slot on the probe sequence of <paramref name="hash"/>.</summary>
    private int EmptySlotFor(int hash)
    {
        Slot[] slots = _slots;
        int mask = slots.Length - 1;
        int i = FirstProbe(hash);
        while (slots[i].State != Empty) i = (i + 1) & mask;
        return i;
    }

    /// <summary>
    /// Reallocates for at least <paramref name="needed"/> live keys with room to grow by half again,
    /// dropping the tombstones; the insertion order is kept.
    /// </summary>
    private void Resize(int needed)
    {
        long target = needed + (long)needed / 2;
        int size = MinSize;
        while (Usable(size) < target && size < (1 << 30)) size <<= 1;
        if (Usable(size) < needed) throw new OutOfMemoryException("dict too large");
        Slot[] oldSlots = _slots;
        int[] oldOrder = _order;
        int oldUsed = _used;
        _slots = new Slot[size];
        _order = new int[Usable(size)];
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
        _used = 0;
        for (int i = 0; i < oldUsed; i++)
        {
            ref Slot old = ref oldSlots[oldOrder[i]];
            if (old.State != Live) continue;
            int slot = EmptySlotFor(old.Hash);
            _slots[slot] = old;
            _order[_used++] = slot;
        }
    }
}
