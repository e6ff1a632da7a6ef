using System.Collections.Immutable;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Diagnostics;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit;

/// <summary>
/// Turns a reducible CFG into loops, ifs and try statements by walking the dominator tree (the
/// shape of Ramsey's "Beyond Relooper", 2022). Each block is emitted once, inside the code of its
/// immediate dominator. A block that several forward edges reach (a merge point), that leaves a
/// loop, or that follows a try construct is placed after its dominator's code under a label;
/// edges to it become <c>goto</c> (or <c>break</c> when it directly follows the innermost loop).
/// Every other edge is emitted inline. Back edges become <c>continue</c> (or a goto to an outer
/// loop's label).
/// </summary>
/// <remarks>
/// Requires <see cref="ControlFlowGraph"/>, <see cref="TryRegions"/>, <see cref="StackAnalysis"/>,
/// <see cref="Dominators"/> and a reducible <see cref="LoopDetection"/>. A label is always in a
/// block that encloses every goto to it, because a block's dominator encloses all of its
/// predecessors' code. A block in another try part than its dominator is lifted to the nearest
/// dominator in a part that encloses it, so no code is emitted inside a try, catch or finally it
/// does not belong to.
/// </remarks>
public sealed class StructuredEmitter
{
    private readonly AcodeModule _module;
    private readonly ControlFlowGraph _cfg;
    private readonly TryRegions _regions;
    private readonly Dominators _dom;
    private readonly LoopDetection _loops;
    private readonly IInstructionLowering _ins;
    private readonly int[] _emitParent;
    private readonly ImmutableArray<int>[] _emitChildren;
    private readonly HashSet<int> _tryFollows = new();

    public StructuredEmitter(AcodeModule module, CodeAnalysis analysis, IInstructionLowering ins)
    {
        _module = module;
        _cfg = analysis.Graph;
        _regions = analysis.Regions;
        _dom = analysis.Dominators;
        _loops = analysis.Loops;
        _ins = ins;
        foreach (var c in _regions.Constructs)
            if (c.Follow < _cfg.Code.Instructions.Length) _tryFollows.Add(_cfg.BlockOf(c.Follow));
        (_emitParent, _emitChildren) = EmitTree();
    }

    /// <summary>A loop being emitted: its header and the block placed right after it, if any.</summary>
    private sealed record LoopContext(int Header, int Follow);

    /// <summary>The try part being emitted: leaving it for its construct's follow jumps to <see cref="ExitLabel"/>.</summary>
    private sealed record PartContext(int Part, int Follow, string ExitLabel, int FinallyPart);

    private sealed record Context(LoopContext? Loop, PartContext? Part);

    public ImmutableArray<Stmt> Emit()
    {
        if (_cfg.Blocks.Length == 0) return [_ins.EndOfCode()];
        return EmitTree(0, new Context(null, null)).ToImmutableArray();
    }

    private int PartOf(int block) => _regions.PartOf(_cfg.Blocks[block].Start);

    private List<Stmt> EmitTree(int block, Context ctx)
    {
        var output = new List<Stmt>();
        var placed = _emitChildren[block].Where(IsPlaced).ToList();
        if (!_loops.Loops.TryGetValue(block, out var body))
        {
            EmitNodeWithin(block, placed, ctx, output);
            return output;
        }

        var inside = placed.Where(body.Contains).ToList();
        var after = placed.Where(c => !body.Contains(c)).ToList();
        var loopCtx = ctx with { Loop = new LoopContext(block, after.Count > 0 ? after[0] : BasicBlock.None) };
        var loopBody = new List<Stmt>();
        EmitNodeWithin(block, inside, loopCtx, loopBody);
        output.Add(new LoopStmt(Identifiers.BlockLabel(block), null, loopBody.ToImmutableArray()));
        foreach (int y in after) Place(y, ctx, output);
        return output;
    }

    private void EmitNodeWithin(int block, List<int> placed, Context ctx, List<Stmt> output)
    {
        var b = _cfg.Blocks[block];
        int straightEnd = b.Terminator is TerminatorKind.FallThrough ? b.End : b.End - 1;
        for (int i = b.Start; i < straightEnd; i++) _ins.EmitStraight(i, output);

        switch (b.Terminator)
        {
            case TerminatorKind.FallThrough:
                output.AddRange(Branch(block, b.Next, ctx));
                break;
            case TerminatorKind.Jump:
                output.AddRange(Branch(block, b.Target, ctx));
                break;
            case TerminatorKind.Conditional:
            {
                var taken = _ins.JumpCondition(b.Last);
                // Put the fall-through path first: `if (truthy) { then-part } else { jump }`.
                output.Add(new IfStmt(taken.Negate(),
                    Branch(block, b.Next, ctx).ToImmutableArray(),
                    Branch(block, b.Target, ctx).ToImmutableArray()));
                break;
            }
            case TerminatorKind.ForIter:
                output.Add(new IfStmt(_ins.ForIterCondition(b.Last),
                    Branch(block, b.Next, ctx).ToImmutableArray(),
                    Branch(block, b.Target, ctx).ToImmutableArray()));
                break;
            case TerminatorKind.Try:
                EmitTry(block, ctx, output);
                break;
            case TerminatorKind.Return when ctx.Part is { FinallyPart: >= 0 }:
                throw Unsupported(b.Last, "RETURN inside a finally block");
            default:
                output.Add(_ins.Exit(b.Last));
                break;
        }

        foreach (int y in placed) Place(y, ctx, output);
    }

