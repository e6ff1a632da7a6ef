using Aqua.Compiler.Analysis;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Emit;

/// <summary>
/// `for x in range(...)` compiles to CALL range; GET_ITER. The list range() returns is only ever
/// iterated, so the pair becomes one lazy range iterator (Builtins.RangeIterator): no list is built.
/// </summary>
public static class RangeLoopFusion
{
    /// <summary>Is the CALL at <paramref name="index"/> a builtin range() whose result goes straight into GET_ITER?</summary>
    public static bool IsFusedCall(ProgramSymbols symbols, CodeAnalysis analysis, int index)
    {
        var code = analysis.Code.Instructions;
        if (index < 0 || index + 1 >= code.Length) return false;
        if (code[index].Op != Opcode.Call || code[index + 1].Op != Opcode.GetIter) return false;
        // GET_ITER must be reached only from this CALL: no jump may land between them.
        if (analysis.Graph.BlockOf(index) != analysis.Graph.BlockOf(index + 1)) return false;
        var before = analysis.Stack.Before(index);
        if (before is not { } stack) return false;
        var callee = stack[stack.Length - code[index].Arg - 1];
        return callee.ConstantIn(symbols.Module) is StringConstant { Value: "range" }
            && symbols.ResolveCallee("range") == CallTarget.Builtin;
    }

    /// <summary>
    /// Does the fused range loop whose GET_ITER is at <paramref name="getIter"/> keep its state in a
    /// <c>RangeCursor</c> local? Yes when no instruction but its FOR_ITER ever sees the iterator.
    /// </summary>
    public static bool UsesCursor(ProgramSymbols symbols, CodeAnalysis analysis, int getIter) =>
        IsFusedGetIter(symbols, analysis, getIter) && !analysis.Stack.IteratorEscapes(getIter);

    /// <summary>The GET_ITER indexes whose loops use a cursor local, for the declarations.</summary>
    public static IEnumerable<int> Cursors(ProgramSymbols symbols, CodeAnalysis analysis) =>
        Enumerable.Range(0, analysis.Code.Instructions.Length)
            .Where(i => analysis.Code.Instructions[i].Op == Opcode.GetIter && UsesCursor(symbols, analysis, i));

    /// <summary>Is the GET_ITER at <paramref name="index"/> already done by a fused range call?</summary>
    public static bool IsFusedGetIter(ProgramSymbols symbols, CodeAnalysis analysis, int index) =>
        IsFusedCall(symbols, analysis, index - 1);
}
