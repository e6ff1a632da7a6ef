namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// What the compiler can prove about the values a local or stack slot holds: nothing yet
/// (<see cref="Bottom"/>, the start of the optimistic fixpoint), always a 64-bit int, always a
/// float, always a bool, or anything (<see cref="Any"/>). Typed kinds live in C# <c>long</c>,
/// <c>double</c> and <c>bool</c> variables in a function's specialised version.
/// </summary>
public enum ValueKind : byte
{
    Bottom,
    Int,
    Float,
    Bool,
    Any,
}

public static class ValueKinds
{
    /// <summary>The least kind that covers both: equal kinds stay, Bottom yields, anything else is Any.</summary>
    public static ValueKind Join(this ValueKind a, ValueKind b) =>
        a == b || b == ValueKind.Bottom ? a : a == ValueKind.Bottom ? b : ValueKind.Any;

    /// <summary>Held in an unboxed C# variable (long, double or bool)?</summary>
    public static bool IsTyped(this ValueKind k) => k is ValueKind.Int or ValueKind.Float or ValueKind.Bool;

    public static bool IsNumber(this ValueKind k) => k is ValueKind.Int or ValueKind.Float;

    /// <summary>Bottom only survives in code no path reaches; it is held like Any.</summary>
    public static ValueKind Normalize(this ValueKind k) => k == ValueKind.Bottom ? ValueKind.Any : k;

    public static string ShortName(this ValueKind k) => k switch
    {
        ValueKind.Bottom => "-",
        ValueKind.Int => "int",
        ValueKind.Float => "float",
        ValueKind.Bool => "bool",
        _ => "any",
    };
}
