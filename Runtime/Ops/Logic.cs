namespace Aqua.Runtime;

/// <summary>NOT, AND, OR (ACODE.md 2.6): both operands are already evaluated, the result is an operand.</summary>
public static partial class Ops
{
    /// <summary>NOT: bool(not truthy(v)).</summary>
    public static Value Not(Value v) => Value.Bool(!Truthy(v));

    /// <summary>AND: a if not truthy(a) else b (not short-circuit: `and` evaluates both sides, 6.10).</summary>
    public static Value And(Value a, Value b) => Truthy(a) ? b : a;

    /// <summary>OR: a if truthy(a) else b.</summary>
    public static Value Or(Value a, Value b) => Truthy(a) ? a : b;
}
