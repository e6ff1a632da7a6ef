using System.Numerics;
using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// An AquaScript value in 16 bytes, never boxed for ints, floats, bools or None.
/// </summary>
/// <remarks>
/// <see cref="Ref"/> says what the value is: <c>null</c> for None, one of the sentinel
/// <see cref="Tag"/> objects for a small int / float / bool (the payload is in <see cref="Bits"/>),
/// or the heap object itself (a <see cref="string"/>, <see cref="BigInt"/>, <see cref="AquaList"/>,
/// <see cref="AquaTuple"/>, <see cref="AquaDict"/>, instance, class, module, iterator).
/// Type tests are reference comparisons; ints that leave the 64-bit range become <see cref="BigInt"/>
/// (ACODE.md 6.4), and a <see cref="BigInt"/> always holds a value outside the long range, so every
/// int has exactly one representation.
/// </remarks>
public readonly partial struct Value
{
    /// <summary>null (None), a <see cref="Tag"/>, or the heap object.</summary>
    public readonly object? Ref;

    /// <summary>The payload of a small int, float (IEEE bits) or bool (0/1).</summary>
    public readonly long Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Value(object? reference, long bits)
    {
        Ref = reference;
        Bits = bits;
    }

    public static readonly Value None = default;
    public static readonly Value True = new(Tag.Bool, 1);
    public static readonly Value False = new(Tag.Bool, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Int(long value) => new(Tag.Int, value);

    /// <summary>An int from a BigInteger, normalised to the small form when it fits.</summary>
    public static Value Int(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? new(Tag.Int, (long)value) : new(new BigInt(value), 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Float(double value) => new(Tag.Float, BitConverter.DoubleToInt64Bits(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Bool(bool value) => value ? True : False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Str(string value) => new(value, 0);

    /// <summary>Wraps a heap object (list, tuple, dict, instance, class, module, iterator).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Object(object value) => new(value, 0);

    public bool IsNone
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Ref is null;
    }

    /// <summary>A small (64-bit) int; not a bool.</summary>
    public bool IsSmallInt
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(Ref, Tag.Int);
    }

    public bool IsBool
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(Ref, Tag.Bool);
    }

    public bool IsFloat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(Ref, Tag.Float);
    }

    public bool IsBigInt => Ref is BigInt;

    /// <summary>An int of either size (not bool).</summary>
    public bool IsInt => IsSmallInt || Ref is BigInt;

    /// <summary>Python's int type including its bool subtype.</summary>
    public bool IsIntOrBool => IsSmallInt || IsBool || Ref is BigInt;

    public bool IsStr => Ref is string;

    public bool IsList
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Ref is AquaList;
    }

    /// <summary>The list of a value known to hold one (<see cref="IsList"/>): no second type test.</summary>
    public AquaList AsList
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.As<AquaList>(Ref!);
    }

    /// <summary>The payload of a small int or bool.</summary>
    public long AsLong
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Bits;
    }

    public double AsFloat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => BitConverter.Int64BitsToDouble(Bits);
    }

    public bool AsBool => Bits != 0;

    public string AsStr => (string)Ref!;

    /// <summary>Any int or bool as a BigInteger.</summary>
    public BigInteger AsBigInteger => Ref is BigInt b ? b.Value : new BigInteger(Bits);

    public override string ToString() => Text.Str(this);
}

/// <summary>Sentinel objects stored in <see cref="Value.Ref"/> to mark unboxed payloads.</summary>
/// <remarks>
/// Each sentinel is a <c>typeof</c> object: the runtime keeps those on its frozen (non-GC) heap, so
/// the JIT compiles <c>ReferenceEquals(v.Ref, Tag.Int)</c> to a compare with a constant address
/// instead of a load of the static field before every type test (a plain object would be loaded).
/// </remarks>
public static class Tag
{
    private sealed class IntTag;
    private sealed class FloatTag;
    private sealed class BoolTag;

    public static readonly object Int = typeof(IntTag);
    public static readonly object Float = typeof(FloatTag);
    public static readonly object Bool = typeof(BoolTag);

    /// <summary>The Python type name of a sentinel, or null for any other object.</summary>
    public static string? NameOf(object r) =>
        ReferenceEquals(r, Int) ? "int" : ReferenceEquals(r, Float) ? "float" : ReferenceEquals(r, Bool) ? "bool" : null;
}

/// <summary>An int outside the 64-bit range (always: smaller ones use the unboxed form).</summary>
public sealed class BigInt(BigInteger value)
{
    public BigInteger Value { get; } = value;
}
