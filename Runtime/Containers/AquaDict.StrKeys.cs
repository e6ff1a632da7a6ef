namespace Aqua.Runtime;

/// <summary>
/// Lookups by a str key for type-specialised code (<see cref="TypedDicts"/>): the key's hash is the
/// str hash itself (no dispatch on the key's kind) and a stored str compares by reference, then by
/// its characters. A slot whose hash matches but whose key is not a str (an object with its own
/// __eq__ and __hash__) is <see cref="Unsure"/>: the caller takes the general operation, so
/// equality that could run user code behaves exactly as it does there.
/// </summary>
public sealed partial class AquaDict
{
    /// <summary>
    /// The slot holding the str <paramref name="key"/> (whose hash is <paramref name="hash"/>), the
    /// bitwise complement of the empty slot where it would go (-1 with no slots yet), or <see cref="Unsure"/>.
    /// </summary>
    internal int FindStr(string key, int hash)
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
                if (s.Key.Ref is not string stored) return Unsure;
                if (ReferenceEquals(stored, key) || string.Equals(stored, key)) return i;
            }
            else if (s.State == Empty)
            {
                return ~i;
            }
            i = (i + 1) & mask;
        }
    }

    /// <summary>Adds the str <paramref name="key"/> at the empty slot <see cref="FindStr"/> gave (its complement).</summary>
    internal void InsertStr(int emptySlot, string key, int hash, Value value) => Insert(emptySlot, Value.Str(key), value, hash);
}
