using System.Collections;
using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// Insertion-ordered dict with Python key equality and hashing: 1, 1.0 and True are one key and
/// the first key object inserted is kept; updating a key keeps its position; deleting keeps the
/// order of the rest (ACODE.md 2.7).
/// </summary>
/// <remarks>
/// Layout as CPython's compact dict and .NET's Dictionary: an entries array in insertion order
/// (deleted entries stay as holes until the next resize) and a power-of-two bucket array of chain
/// heads. Small-int and string keys compare without the general equality.
/// Enumeration (<see cref="GetEnumerator"/>, <see cref="Entries"/>) is live and unchecked: a caller
/// that may change the dict while iterating must iterate a snapshot (<see cref="Keys"/>,
/// <see cref="Values"/>, <see cref="Items"/>) or watch <see cref="Version"/>.
/// </remarks>
public sealed partial class AquaDict : IEnumerable<KeyValuePair<Value, Value>>
{
    private const int Deleted = -1;

    private struct Entry
    {
        public Value Key;
        public Value Value;
        public int Hash;
        public int Next; // 1-based index of the next entry in the bucket chain, 0 at the end, Deleted for a hole
    }

    private int[] _buckets; // 1-based entry index of each chain's head; 0 = empty
    private Entry[] _entries;
    private int _used; // entries handed out, holes included
    private int _count;
    private int _shift; // 32 - log2(bucket count), for Fibonacci hashing of the bucket index

    public AquaDict()
    {
        _buckets = Array.Empty<int>();
        _entries = Array.Empty<Entry>();
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
        value = _entries[i].Value;
        return true;
    }

    /// <summary>Inserts or updates; an existing key keeps its key object and position.</summary>
    public void Set(Value key, Value value)
    {
        int hash = Ops.Hash(key);
        int i = Find(key, hash);
        if (i >= 0)
        {
            _entries[i].Value = value;
            return;
        }
        Append(key, value, hash);
    }

    /// <summary>Python setdefault: the existing value, or <paramref name="value"/> after inserting it.</summary>
    public Value SetDefault(Value key, Value value)
    {
        int hash = Ops.Hash(key);
        int i = Find(key, hash);
        if (i >= 0) return _entries[i].Value;
        Append(key, value, hash);
        return value;
    }

    public bool ContainsKey(Value key) => Find(key, Ops.Hash(key)) >= 0;

    public bool Remove(Value key) => Pop(key, out _);

    /// <summary>Removes a key and gives its value; false if absent.</summary>
    public bool Pop(Value key, out Value value)
    {
        value = default;
        if (_count == 0)
        {
            Ops.Hash(key); // still TypeError for an unhashable key, as Python
            return false;
        }
        int hash = Ops.Hash(key);
        ref int link = ref _buckets[Bucket(hash)];
        while (link != 0)
        {
            ref Entry e = ref _entries[link - 1];
            if (e.Hash == hash && KeyEquals(e.Key, key))
            {
                value = e.Value;
                link = e.Next;
                e = default;
                e.Next = Deleted;
                _count--;
                Version++;
                return true;
            }
            link = ref e.Next;
        }
        return false;
    }

    public void Clear()
    {
        if (_used == 0) return;
        Array.Clear(_buckets);
        Array.Clear(_entries, 0, _used);
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
            ref Entry e = ref _entries[i];
            if (e.Next != Deleted) copy.Append(e.Key, e.Value, e.Hash);
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
                if (_entries[i].Next != Deleted) keys[k++] = _entries[i].Key;
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
                if (_entries[i].Next != Deleted) values[k++] = _entries[i].Value;
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
                ref Entry e = ref _entries[i];
                if (e.Next != Deleted) items[k++] = new(e.Key, e.Value);
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

    /// <summary>Walks the entries array by index, skipping holes.</summary>
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
                ref Entry e = ref _dict._entries[_index];
                return new(e.Key, e.Value);
            }
        }

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (++_index < _dict._used)
            {
                if (_dict._entries[_index].Next != Deleted) return true;
            }
            _index = _dict._used;
            return false;
        }

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bucket(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

    private int Find(Value key, int hash)
    {
        if (_count == 0) return -1;
        int i = _buckets[Bucket(hash)];
        Entry[] entries = _entries;
        while (i != 0)
        {
            ref Entry e = ref entries[i - 1];
            if (e.Hash == hash && KeyEquals(e.Key, key)) return i - 1;
            i = e.Next;
        }
        return -1;
    }

    /// <summary>Python's key match: identity or ==, with the common key kinds decided inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KeyEquals(Value stored, Value key)
    {
        if (stored.IsSmallInt && key.IsSmallInt) return stored.Bits == key.Bits;
        if (stored.Ref is string s && key.Ref is string k) return ReferenceEquals(s, k) || string.Equals(s, k);
        return Equality.ItemEqual(stored, key, 0);
    }

    private void Append(Value key, Value value, int hash)
    {
        if (_used == _entries.Length) Resize(_count + 1);
        int index = _used++;
        ref int head = ref _buckets[Bucket(hash)];
        ref Entry e = ref _entries[index];
        e.Key = key;
        e.Value = value;
        e.Hash = hash;
        e.Next = head;
        head = index + 1;
        _count++;
        Version++;
    }

    /// <summary>Reallocates for at least <paramref name="needed"/> live entries, dropping the holes.</summary>
    private void Resize(int needed)
    {
        int size = 4;
        while (size < needed * 2 && size < (1 << 30)) size <<= 1;
        if (size < needed) size = needed; // beyond 2^30 entries: no doubling left
        var entries = new Entry[size];
        int n = 0;
        for (int i = 0; i < _used; i++)
        {
            if (_entries[i].Next != Deleted) entries[n++] = _entries[i];
        }
        _entries = entries;
        _used = n;
        _buckets = new int[size];
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
        for (int i = 0; i < n; i++)
        {
            ref int head = ref _buckets[Bucket(entries[i].Hash)];
            entries[i].Next = head;
            head = i + 1;
        }
    }
}