    /// <summary>TRY_BEGIN: a C# try statement whose parts are emitted as their own trees, then the follow.</summary>
    private void EmitTry(int block, Context ctx, List<Stmt> output)
    {
        var b = _cfg.Blocks[block];
        var construct = _regions.ConstructStartingAt(b.Start)!;
        var bodyStmts = EmitPart(construct.BodyPart, b.Next, construct, ctx);

        var catches = ImmutableArray.CreateBuilder<CatchClause>();
        for (int k = 0; k < construct.Catches.Length; k++)
        {
            var clause = construct.Catches[k];
            catches.Add(new CatchClause(clause.TypeName, EmitPart(clause.Part, b.Handlers[k], construct, ctx)));
            if (clause.TypeName is null) break; // a catch-all makes any later clause unreachable
        }
        ImmutableArray<Stmt>? fin = construct.FinallyPart is { } f
            ? EmitPart(f, b.Handlers[construct.Catches.Length], construct, ctx)
            : null;

        if (catches.Count == 0 && fin is null) output.AddRange(bodyStmts); // a try with no handler is just its body
        else output.Add(new TryStmt(construct.Id, bodyStmts, catches.ToImmutable(), fin));

        int follow = construct.Follow < _cfg.Code.Instructions.Length ? _cfg.BlockOf(construct.Follow) : BasicBlock.Exit;
        if (follow == BasicBlock.Exit || _cfg.IsReachable(follow)) output.AddRange(Branch(block, follow, ctx));
    }

    private ImmutableArray<Stmt> EmitPart(int part, int entry, TryConstruct construct, Context ctx)
    {
        int follow = construct.Follow < _cfg.Code.Instructions.Length ? _cfg.BlockOf(construct.Follow) : BasicBlock.Exit;
        bool isFinally = _regions.Parts[part].Kind == PartKind.Finally;
        var partCtx = new PartContext(part, follow, $"X{part}",
            isFinally ? part : ctx.Part?.FinallyPart ?? -1);
        // No loop outside a finally block can be continued or left from inside it (C# forbids it).
        var inner = new Context(isFinally ? null : ctx.Loop, partCtx);
        var stmts = _cfg.IsReachable(entry) ? EmitTree(entry, inner) : [];
        stmts.Add(new LabelStmt(partCtx.ExitLabel));
        return stmts.ToImmutableArray();
    }

    /// <summary>Emits a placed block under its label (a loop carries the label on its own statement).</summary>
    private void Place(int block, Context ctx, List<Stmt> output)
    {
        if (!_loops.IsHeader(block)) output.Add(new LabelStmt(Identifiers.BlockLabel(block)));
        output.AddRange(EmitTree(block, ctx));
    }

    private List<Stmt> Branch(int from, int to, Context ctx)
    {
        if (ctx.Part is { } part)
        {
            if (to == part.Follow) return [new GotoStmt(part.ExitLabel)];
            if (part.FinallyPart >= 0 && (to == BasicBlock.Exit || !_regions.Encloses(part.FinallyPart, PartOf(to))))
                throw Unsupported(_cfg.Blocks[from].Last, "a jump out of a finally block");
        }
        if (to == BasicBlock.Exit) return [_ins.EndOfCode()];
        if (_cfg.RpoIndex[to] <= _cfg.RpoIndex[from])
        {
            // A back edge: `to` is the header of a loop that encloses this code.
            return ctx.Loop is not null && ctx.Loop.Header == to
                ? [ContinueStmt.Instance]
                : [new GotoStmt(Identifiers.BlockLabel(to))];
        }
        if (IsPlaced(to))
        {
            return ctx.Loop is not null && ctx.Loop.Follow == to
                ? [BreakStmt.Instance]
                : [new GotoStmt(Identifiers.BlockLabel(to))];
        }
        return EmitTree(to, ctx);
    }

    /// <summary>
    /// Is the block emitted after its emit-parent's code under a label, rather than inline at its
    /// only incoming edge? Merge points (two or more forward edges), loop exits, try follows and
    /// blocks lifted out of another try part are.
    /// </summary>
    private bool IsPlaced(int block)
    {
        if (_tryFollows.Contains(block) || _emitParent[block] != _dom.ImmediateDominator(block)) return true;
        int forward = 0;
        foreach (int p in _cfg.Predecessors[block])
        {
            if (!_cfg.IsReachable(p) || _cfg.RpoIndex[p] >= _cfg.RpoIndex[block]) continue;
            // Count edges, not predecessors: a conditional whose two arms both lead here counts twice.
            foreach (int s in _cfg.Blocks[p].Successors)
                if (s == block) forward++;
        }
        if (forward >= 2) return true;
        int parent = _emitParent[block];
        return parent != block && _loops.Loops.TryGetValue(parent, out var body) && !body.Contains(block);
    }

    /// <summary>
    /// The tree blocks are emitted in: the dominator tree, except that a block goes under its
    /// nearest dominator whose try part encloses the block's own part.
    /// </summary>
    private (int[] Parent, ImmutableArray<int>[] Children) EmitTree()
    {
        int n = _cfg.Blocks.Length;
        var parent = new int[n];
        var children = new List<int>[n];
        for (int i = 0; i < n; i++) children[i] = new List<int>();
        foreach (int b in _cfg.ReversePostOrder)
        {
            int a = _dom.ImmediateDominator(b);
            if (a == b)
            {
                parent[b] = b;
                continue;
            }
            while (a != _dom.ImmediateDominator(a) && !_regions.Encloses(PartOf(a), PartOf(b))) a = _dom.ImmediateDominator(a);
            parent[b] = a;
            children[a].Add(b);
        }
        return (parent, children.Select(c => c.ToImmutableArray()).ToArray());
    }

    private DiagnosticException Unsupported(int instruction, string what) =>
        new(new Diagnostic(_module.SourcePath, StackAnalysis.Where(_cfg.Code, instruction),
            $"{what} is not supported (C# cannot leave a finally block that way)"));
}
