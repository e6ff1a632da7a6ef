using System.Collections.Immutable;

namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// Stores whose value no read can see: every path from the store reaches another store of the
/// variable, or the end, before any read (<see cref="Liveness"/>). The original compiler's
/// `var x: float` writes a default (int 0 for an int-declared slot, and so on) that the code
/// overwrites at once; left out of the typing, such a store no longer makes the variable
/// "anything", and the typed code simply skips it. None in a unit with try/catch.
/// </summary>
public static class DeadStores
{
    public static ImmutableHashSet<int> Find(CodeAnalysis analysis, Variables variables, Liveness liveness)
    {
        var result = ImmutableHashSet.CreateBuilder<int>();
        var ins = analysis.Code.Instructions;
        foreach (var block in analysis.Graph.Blocks)
        {
            if (!analysis.Graph.IsReachable(block.Index)) continue;
            foreach (var (i, liveAfter) in liveness.Backwards(block))
                if (variables.Stored(ins[i]) is { } slot && !liveAfter[slot]) result.Add(i);
        }
        return result.ToImmutable();
    }
}
