using System.Collections.Immutable;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Analysis.Typing;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Emit;

/// <summary>The emitter's answers to the typing's questions about calls and range loops.</summary>
public sealed class CallTargets(ProgramSymbols symbols) : ICallTargets
{
    /// <summary>
    /// The function a CALL reaches without a lookup: a constant callee name that resolves to a
    /// function (ACODE.md 6.3), or a global that `func` statements only ever set to one (a guarded
    /// call, <see cref="CallLowering"/>); the arity must match.
    /// </summary>
    public int DirectCallee(CodeAnalysis analysis, int index)
    {
        var ins = analysis.Code.Instructions[index];
        if (ins.Op != Opcode.Call || analysis.Stack.Before(index) is not { } stack) return -1;
        return DirectCallee(symbols, stack, ins.Arg);
    }

    /// <summary>The same for a CALL of <paramref name="argc"/> arguments over <paramref name="stack"/> (also used by <see cref="CallLowering"/>).</summary>
    public static int DirectCallee(ProgramSymbols symbols, ImmutableArray<StackSlot> stack, int argc)
    {
        var callee = stack[stack.Length - argc - 1];
        int constant = callee.IsConstant ? callee.ConstantIndex
            : callee.IsGlobal && symbols.TryGetFunctionGlobal(callee.Global, out int k) ? k
            : -1;
        if (constant < 0 || symbols.Module.Constants[constant] is not StringConstant name) return -1;
        if (symbols.ResolveCallee(name.Value) != CallTarget.Function || !symbols.TryGetFunction(name.Value, out int f)) return -1;
        return symbols.Module.Functions[f].Arity == argc ? f : -1;
    }

    public bool IsRangeCursorLoop(CodeAnalysis analysis, int index)
    {
        if (analysis.Stack.Before(index) is not { Length: > 0 } stack) return false;
        var iterator = stack[^1];
        return iterator.IsIterator && RangeLoopFusion.UsesCursor(symbols, analysis, iterator.Iterator);
    }
}
