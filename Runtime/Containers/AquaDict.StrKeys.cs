using System.Runtime.CompilerServices;

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
    internal int FindStr(string key, int hash) => Probe(hash, new StrKey(key));

    /// <summary>A stored str compares by reference, then by its characters; a key of another kind is left to the general lookup.</summary>
    private readonly struct StrKey(string key) : IKeyMatcher
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public KeyMatch Match(in Value stored) =>
            stored.Ref is not string s ? KeyMatch.Unsure
            : ReferenceEquals(s, key) || string.Equals(s, key) ? KeyMatch.Yes : KeyMatch.No;
    }
}
