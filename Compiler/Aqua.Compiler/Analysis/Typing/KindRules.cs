using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// The result kind of each operator given its operands' kinds (ACODE.md 2.7). The inference and the
/// typed emitter both use these rules, so an operation is lowered to unboxed C# exactly when the
/// analysis said its result is typed. Bool operands are never lowered (bool arithmetic is int
/// arithmetic in Python), nor are int ** int (its type depends on the exponent's sign).
/// </summary>
public static class KindRules
{
    public static ValueKind Binary(Opcode op, ValueKind a, ValueKind b)
    {
        if (a == ValueKind.Bottom || b == ValueKind.Bottom) return ValueKind.Bottom;
        switch (op)
        {
            case Opcode.Eq or Opcode.Ne or Opcode.Lt or Opcode.Gt or Opcode.Le or Opcode.Ge or Opcode.In:
                return ValueKind.Bool; // a comparison's result is always a bool, or an error
            case Opcode.And or Opcode.Or:
                return a == b ? a : ValueKind.Any; // one of the operands, unchanged
        }
        // A list repeated an int number of times is a list (or an error).
        if (op == Opcode.Mul && (a, b) is (ValueKind.List, ValueKind.Int) or (ValueKind.Int, ValueKind.List)) return ValueKind.List;
        if (!a.IsNumber() || !b.IsNumber())
        {
            // True division gives a float or an error, whatever the operands; so does arithmetic
            // with a float operand (a number converts, anything else raises; but `str % x` formats).
            if (op == Opcode.Div) return ValueKind.Float;
            bool floatLeft = a == ValueKind.Float, floatRight = b == ValueKind.Float;
            if ((floatLeft || floatRight) && op is Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.Pow) return ValueKind.Float;
            if (floatLeft && op == Opcode.Mod) return ValueKind.Float;
            return ValueKind.Any;
        }
        bool anyFloat = a == ValueKind.Float || b == ValueKind.Float;
        bool anyNum = a == ValueKind.Num || b == ValueKind.Num;
        return op switch
        {
            // Int results are speculative: an overflow leaves the specialised code (Deoptimization).
            // So are Num results that are ints: they must stay exact as doubles.
            Opcode.Add or Opcode.Sub or Opcode.Mul => anyFloat ? ValueKind.Float : anyNum ? ValueKind.Num : ValueKind.Int,
            Opcode.Mod => anyFloat ? ValueKind.Float : anyNum ? ValueKind.Any : ValueKind.Int,
            Opcode.Div => ValueKind.Float,
            Opcode.Pow => anyFloat ? ValueKind.Float : ValueKind.Any,
            _ => ValueKind.Any,
        };
    }

    /// <summary>NOT always gives a bool.</summary>
    public static ValueKind Not(ValueKind a) => a == ValueKind.Bottom ? ValueKind.Bottom : ValueKind.Bool;

    /// <summary>The kind a constant loads as.</summary>
    public static ValueKind Constant(Constant c) => c switch
    {
        IntConstant => ValueKind.Int,
        FloatConstant => ValueKind.Float,
        BoolConstant => ValueKind.Bool,
        _ => ValueKind.Any,
    };
}
