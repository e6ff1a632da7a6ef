namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// What the compiler can prove about the values a local or stack slot holds: nothing yet
/// (<see cref="Bottom"/>, the start of the optimistic fixpoint), always a 64-bit int, always a
/// float, always a bool, an int or a float (<see cref="Num"/>), always a list, or anything
/// (<see cref="Any"/>). Typed kinds live in C# <c>long</c>, <c>double</c>, <c>bool</c>, <c>Num</c>
/// and <c>AquaList</c> variables in a function's specialised version.
/// </summary>
public enum ValueKind : byte
{
    Bottom,
    Int,
    Float,
    Bool,

    /// <summary>An int exact as a double, or a float: `s = 0` and later `s = s + x * 0.5` (held as a <c>Num</c>).</summary>
    Num,

    /// <summary>A list: `[0] * n`, a list literal, a parameter every call passes a list (held as an <c>AquaList</c>).</summary>
    List,

    /// <summary>
    /// A dict (a dict literal): held as a Value like Any. It only tells the typing that an item read
    /// from it is not worth speculating as a number (ItemReads): a dict is read by the general GET_ITEM.
    /// </summary>
    Dict,
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

    /// <summary>Held in a C# variable of its own type (long, double, bool, Num or AquaList) rather than a Value?</summary>
    public static bool IsTyped(this ValueKind k) => k is ValueKind.Int or ValueKind.Float or ValueKind.Bool or ValueKind.Num or ValueKind.List;

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
        ValueKind.List => "list",
        ValueKind.Dict => "dict",
        _ => "any",
    };
}
