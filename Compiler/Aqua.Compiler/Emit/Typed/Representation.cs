using Aqua.Compiler.Analysis.Typing;

namespace Aqua.Compiler.Emit.Typed;

/// <summary>How each kind is held in C#: its type, its variables, and how it becomes a Value.</summary>
public static class Representation
{
    public static string TypeName(ValueKind k) => k switch
    {
        ValueKind.Int => "long",
        ValueKind.Float => "double",
        ValueKind.Bool => "bool",
        ValueKind.Num => "Num",
        ValueKind.List => "AquaList",
        _ => "Value",
    };

    public static string Zero(ValueKind k) => k switch
    {
        ValueKind.Int => "0L",
        ValueKind.Float => "0.0",
        ValueKind.Bool => "false",
        ValueKind.List => "null",
        _ => "default",
    };

    /// <summary>The variable of stack slot <paramref name="depth"/> when it holds kind <paramref name="k"/>.</summary>
    public static string Slot(int depth, ValueKind k) => k switch
    {
        ValueKind.Int => Identifiers.TypedStackSlot(depth, 'i'),
        ValueKind.Float => Identifiers.TypedStackSlot(depth, 'f'),
        ValueKind.Bool => Identifiers.TypedStackSlot(depth, 'b'),
        ValueKind.Num => Identifiers.TypedStackSlot(depth, 'n'),
        ValueKind.List => Identifiers.TypedStackSlot(depth, 'l'),
        _ => Identifiers.StackSlot(depth),
    };

    /// <summary>An expression of kind <paramref name="k"/> as a Value.</summary>
    public static string Box(string expression, ValueKind k) => k switch
    {
        ValueKind.Int => $"Value.Int({expression})",
        ValueKind.Float => $"Value.Float({expression})",
        ValueKind.Bool => $"Value.Bool({expression})",
        ValueKind.Num => $"{expression}.ToValue()",
        ValueKind.List => $"Value.Object({expression})",
        _ => expression,
    };

    /// <summary>
    /// <see cref="Box"/> for a cold path (an exit, a failed typed read): a call to the runtime's
    /// ColdBox, which the JIT does not inline, so that dozens of exits do not use up the locals it
    /// allows a method for inlining (the hot code's helpers are inlined first come, first served).
    /// </summary>
    public static string BoxCold(string expression, ValueKind k) => k switch
    {
        ValueKind.Int => $"ColdBox.Int({expression})",
        ValueKind.Float => $"ColdBox.Float({expression})",
        ValueKind.Bool => $"ColdBox.Bool({expression})",
        ValueKind.Num => $"ColdBox.Num({expression})",
        ValueKind.List => $"ColdBox.Object({expression})",
        _ => expression,
    };

    /// <summary>A Value known to hold kind <paramref name="k"/>: the test that it does, and its payload.</summary>
    public static string Test(string value, ValueKind k) => k switch
    {
        ValueKind.Int => $"{value}.IsSmallInt",
        ValueKind.Float => $"{value}.IsFloat",
        ValueKind.Bool => $"{value}.IsBool",
        ValueKind.Num => $"Num.Fits({value})",
        ValueKind.List => $"{value}.IsList",
        _ => "true",
    };

    public static string Unbox(string value, ValueKind k) => k switch
    {
        ValueKind.Int => $"{value}.Bits",
        ValueKind.Float => $"{value}.AsFloat",
        ValueKind.Bool => $"{value}.AsBool",
        ValueKind.Num => $"Num.From({value})",
        ValueKind.List => $"{value}.AsList",
        _ => value,
    };

    /// <summary>A number as a double (Python converts the int operand of mixed arithmetic the same way).</summary>
    public static string AsDouble(string expression, ValueKind k) => k switch
    {
        ValueKind.Int => $"(double){expression}",
        ValueKind.Num => $"{expression}.V",
        _ => expression,
    };

    /// <summary>Python truth of a typed value.</summary>
    public static string Truth(string expression, ValueKind k) => k switch
    {
        ValueKind.Int => $"({expression} != 0L)",
        ValueKind.Float => $"({expression} != 0.0)",
        ValueKind.Bool => expression,
        ValueKind.Num => $"({expression}.V != 0.0)",
        ValueKind.List => $"({expression}.Count != 0)",
        _ => $"Ops.Truthy({expression})",
    };
}
