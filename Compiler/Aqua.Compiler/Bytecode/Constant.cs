using System.Collections.Immutable;
using System.Numerics;

namespace Aqua.Compiler.Bytecode;

/// <summary>
/// A constant-pool entry (ACODE.md 1.3). The JSON type is the tag: an integer token is an int
/// (small or big), a token with '.', 'e' or a non-finite name is a float.
/// </summary>
public abstract record Constant;

/// <summary>An integer that fits in 64 bits.</summary>
public sealed record IntConstant(long Value) : Constant;

/// <summary>An integer outside the 64-bit range (arbitrary precision).</summary>
public sealed record BigIntConstant(BigInteger Value) : Constant;

public sealed record FloatConstant(double Value) : Constant;

public sealed record StringConstant(string Value) : Constant;

public sealed record BoolConstant(bool Value) : Constant;

public sealed record NullConstant : Constant
{
    public static readonly NullConstant Instance = new();
}

/// <summary>A JSON array: the item names of IMPORT_FROM.</summary>
public sealed record ListConstant(ImmutableArray<Constant> Items) : Constant
{
    public bool Equals(ListConstant? other) => other is not null && Items.SequenceEqual(other.Items);
    public override int GetHashCode() => Items.Length;
}

/// <summary>A JSON object in insertion order: the method table of CREATE_CLASS.</summary>
public sealed record DictConstant(ImmutableArray<KeyValuePair<string, Constant>> Entries) : Constant
{
    public bool Equals(DictConstant? other) => other is not null && Entries.SequenceEqual(other.Entries);
    public override int GetHashCode() => Entries.Length;
}
