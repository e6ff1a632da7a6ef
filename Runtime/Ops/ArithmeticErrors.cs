namespace Aqua.Runtime;

/// <summary>The six binary arithmetic instructions, for their error texts.</summary>
internal enum BinaryOp : byte
{
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
}

/// <summary>
/// The VM wraps a TypeError from an arithmetic instruction in its own sentence (ACODE.md 2.6);
/// other errors (ZeroDivision, Overflow) pass through raw.
/// </summary>
internal static class ArithmeticErrors
{
    public static AquaError Wrapped(BinaryOp op, Value a, Value b, string pyMessage)
    {
        string ta = Ops.TypeName(a), tb = Ops.TypeName(b);
        string text = op switch
        {
            BinaryOp.Add => $"Cannot add {ta} and {tb}: {pyMessage}",
            BinaryOp.Sub => $"Cannot subtract {tb} from {ta}: {pyMessage}", // B first, as the VM writes it
            BinaryOp.Mul => $"Cannot multiply {ta} and {tb}: {pyMessage}",
            BinaryOp.Div => $"Cannot divide {ta} by {tb}: {pyMessage}",
            BinaryOp.Mod => $"Cannot compute {ta} % {tb}: {pyMessage}",
            _ => $"Cannot compute {ta} ** {tb}: {pyMessage}",
        };
        return AquaError.TypeError(text);
    }

    /// <summary>The VM's error for `/` with any zero divisor (it tests `b == 0` before anything else, ACODE.md 2.6).</summary>
    public static AquaError DivisionByZero() => AquaError.ZeroDivision("Division by zero");

    /// <summary>CPython's generic message when neither operand supports the operator.</summary>
    public static AquaError Unsupported(BinaryOp op, Value a, Value b)
    {
        string symbol = op switch
        {
            BinaryOp.Add => "+",
            BinaryOp.Sub => "-",
            BinaryOp.Mul => "*",
            BinaryOp.Div => "/",
            BinaryOp.Mod => "%",
            _ => "** or pow()",
        };
        return Wrapped(op, a, b, $"unsupported operand type(s) for {symbol}: '{Ops.TypeName(a)}' and '{Ops.TypeName(b)}'");
    }
}
