using Aqua.Compiler.Analysis.Typing;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Emit.Typed;

/// <summary>
/// The lowerings that only a pure version (<see cref="PureFunctionEmitter"/>) uses: its calls to
/// other pure versions and its returns of an unboxed result. Elsewhere the emitter asks
/// <see cref="IsPure"/> where a pure version must not take the general way (item reads, range
/// loops, loads of constants and globals).
/// </summary>
public sealed partial class TypedInstructionEmitter
{
    /// <summary>
    /// Set when emitting a pure version (<see cref="PureFunctionEmitter"/>): the functions with pure
    /// versions, whose calls stay pure. The code is pure if <see cref="MayRaise"/> stays false: only
    /// lowerings that change nothing outside the frame and cannot raise (other than by leaving,
    /// which fails the pure version) leave it so.
    /// </summary>
    public IReadOnlySet<int>? PureCallees { get; init; }

    /// <summary>A pure version's return kind (its C# return type).</summary>
    public ValueKind PureReturn { get; init; }

    private bool IsPure => PureCallees is not null;

    /// <summary>Does the pure version call another (so it must watch its recursion depth)?</summary>
    public bool MakesCalls { get; private set; }

    /// <summary>
    /// In a pure version, a call to a function with a pure version and arguments of its parameters'
    /// kinds: a plain C# call; when the callee fails, so does the caller. Anything else makes the
    /// version impure (<see cref="MayRaise"/>).
    /// </summary>
    private string? PureCall(int index, Instruction ins, int d, int callee)
    {
        var stack = _analysis.Stack.Before(index)!.Value;
        int calleeDepth = d - ins.Arg - 1;
        var result = _typing.Produced(index).Normalize();
        var parameters = _program.Parameters[callee];
        bool fits = PureCallees!.Contains(callee) && result == _program.Returns[callee].Normalize()
            && Enumerable.Range(0, ins.Arg).All(k => parameters[k].Normalize() == Kind(index, calleeDepth + 1 + k));
        if (!fits)
        {
            MayRaise = true;
            return null;
        }
        MakesCalls = true;
        var args = Enumerable.Range(0, ins.Arg).Select(k => Var(index, calleeDepth + 1 + k)).Append($"{Depth} + 1");
        string call = $"{Representation.Slot(calleeDepth, result)} = {PureFunctionEmitter.MethodName(_symbols, callee)}({string.Join(", ", args)}); "
            + $"if (Pure.Failed) {_deopt.Leave(index, index)}";
        if (stack[calleeDepth].IsConstant) return call;
        // Through the global a `func` statement set: while it still holds that function (CallLowering).
        return $"if (!{GlobalHoldsCallee(stack, calleeDepth)}) {_deopt.Leave(index, index)} {call}";
    }

    /// <summary>A pure version's return: the value as its return kind, or a failure where it does not fit.</summary>
    private string PureReturnStatement(int index, int d)
    {
        if (AsKind(index, Var(index, d - 1), Kind(index, d - 1), PureReturn) is (string guard, string value)) return $"{guard}return {value};";
        MayRaise = true;
        return _deopt.Leave(index, index);
    }
}
