using System.Collections.Immutable;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// Kinds across the whole program: a parameter's kind is the join of the arguments every direct
/// call site passes, a call's result kind is its callee's return kind. Both start at Bottom and
/// grow until nothing changes (an optimistic fixpoint, so recursion like fib's types as int);
/// whatever is still Bottom then (never called directly, never returns) becomes Any and the
/// iteration goes on. Only kinds of specialisable functions (<paramref name="specialisable"/>) are
/// inferred; the others take and return Any.
/// </summary>
public sealed record ProgramTyping(
    ImmutableArray<FunctionTyping> Functions,
    FunctionTyping Main,
    ImmutableArray<ImmutableArray<ValueKind>> Parameters,
    ImmutableArray<ValueKind> Returns)
{
    public static ProgramTyping Infer(AcodeModule module, IReadOnlyList<CodeAnalysis> functions, CodeAnalysis main,
        Func<int, bool> specialisable, ICallTargets targets)
    {
        int n = functions.Count;
        var defs = module.Functions;
        var parameters = new ValueKind[n][];
        var returns = new ValueKind[n];
        var flows = Enumerable.Range(0, n).Select(f => VariableFlow.Of(functions[f], Variables.ForFunction(defs[f]))).ToArray();
        var mainFlow = VariableFlow.Of(main, Variables.ForMain(module));
        for (int f = 0; f < n; f++)
        {
            parameters[f] = Enumerable.Repeat(specialisable(f) ? ValueKind.Bottom : ValueKind.Any, defs[f].Arity).ToArray();
            returns[f] = specialisable(f) ? ValueKind.Bottom : ValueKind.Any;
        }

        while (true)
        {
            var typings = new FunctionTyping[n];
            for (int f = 0; f < n; f++)
                typings[f] = FunctionTyping.Infer(module, functions[f], [.. parameters[f]], flows[f], g => returns[g], targets);
            var mainTyping = FunctionTyping.Infer(module, main, [], mainFlow, g => returns[g], targets);

            bool changed = false;
            foreach (var unit in typings.Append(mainTyping))
            {
                foreach (var (callee, args) in unit.CallSites.Values)
                {
                    if (!specialisable(callee)) continue;
                    for (int i = 0; i < args.Length && i < parameters[callee].Length; i++)
                        changed |= Grow(ref parameters[callee][i], args[i]);
                }
            }
            for (int f = 0; f < n; f++)
                if (specialisable(f)) changed |= Grow(ref returns[f], typings[f].Return);

            if (!changed)
            {
                // Settled: what is still unknown is given up on, and the rest follows from that.
                for (int f = 0; f < n; f++)
                {
                    for (int i = 0; i < parameters[f].Length; i++)
                        changed |= Grow(ref parameters[f][i], parameters[f][i] == ValueKind.Bottom ? ValueKind.Any : ValueKind.Bottom);
                    changed |= Grow(ref returns[f], returns[f] == ValueKind.Bottom ? ValueKind.Any : ValueKind.Bottom);
                }
                if (!changed)
                    return new ProgramTyping([.. typings], mainTyping, [.. parameters.Select(p => p.ToImmutableArray())], [.. returns]);
            }
        }
    }

    private static bool Grow(ref ValueKind kind, ValueKind incoming)
    {
        var joined = kind.Join(incoming);
        if (joined == kind) return false;
        kind = joined;
        return true;
    }
}
