using System.Collections;

namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// Which variables some read may still see, before each instruction: backward liveness over the
/// blocks. A variable that is not live there is read nowhere before it is written again (or the
/// code ends). In a unit with try/catch, where a handler may be entered from anywhere in its try
/// body, every variable counts as live everywhere.
/// </summary>
public sealed class Liveness
{
    private readonly CodeAnalysis _analysis;
    private readonly Variables _variables;
    private readonly BitArray[]? _liveIn;

    private Liveness(CodeAnalysis analysis, Variables variables, BitArray[]? liveIn)
    {
        _analysis = analysis;
        _variables = variables;
        _liveIn = liveIn;
    }

    public static Liveness Of(CodeAnalysis analysis, Variables variables)
    {
        var cfg = analysis.Graph;
        if (cfg.Blocks.Length == 0 || variables.Count == 0 || analysis.Regions.Constructs.Length > 0)
            return new Liveness(analysis, variables, null);

        var ins = analysis.Code.Instructions;
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
        return new Liveness(analysis, variables, liveIn);
    }

    /// <summary>Does every variable count as live (a unit with try/catch)?</summary>
    public bool Conservative => _liveIn is null;

    /// <summary>The variables live before instruction <paramref name="index"/> (all of them in a <see cref="Conservative"/> unit).</summary>
    public BitArray Before(int index)
    {
        if (_liveIn is null) return new BitArray(_variables.Count, true);
        var block = _analysis.Graph.Blocks[_analysis.Graph.BlockOf(index)];
        var live = LiveOut(block, _liveIn);
        var ins = _analysis.Code.Instructions;
        for (int i = block.End - 1; i >= index; i--) Step(_variables, ins[i], live);
        return live;
    }

    /// <summary>
    /// Each instruction of a block with the variables live after it, last instruction first (one set,
    /// updated as the walk goes on: read it before taking the next). Nothing in a <see cref="Conservative"/> unit.
    /// </summary>
    public IEnumerable<(int Index, BitArray LiveAfter)> Backwards(BasicBlock block)
    {
        if (_liveIn is null) yield break;
        var live = LiveOut(block, _liveIn);
        var ins = _analysis.Code.Instructions;
        for (int i = block.End - 1; i >= block.Start; i--)
        {
            yield return (i, live);
            Step(_variables, ins[i], live);
        }
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
