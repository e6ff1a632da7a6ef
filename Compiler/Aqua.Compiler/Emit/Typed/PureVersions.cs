using Aqua.Compiler.Analysis;
using Aqua.Compiler.Analysis.Typing;

namespace Aqua.Compiler.Emit.Typed;

/// <summary>
/// Which specialised functions get a pure version (<see cref="PureFunctionEmitter"/>): start from
/// every one with a typed result and drop those whose pure lowering meets anything impure (a write,
/// a general operation, a call to a function that has no pure version), until none is dropped. So a
/// recursion like fib's, or a loop calling a pure helper, is pure as a whole. The last pass, which
/// drops nothing, lowered every pure version with the final set: those bodies are the ones emitted.
/// </summary>
public static class PureVersions
{
    public static IReadOnlyDictionary<int, PureFunctionEmitter.Lowered> Find(ProgramSymbols symbols, IReadOnlyList<CodeAnalysis> functions,
        ProgramTyping program, Func<int, bool> isSpecialised, ICallTargets targets)
    {
        var pure = new SortedSet<int>(Enumerable.Range(0, functions.Count)
            .Where(f => isSpecialised(f) && program.Returns[f].Normalize().IsTyped()));
        var lowered = new Dictionary<int, PureFunctionEmitter.Lowered>();
        bool dropped = true;
        while (dropped)
        {
            dropped = false;
            lowered.Clear();
            foreach (int f in pure.ToList())
            {
                if (PureFunctionEmitter.Lower(symbols, f, functions[f], program, isSpecialised, targets, pure) is { } body)
                {
                    lowered[f] = body;
                    continue;
                }
                pure.Remove(f);
                dropped = true;
            }
        }
        return lowered;
    }
}
