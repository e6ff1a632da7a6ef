using Aqua.Compiler.Analysis;
using Aqua.Compiler.Analysis.Typing;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Emit.Typed;

/// <summary>
/// `xs[i] == k` (or `!=`) for a list <c>xs</c>, an int index and an int constant <c>k</c>: GET_ITEM,
/// LOAD_CONST, EQ in one block. The GET_ITEM compares the item in place
/// (<c>TypedItems.EqualsInt</c>) into the bool slot the comparison leaves its result in, and the
/// comparison reads that slot: no Value is made of the item (`flags[i] == 1`, `cols[c] == 0`).
/// </summary>
public static class ItemEquality
{
    /// <summary>The constant, if the GET_ITEM at <paramref name="index"/> starts such a comparison.</summary>
    public static long? Fused(AcodeModule module, CodeAnalysis analysis, FunctionTyping typing, int index)
    {
        var code = analysis.Code.Instructions;
        if (index < 0 || index + 2 >= code.Length || code[index].Op != Opcode.GetItem) return null;
        if (code[index + 1].Op != Opcode.LoadConst || code[index + 2].Op is not (Opcode.Eq or Opcode.Ne)) return null;
        if (module.Constants[code[index + 1].Arg] is not IntConstant k) return null;
        var graph = analysis.Graph;
        if (graph.BlockOf(index) != graph.BlockOf(index + 2)) return null;
        int d = analysis.Stack.DepthBefore(index);
        if (d < 2) return null;
        if (typing.Slot(index, d - 2) != ValueKind.List || typing.Slot(index, d - 1) != ValueKind.Int) return null;
        if (typing.Produced(index).Normalize().IsTyped()) return null;
        return k.Value;
    }

    /// <summary>Is the comparison at <paramref name="index"/> the end of such a fused read?</summary>
    public static bool IsFusedComparison(AcodeModule module, CodeAnalysis analysis, FunctionTyping typing, int index) =>
        Fused(module, analysis, typing, index - 2) is not null;
}
