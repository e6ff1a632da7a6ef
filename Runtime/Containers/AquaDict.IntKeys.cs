using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// Lookups by a small-int key given unboxed, for type-specialised code (<see cref="TypedDicts"/>):
/// the hash is computed inline and a stored small int compares by its bits. A slot whose hash
/// matches but whose key is of another kind (a float 1.0, True, an object with its own __eq__)
/// is <see cref="Unsure"/>: the caller takes the general operation, so equality that could run
/// user code or raise behaves exactly as it does there.
/// </summary>
public sealed partial class AquaDict
{
    /// <summary>What <see cref="FindInt"/> gives when only the general lookup can decide.</summary>
    internal const int Unsure = int.MinValue;

    /// <summary>
    /// The slot holding the small int <paramref name="key"/>, the bitwise complement of the empty
    /// slot where it would go (-1 with no slots yet), or <see cref="Unsure"/>.
    /// </summary>
    internal int FindInt(long key) =>
        Hashing.TrySmallInt(key, out int hash) ? Probe(hash, new SmallIntKey(key)) : Unsure;

    /// <summary>A stored small int compares by its bits; a key of another kind is left to the general lookup.</summary>
    private readonly struct SmallIntKey(long key) : IKeyMatcher
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public KeyMatch Match(in Value stored) =>
            !stored.IsSmallInt ? KeyMatch.Unsure : stored.Bits == key ? KeyMatch.Yes : KeyMatch.No;
    }

    /// <summary>The value at a slot <see cref="FindInt"/> found.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Value ValueAt(int slot) => _slots[slot].Value;
}
