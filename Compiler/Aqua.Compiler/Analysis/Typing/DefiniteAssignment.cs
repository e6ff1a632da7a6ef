using System.Collections;
using System.Collections.Immutable;

namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// Which local reads of a function may see a local that no path has assigned yet. Such a read
/// yields null (ACODE.md 6.4), so its local cannot be typed. A forward "must" analysis: a local is
/// assigned at a block's entry when it is assigned at the end of every reachable predecessor.
/// </summary>
public static class DefiniteAssignment
{
    /// <summary>The indexes of the instructions that read a variable that may be unassigned there.</summary>
    public static ImmutableHashSet<int> MaybeUnassignedReads(CodeAnalysis analysis, Variables variables)
    {
        int arity = variables.Arity, frameSize = variables.Count;
        var cfg = analysis.Graph;
        var ins = analysis.Code.Instructions;
        var result = ImmutableHashSet.CreateBuilder<int>();
        if (cfg.Blocks.Length == 0 || frameSize == 0) return result.ToImmutable();

        var entry = new BitArray?[cfg.Blocks.Length];
        entry[0] = new BitArray(frameSize);
        for (int i = 0; i < arity; i++) entry[0]![i] = true;
        var work = new SortedSet<int> { cfg.RpoIndex[0] };
        while (work.Count > 0)
        {
            int rpo = work.Min;
            work.Remove(rpo);
            var block = cfg.Blocks[cfg.ReversePostOrder[rpo]];
            var state = new BitArray(entry[block.Index]!);
            for (int i = block.Start; i < block.End; i++)
                if (variables.Stored(ins[i]) is { } slot) state[slot] = true;
            foreach (int succ in block.Successors)
            {
                if (succ < 0) continue;
                if (entry[succ] is not { } old)
                {
                    entry[succ] = new BitArray(state);
                    work.Add(cfg.RpoIndex[succ]);
                    continue;
                }
                var merged = new BitArray(old).And(state);
                if (Same(merged, old)) continue;
                entry[succ] = merged;
                work.Add(cfg.RpoIndex[succ]);
            }
        }

        foreach (var block in cfg.Blocks)
        {
            if (entry[block.Index] is not { } start) continue;
            var state = new BitArray(start);
            for (int i = block.Start; i < block.End; i++)
            {
                if (variables.Loaded(ins[i]) is { } read && !state[read]) result.Add(i);
                if (variables.Stored(ins[i]) is { } slot) state[slot] = true;
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Do two equally long bit sets hold the same bits? (Shared with <see cref="DeadStores"/>.)</summary>
    internal static bool Same(BitArray a, BitArray b)
    {
        for (int i = 0; i < a.Length; i++)
            if (a[i] != b[i]) return false;
        return true;
    }
}
