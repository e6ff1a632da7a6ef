namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// What the compiler can prove about the values a local or stack slot holds: nothing yet
/// (<see cref="Bottom"/>, the start of the optimistic fixpoint), always a 64-bit int, always a
/// float, always a bool, an int or a float (<see cref="Num"/>), or anything (<see cref="Any"/>).
/// Typed kinds live in C# <c>long</c>, <c>double</c>, <c>bool</c> and <c>Num</c> variables in a
/// function's specialised version.
/// </summary>
public enum ValueKind : byte
{
    Bottom,
    Int,
    Float,
    Bool,

    /// <summary>An int exact as a double, or a float: `s = 0` and later `s = s + x * 0.5` (held as a <c>Num</c>).</summary>
    Num,
    Any,
}

public static class ValueKinds
{
    /// <summary>
    /// The least kind that covers both: equal kinds stay, Bottom yields, numbers of both kinds are
    /// Num, anything else is Any.
    /// </summary>
    public static ValueKind Join(this ValueKind a, ValueKind b)
    {
        if (a == b || b == ValueKind.Bottom) return a;
        if (a == ValueKind.Bottom) return b;
        return a.IsNumber() && b.IsNumber() ? ValueKind.Num : ValueKind.Any;
    }

    /// <summary>Held in an unboxed C# variable (long, double, bool or Num)?</summary>
    public static bool IsTyped(this ValueKind k) => k is ValueKind.Int or ValueKind.Float or ValueKind.Bool or ValueKind.Num;

    public static bool IsNumber(this ValueKind k) => k is ValueKind.Int or ValueKind.Float or ValueKind.Num;

    /// <summary>Bottom only survives in code no path reaches; it is held like Any.</summary>
    public static ValueKind Normalize(this ValueKind k) => k == ValueKind.Bottom ? ValueKind.Any : k;

    public static string ShortName(this ValueKind k) => k switch
    {
        ValueKind.Bottom => "-",
        ValueKind.Int => "int",
        ValueKind.Float => "float",
        ValueKind.Bool => "bool",
        ValueKind.Num => "num",
        _ => "any",
    };
}
