using Aqua.Compiler.Analysis;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Emit;

/// <summary>
/// A comparison (or NOT) right before the conditional jump that pops its result becomes the
/// jump's condition: `if (Ops.IsLess(a, b))` instead of building a bool value and testing its
/// truth. The pair is always adjacent in one block, so nothing else can see the bool.
/// </summary>
public static class ComparisonFusion
{
    /// <summary>The bool-returning runtime test for each fusable opcode.</summary>
    public static string? TestFor(Opcode op) => op switch
    {
        Opcode.Eq => "Ops.IsEqual",
        Opcode.Ne => "Ops.IsNotEqual",
        Opcode.Lt => "Ops.IsLess",
        Opcode.Gt => "Ops.IsGreater",
        Opcode.Le => "Ops.IsLessOrEqual",
        Opcode.Ge => "Ops.IsGreaterOrEqual",
        Opcode.In => "Items.Contains",
        _ => null,
    };

    /// <summary>Is the instruction at <paramref name="index"/> fused into the conditional jump after it?</summary>
    public static bool IsFused(CodeAnalysis analysis, int index)
    {
        var code = analysis.Code.Instructions;
        if (index + 1 >= code.Length) return false;
        if (code[index + 1].Op is not (Opcode.JumpIfFalse or Opcode.JumpIfTrue)) return false;
        if (TestFor(code[index].Op) is null && code[index].Op != Opcode.Not) return false;
        return analysis.Graph.BlockOf(index) == analysis.Graph.BlockOf(index + 1)
            && analysis.Stack.DepthBefore(index) >= 0;
    }
}
