using System.Collections.Immutable;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit;

/// <summary>
/// Turns a reducible CFG into loops and ifs by walking the dominator tree (the shape of Ramsey's
/// "Beyond Relooper", 2022). Each block is emitted once, inside the code of its immediate
/// dominator. A block that several forward edges reach (a merge point), or that leaves a loop, is
/// placed after its dominator's code under a label; edges to it become <c>goto</c> (or
/// <c>break</c> when it directly follows the innermost loop). Every other edge is emitted inline.
/// Back edges become <c>continue</c> (or a goto to an outer loop's label).
/// </summary>
/// <remarks>
/// Requires <see cref="ControlFlowGraph"/>, <see cref="StackAnalysis"/>, <see cref="Dominators"/>
/// and a reducible <see cref="LoopDetection"/>. A label is always in a block that encloses every
/// goto to it, because a block's dominator encloses all of its predecessors' code.
/// </remarks>
public sealed class StructuredEmitter
{
    private readonly ControlFlowGraph _cfg;
    private readonly Dominators _dom;
    private readonly LoopDetection _loops;
    private readonly InstructionEmitter _ins;

    public StructuredEmitter(ControlFlowGraph cfg, Dominators dom, LoopDetection loops, InstructionEmitter ins)
    {
        _cfg = cfg;
        _dom = dom;
        _loops = loops;
        _ins = ins;
    }

    /// <summary>A loop being emitted: its header and the block placed right after it, if any.</summary>
    private sealed record LoopContext(int Header, int Follow, LoopContext? Outer);

    public ImmutableArray<Stmt> Emit()
    {
        if (_cfg.Blocks.Length == 0) return [_ins.EndOfCode()];
        return EmitTree(0, null).ToImmutableArray();
    }

    private List<Stmt> EmitTree(int block, LoopContext? loop)
    {
        var output = new List<Stmt>();
        var placed = _dom.Children[block].Where(IsPlaced).ToList();
        if (!_loops.Loops.TryGetValue(block, out var body))
        {
            EmitNodeWithin(block, placed, loop, output);
            return output;
        }

        var inside = placed.Where(body.Contains).ToList();
        var after = placed.Where(c => !body.Contains(c)).ToList();
        var context = new LoopContext(block, after.Count > 0 ? after[0] : BasicBlock.None, loop);
        var loopBody = new List<Stmt>();
        EmitNodeWithin(block, inside, context, loopBody);
        output.Add(new LoopStmt(Identifiers.BlockLabel(block), null, loopBody.ToImmutableArray()));
        foreach (int y in after) Place(y, loop, output);
        return output;
    }

    private void EmitNodeWithin(int block, List<int> placed, LoopContext? loop, List<Stmt> output)
    {
        var b = _cfg.Blocks[block];
        int straightEnd = b.Terminator is TerminatorKind.FallThrough ? b.End : b.End - 1;
        for (int i = b.Start; i < straightEnd; i++) _ins.EmitStraight(i, output);

        switch (b.Terminator)
        {
            case TerminatorKind.FallThrough:
                output.AddRange(Branch(block, b.Next, loop));
                break;
            case TerminatorKind.Jump:
                output.AddRange(Branch(block, b.Target, loop));
                break;
            case TerminatorKind.Conditional:
            {
                var taken = _ins.JumpCondition(b.Last);
                // Put the fall-through path first: `if (truthy) { then-part } else { jump }`.
                output.Add(new IfStmt(taken.Negate(),
                    Branch(block, b.Next, loop).ToImmutableArray(),
                    Branch(block, b.Target, loop).ToImmutableArray()));
                break;
            }
            case TerminatorKind.ForIter:
                output.Add(new IfStmt(_ins.ForIterCondition(b.Last),
                    Branch(block, b.Next, loop).ToImmutableArray(),
                    Branch(block, b.Target, loop).ToImmutableArray()));
                break;
            default:
                output.Add(_ins.Exit(b.Last));
                break;
        }

        foreach (int y in placed) Place(y, loop, output);
    }

    /// <summary>Emits a placed block under its label (a loop carries the label on its own statement).</summary>
    private void Place(int block, LoopContext? loop, List<Stmt> output)
    {
        if (!_loops.IsHeader(block)) output.Add(new LabelStmt(Identifiers.BlockLabel(block)));
        output.AddRange(EmitTree(block, loop));
    }

    private List<Stmt> Branch(int from, int to, LoopContext? loop)
    {
        if (to == BasicBlock.Exit) return [_ins.EndOfCode()];
        if (_cfg.RpoIndex[to] <= _cfg.RpoIndex[from])
        {
            // A back edge: `to` is the header of a loop that encloses this code.
            return loop is not null && loop.Header == to
                ? [ContinueStmt.Instance]
                : [new GotoStmt(Identifiers.BlockLabel(to))];
        }
        if (IsPlaced(to))
        {
            return loop is not null && loop.Follow == to
                ? [BreakStmt.Instance]
                : [new GotoStmt(Identifiers.BlockLabel(to))];
        }
        return EmitTree(to, loop);
    }

    /// <summary>
    /// Is the block emitted after its dominator's code under a label, rather than inline at its
    /// only incoming edge? Merge points (two or more forward edges) and loop exits are.
    /// </summary>
    private bool IsPlaced(int block)
    {
        int forward = 0;
        foreach (int p in _cfg.Predecessors[block])
        {
            if (!_cfg.IsReachable(p) || _cfg.RpoIndex[p] >= _cfg.RpoIndex[block]) continue;
            // Count edges, not predecessors: a conditional whose two arms both lead here counts twice.
            foreach (int s in _cfg.Blocks[p].Successors)
                if (s == block) forward++;
        }
        if (forward >= 2) return true;
        int idom = _dom.ImmediateDominator(block);
        return idom != block && _loops.Loops.TryGetValue(idom, out var body) && !body.Contains(block);
    }
}
