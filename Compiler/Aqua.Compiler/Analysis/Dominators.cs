using System.Collections.Immutable;

namespace Aqua.Compiler.Analysis;

/// <summary>
/// Immediate dominators of the reachable blocks (Cooper, Harvey and Kennedy's iterative
/// algorithm over the reverse post-order) and the dominator tree's children.
/// </summary>
/// <remarks>Requires <see cref="ControlFlowGraph"/>.</remarks>
public sealed class Dominators
{
    private readonly int[] _idom;

    private Dominators(int[] idom, ImmutableArray<ImmutableArray<int>> children)
    {
        _idom = idom;
        Children = children;
    }

    /// <summary>Dominator-tree children of each block, in reverse post-order.</summary>
    public ImmutableArray<ImmutableArray<int>> Children { get; }

    /// <summary>The immediate dominator; the entry's is itself; -1 for unreachable blocks.</summary>
    public int ImmediateDominator(int block) => _idom[block];

    public bool Dominates(int a, int b)
    {
        if (_idom[b] < 0) return false;
        while (true)
        {
            if (a == b) return true;
            int up = _idom[b];
            if (up == b) return false;
            b = up;
        }
    }

    public static Dominators Compute(ControlFlowGraph cfg)
    {
        int n = cfg.Blocks.Length;
        var idom = new int[n];
        Array.Fill(idom, -1);
        if (n == 0) return new Dominators(idom, ImmutableArray<ImmutableArray<int>>.Empty);
        var rpo = cfg.ReversePostOrder;
        var order = cfg.RpoIndex;
        idom[rpo[0]] = rpo[0];
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int k = 1; k < rpo.Length; k++)
            {
                int b = rpo[k];
                int newIdom = -1;
                foreach (int p in cfg.Predecessors[b])
                {
                    if (idom[p] < 0) continue;
                    newIdom = newIdom < 0 ? p : Intersect(p, newIdom, idom, order);
                }
                if (idom[b] != newIdom)
                {
                    idom[b] = newIdom;
                    changed = true;
                }
            }
        }

        var children = new List<int>[n];
        for (int i = 0; i < n; i++) children[i] = new List<int>();
        foreach (int b in rpo)
            if (idom[b] != b && idom[b] >= 0) children[idom[b]].Add(b);
        return new Dominators(idom, children.Select(c => c.ToImmutableArray()).ToImmutableArray());
    }

    private static int Intersect(int a, int b, int[] idom, ImmutableArray<int> order)
    {
        while (a != b)
        {
            while (order[a] > order[b]) a = idom[a];
            while (order[b] > order[a]) b = idom[b];
        }
        return a;
    }
}
