using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Aqua.Runtime;

public static partial class Ops
{
    /// <summary>
    /// Python hash, consistent with <see cref="IsEqual"/>: numbers use CPython's numeric hash
    /// (value modulo 2^61-1), so 1, 1.0 and True hash alike and a big int equal to a float hashes
    /// like it; strings and tuples by content; other objects by identity. Lists and dicts are
    /// unhashable: TypeError <c>unhashable type: 'list'</c> (ACODE.md 2.6, 2.7).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(Value v)
    {
        if (v.IsSmallInt && Hashing.TrySmallInt(v.Bits, out int hash)) return hash;
        if (v.Ref is string s) return Hashing.Str(s);
        return Hashing.Fold(Hashing.Hash64(v));
    }
}

/// <summary>CPython's 64-bit hash algorithms (Python/pyhash.c, Objects/longobject.c, tupleobject.c).</summary>
internal static class Hashing
{
    public const long Modulus = (1L << 61) - 1;
    private const int ModulusBits = 61;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Fold(long h) => (int)h ^ (int)(h >> 32);

    /// <summary>
    /// The folded hash of an int within ±(2^61 - 1), the common case of <see cref="Ops.Hash"/>; false
    /// beyond, where the hash is reduced modulo 2^61 - 1 (<see cref="Hash64"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TrySmallInt(long n, out int hash)
    {
        hash = Fold(SmallInt(n));
        return (ulong)(n + Modulus) < 2 * Modulus;
    }

    /// <summary>hash(n) for |n| &lt; 2^61-1: n itself, except that -1 is reserved and becomes -2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long SmallInt(long n) => n == -1 ? -2 : n;

    public static long Hash64(Value v)
    {
        object? r = v.Ref;
        if (r is null) return 0x5F3759DF; // any fixed value: None equals only itself
        if (ReferenceEquals(r, Tag.Int) || ReferenceEquals(r, Tag.Bool)) return Int(v.Bits);
        if (ReferenceEquals(r, Tag.Float)) return Double(v.AsFloat);
        if (r is string s) return Str(s);
        if (r is BigInt b) return Int(b.Value);
        if (r is AquaTuple t) return Tuple(t.Items);
        if (r is AquaList or AquaDict) throw AquaError.TypeError($"unhashable type: '{Ops.TypeName(v)}'");
        return RuntimeHelpers.GetHashCode(r); // instances, classes, modules: identity (ACODE.md 2.7)
    }

    /// <summary>
    /// String hash: a fixed multiply-rotate hash over 8-byte chunks of the UTF-16 text with a final
    /// avalanche. Equal strings hash alike (all a dict needs); no Python program can observe the
    /// value (there is no hash builtin, and dicts iterate in insertion order), so it need not be
    /// CPython's SipHash, and it is several times cheaper than .NET's randomized Marvin hash on
    /// the short keys dicts usually hold.
    /// </summary>
    public static int Str(string s)
    {
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(s.AsSpan());
        const ulong p = 0x9E3779B97F4A7C15UL;
        ulong h = (ulong)bytes.Length ^ 0xC2B2AE3D27D4EB4FUL;
        while (bytes.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ MemoryMarshal.Read<ulong>(bytes)) * p, 31);
            bytes = bytes.Slice(8);
        }
        ulong tail = 0;
        if (bytes.Length >= 4)
        {
            tail = MemoryMarshal.Read<uint>(bytes);
            bytes = bytes.Slice(4);
        }
        if (bytes.Length >= 2) tail = (tail << 16) | MemoryMarshal.Read<ushort>(bytes);
        h = (h ^ tail) * p;
        // The high half of a product depends on every input bit; folding it into the low half,
        // then the dict's Fibonacci bucket index, spreads it over the buckets.
        return (int)h ^ (int)(h >> 32);
    }

    public static long Int(long n)
    {
        ulong abs = n < 0 ? (ulong)(-(n + 1)) + 1 : (ulong)n;
        long h = (long)(abs % Modulus);
        if (n < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long Int(BigInteger n)
    {
        long h = (long)(BigInteger.Abs(n) % Modulus);
        if (n.Sign < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /// <summary>CPython _Py_HashDouble: equal to the int hash for integral values.</summary>
    public static long Double(double v)
    {
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        if (double.IsNaN(v)) return 0; // CPython uses identity; nan never equals anything anyway
        double m = FrExp(v, out int e);
        int sign = 1;
        if (m < 0)
        {
            sign = -1;
            m = -m;
        }
        ulong x = 0;
        const ulong p = Modulus;
        while (m != 0)
        {
            x = ((x << 28) & p) | x >> (ModulusBits - 28);
            m *= 268435456.0; // 2**28
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= p) x -= p;
        }
        e = e >= 0 ? e % ModulusBits : ModulusBits - 1 - ((-1 - e) % ModulusBits);
        x = ((x << e) & p) | x >> (ModulusBits - e);
        long h = (long)x * sign;
        return h == -1 ? -2 : h;
    }

    /// <summary>C frexp: v = m * 2^e with 0.5 &lt;= |m| &lt; 1 (v finite, non-zero; 0 gives 0).</summary>
    private static double FrExp(double v, out int e)
    {
        if (v == 0)
        {
            e = 0;
            return v;
        }
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            // Subnormal: scale into the normal range first.
            v *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(v);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        e = exp - 1022;
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFUL)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    /// <summary>CPython 3.11 tuplehash (xxHash-based) over the items' hashes.</summary>
    private static long Tuple(Value[] items)
    {
        const ulong prime1 = 11400714785074694791UL, prime2 = 14029467366897019727UL, prime5 = 2870177450012600261UL;
        ulong acc = prime5;
        foreach (Value item in items)
        {
            ulong lane = (ulong)(item.Ref is string s ? Str(s) : Hash64(item));
            acc += lane * prime2;
            acc = BitOperations.RotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += (ulong)items.Length ^ (prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }
}
