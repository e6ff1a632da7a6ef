using System.Collections.Immutable;
using System.Text;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Emit;

/// <summary>
/// CALL and CALL_METHOD. A callee that is a constant name is resolved at compile time where the
/// answer cannot change at run time (ACODE.md 6.3): a builtin or a direct static call. Arguments
/// go in a stack-allocated span (a collection expression), so a call allocates nothing itself.
/// </summary>
public static class CallLowering
{
    public static string Call(ProgramSymbols symbols, ImmutableArray<StackSlot> stack, int argc)
    {
        int d = stack.Length;
        int calleeDepth = d - argc - 1;
        string result = Identifiers.StackSlot(calleeDepth);
        var callee = stack[calleeDepth];
        string args = Args(calleeDepth + 1, argc);

        if (callee.ConstantIn(symbols.Module) is StringConstant name)
        {
            switch (symbols.ResolveCallee(name.Value))
            {
                case CallTarget.Builtin:
                    return $"{result} = Builtins.{ProgramSymbols.Builtins[name.Value]}([{args}]);";
                case CallTarget.Function:
                {
                    symbols.TryGetFunction(name.Value, out int f);
                    int arity = symbols.Module.Functions[f].Arity;
                    if (arity != argc)
                        return $"throw Calls.ArityError({CSharpLiteral.String(name.Value)}, {arity}, {argc});";
                    return $"{result} = {symbols.MethodName(f)}({args});";
                }
                default:
                    return $"{result} = Calls.CallFunction({CSharpLiteral.String(name.Value)}, [{args}]);";
            }
        }
        if (callee.IsGlobal && CallTargets.DirectCallee(symbols, stack, argc) is var index and >= 0
            && symbols.TryGetFunctionGlobal(callee.Global, out int k))
        {
            // The global still holds the name object its `func` statement stored: a direct call,
            // exactly what resolving that name would do. Anything else (None before the `func`
            // statement ran, a rebound global) is resolved by name as before.
            return $"{result} = {Holds(result, k)} ? {symbols.MethodName(index)}({args}) : Calls.Call({result}, [{args}]);";
        }
        return $"{result} = Calls.Call({result}, [{args}]);";
    }

    /// <summary>The test that a Value (a callee loaded from a `func` global) is still the name object of function constant <paramref name="functionConstant"/>.</summary>
    public static string Holds(string value, int functionConstant) => $"ReferenceEquals({value}.Ref, {Identifiers.Constant(functionConstant)}.Ref)";

    /// <summary>range(...) whose list would only be iterated: a lazy iterator (<see cref="RangeLoopFusion"/>).</summary>
    public static string RangeIterator(ImmutableArray<StackSlot> stack, int argc)
    {
        int calleeDepth = stack.Length - argc - 1;
        return $"{Identifiers.StackSlot(calleeDepth)} = Builtins.RangeIterator([{Args(calleeDepth + 1, argc)}]);";
    }

    /// <summary>range(...) of a loop whose iterator lives in a cursor local: no heap object for small ranges.</summary>
    public static string RangeCursor(ImmutableArray<StackSlot> stack, int argc, int getIter)
    {
        int first = stack.Length - argc;
        string args = Args(first, argc);
        // One and two arguments have overloads that allocate nothing; others pass a span.
        return argc is 1 or 2
            ? $"{Identifiers.RangeCursor(getIter)} = RangeCursor.Start({args});"
            : $"{Identifiers.RangeCursor(getIter)} = RangeCursor.Start([{args}]);";
    }

    public static string CallMethod(AcodeModule module, int d, int argc, int nameIndex)
    {
        int receiverDepth = d - argc - 1;
        string receiver = Identifiers.StackSlot(receiverDepth);
        string name = CSharpLiteral.String(((StringConstant)module.Constants[nameIndex]).Value);
        return $"{receiver} = Calls.CallMethod({receiver}, {name}, [{Args(receiverDepth + 1, argc)}]);";
    }

    private static string Args(int first, int count)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Identifiers.StackSlot(first + i));
        }
        return sb.ToString();
    }
}
