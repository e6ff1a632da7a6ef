using System.Collections;
using System.Collections.Immutable;

namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// Stores whose value no read can see: every path from the store reaches another store of the
/// variable, or the end, before any read (backward liveness over the blocks). The original
/// compiler's `var x: float` writes a default (int 0 for an int-declared slot, and so on) that the
/// code overwrites at once; left out of the typing, such a store no longer makes the variable
/// "anything", and the typed code simply skips it.
/// </summary>
public static class DeadStores
{
    public static ImmutableHashSet<int> Find(CodeAnalysis analysis, Variables variables)
    {
        var cfg = analysis.Graph;
        var ins = analysis.Code.Instructions;
        var result = ImmutableHashSet.CreateBuilder<int>();
        // Exceptions enter handlers from anywhere in a try body: keep it simple and find none there.
        if (cfg.Blocks.Length == 0 || variables.Count == 0 || analysis.Regions.Constructs.Length > 0) return result.ToImmutable();

        var liveIn = new BitArray[cfg.Blocks.Length];
        for (int b = 0; b < liveIn.Length; b++) liveIn[b] = new BitArray(variables.Count);
        bool changed = true;
        while (changed)
        {
            changed = false;
            // Reverse post-order backwards: most blocks see their successors' final state.
            for (int k = cfg.ReversePostOrder.Length - 1; k >= 0; k--)
            {
                var block = cfg.Blocks[cfg.ReversePostOrder[k]];
                var live = LiveOut(block, liveIn);
                for (int i = block.End - 1; i >= block.Start; i--) Step(variables, ins[i], live);
                if (!DefiniteAssignment.Same(live, liveIn[block.Index]))
                {
                    liveIn[block.Index] = live;
                    changed = true;
                }
            }
        }

        foreach (var block in cfg.Blocks)
        {
            if (!cfg.IsReachable(block.Index)) continue;
            var live = LiveOut(block, liveIn);
            for (int i = block.End - 1; i >= block.Start; i--)
            {
                if (variables.Stored(ins[i]) is { } slot && !live[slot]) result.Add(i);
                Step(variables, ins[i], live);
            }
        }
        return result.ToImmutable();
    }

    private static BitArray LiveOut(BasicBlock block, BitArray[] liveIn)
    {
        var live = new BitArray(liveIn[0].Length);
        foreach (int succ in block.Successors)
            if (succ >= 0) live.Or(liveIn[succ]);
        return live;
    }

    /// <summary>Liveness before an instruction from liveness after it.</summary>
    private static void Step(Variables variables, Bytecode.Instruction ins, BitArray live)
    {
        if (variables.Stored(ins) is { } stored) live[stored] = false;
        if (variables.Loaded(ins) is { } loaded) live[loaded] = true;
    }
}
