using System.Collections.Immutable;

namespace Aqua.Compiler.Analysis;

/// <summary>
/// Natural loops: a back edge goes from a block to a header that dominates it; the loop is the
/// header plus every block that reaches the back edge's source without passing the header.
/// A retreating edge whose target does not dominate its source makes the graph irreducible, and
/// the emitter then falls back to plain gotos for that function.
/// </summary>
/// <remarks>Requires <see cref="ControlFlowGraph"/> and <see cref="Dominators"/>.</remarks>
public sealed class LoopDetection
{
    private LoopDetection(ImmutableDictionary<int, ImmutableHashSet<int>> loops, bool reducible)
    {
        Loops = loops;
        IsReducible = reducible;
    }

    /// <summary>Loop header → the blocks of its natural loop (header included).</summary>
    public ImmutableDictionary<int, ImmutableHashSet<int>> Loops { get; }

    public bool IsReducible { get; }

    public bool IsHeader(int block) => Loops.ContainsKey(block);

    public static LoopDetection Run(ControlFlowGraph cfg, Dominators dom)
    {
        var loops = new Dictionary<int, HashSet<int>>();
        bool reducible = true;
        foreach (int b in cfg.ReversePostOrder)
        {
            foreach (int s in cfg.Blocks[b].Successors)
            {
                if (s < 0 || cfg.RpoIndex[s] > cfg.RpoIndex[b]) continue; // forward edge
                if (!dom.Dominates(s, b))
                {
                    reducible = false;
                    continue;
                }
                if (!loops.TryGetValue(s, out var body)) loops[s] = body = new HashSet<int> { s };
                CollectBody(cfg, b, body);
            }
        }
        return new LoopDetection(
            loops.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToImmutableHashSet()),
            reducible);
    }

    private static void CollectBody(ControlFlowGraph cfg, int latch, HashSet<int> body)
    {
        var work = new Stack<int>();
        if (body.Add(latch)) work.Push(latch);
        while (work.Count > 0)
        {
            int b = work.Pop();
            foreach (int p in cfg.Predecessors[b])
                if (cfg.IsReachable(p) && body.Add(p)) work.Push(p);
        }
    }
}
