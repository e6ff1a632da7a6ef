using System.Collections.Immutable;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Analysis;

/// <summary>
/// The basic blocks of one code unit, their edges, and a reverse post-order from the entry.
/// Jump targets are normalised as the VMs fetch them (ACODE.md 6.2): negative means len + t,
/// and a target at or past the end means <see cref="BasicBlock.Exit"/>. Try constructs
/// (<see cref="TryRegions"/>) make TRY_BEGIN a block of its own whose handlers are successors,
/// and every closing marker (TRY_END, CATCH_END, FINALLY_END) a jump to the construct's follow.
/// </summary>
public sealed class ControlFlowGraph
{
    private ControlFlowGraph(CodeUnit code, ImmutableArray<BasicBlock> blocks, int[] blockOfInstruction)
    {
        Code = code;
        Blocks = blocks;
        _blockOfInstruction = blockOfInstruction;
        Predecessors = ComputePredecessors(blocks);
        ReversePostOrder = ComputeReversePostOrder(blocks);
        var rpoIndex = new int[blocks.Length];
        Array.Fill(rpoIndex, -1);
        for (int i = 0; i < ReversePostOrder.Length; i++) rpoIndex[ReversePostOrder[i]] = i;
        RpoIndex = rpoIndex.ToImmutableArray();
    }

    private readonly int[] _blockOfInstruction;

    public CodeUnit Code { get; }

    public ImmutableArray<BasicBlock> Blocks { get; }

    /// <summary>Predecessor block indexes of each block (duplicates removed).</summary>
    public ImmutableArray<ImmutableArray<int>> Predecessors { get; }

    /// <summary>Blocks reachable from the entry, in reverse post-order.</summary>
    public ImmutableArray<int> ReversePostOrder { get; }

    /// <summary>Position of each block in <see cref="ReversePostOrder"/>; -1 when unreachable.</summary>
    public ImmutableArray<int> RpoIndex { get; }

    public bool IsReachable(int block) => RpoIndex[block] >= 0;

    public int BlockOf(int instruction) => _blockOfInstruction[instruction];

    /// <summary>Normalises a jump operand to an instruction index, or -1 for "end of code".</summary>
    public static int ResolveTarget(int target, int length)
    {
        if (target < 0) target += length;
        return target >= length ? -1 : target;
    }

    public static ControlFlowGraph Build(CodeUnit code, TryRegions regions)
    {
        var ins = code.Instructions;
        int n = ins.Length;
        var leaders = new bool[n + 1];
        if (n > 0) leaders[0] = true;
        var followOf = new Dictionary<int, int>(); // closing marker → its construct's follow
        foreach (var c in regions.Constructs)
        {
            leaders[c.Begin] = leaders[c.Begin + 1] = leaders[c.Follow] = true;
            foreach (var h in c.Catches) leaders[h.Begin] = true;
            if (c.FinallyBegin >= 0) leaders[c.FinallyBegin] = true;
            followOf[c.TryEnd] = c.Follow;
            foreach (var h in c.Catches) followOf[h.End] = c.Follow;
            if (c.FinallyPart is { } f) followOf[regions.Parts[f].End] = c.Follow;
        }
        for (int i = 0; i < n; i++)
        {
            var op = ins[i].Op;
            if (IsJump(op))
            {
                int t = ResolveTarget(ins[i].Arg, n);
                if (t >= 0) leaders[t] = true;
                leaders[i + 1] = true;
            }
            else if (EndsBlock(ins[i], code.IsMain) || followOf.ContainsKey(i))
            {
                leaders[i + 1] = true;
            }
        }

        var blockOf = new int[n];
        var starts = new List<int>();
        for (int i = 0; i < n; i++)
            if (leaders[i]) starts.Add(i);

        var blocks = ImmutableArray.CreateBuilder<BasicBlock>(starts.Count);
        for (int b = 0; b < starts.Count; b++)
        {
            int start = starts[b];
            int end = b + 1 < starts.Count ? starts[b + 1] : n;
            for (int i = start; i < end; i++) blockOf[i] = b;
            int next = b + 1 < starts.Count ? b + 1 : BasicBlock.Exit;
            var block = MakeBlock(b, start, end, ins[end - 1], code.IsMain, next, n);
            if (followOf.TryGetValue(end - 1, out int follow))
                block = block with { Terminator = TerminatorKind.Jump, Target = follow >= n ? BasicBlock.Exit : follow, Next = BasicBlock.None };
            blocks.Add(block);
        }

        // Targets are instruction indexes until every block exists; map them to blocks now.
        // (Exit, -1, is already final.)
        for (int b = 0; b < blocks.Count; b++)
        {
            var blk = blocks[b];
            if (blk.Target >= 0) blocks[b] = blk = blk with { Target = blockOf[blk.Target] };
            if (blk.Terminator == TerminatorKind.Try)
            {
                var c = regions.ConstructStartingAt(blk.Start)!;
                var handlers = c.Catches.Select(h => blockOf[h.Begin]);
                if (c.FinallyBegin >= 0) handlers = handlers.Append(blockOf[c.FinallyBegin]);
                blocks[b] = blk with { Handlers = handlers.ToImmutableArray() };
            }
        }

        return new ControlFlowGraph(code, blocks.MoveToImmutable(), blockOf);
    }

    private static BasicBlock MakeBlock(int index, int start, int end, Instruction last, bool isMain, int next, int length)
    {
        int target = IsJump(last.Op) ? ResolveTarget(last.Arg, length) : BasicBlock.None;
        switch (last.Op)
        {
            case Opcode.Jump:
                return new BasicBlock(index, start, end, TerminatorKind.Jump, target, BasicBlock.None);
            case Opcode.JumpIfFalse:
            case Opcode.JumpIfTrue:
                return new BasicBlock(index, start, end, TerminatorKind.Conditional, target, next);
            case Opcode.ForIter:
                return new BasicBlock(index, start, end, TerminatorKind.ForIter, target, next);
            case Opcode.Return when !isMain:
                return new BasicBlock(index, start, end, TerminatorKind.Return, BasicBlock.None, BasicBlock.None);
            case Opcode.Halt:
                return new BasicBlock(index, start, end, TerminatorKind.Halt, BasicBlock.None, BasicBlock.None);
            case Opcode.Throw:
                return new BasicBlock(index, start, end, TerminatorKind.Throw, BasicBlock.None, BasicBlock.None);
            case Opcode.TryBegin:
                return new BasicBlock(index, start, end, TerminatorKind.Try, BasicBlock.None, next);
            default:
                return new BasicBlock(index, start, end, TerminatorKind.FallThrough, BasicBlock.None, next);
        }
    }

    private static bool IsJump(Opcode op) =>
        op is Opcode.Jump or Opcode.JumpIfFalse or Opcode.JumpIfTrue or Opcode.ForIter;

    /// <summary>RETURN in main is a no-op (ACODE.md 2.5), so it does not end a block there.</summary>
    private static bool EndsBlock(Instruction ins, bool isMain) =>
        ins.Op is Opcode.Halt or Opcode.Throw or Opcode.TryBegin || (ins.Op == Opcode.Return && !isMain);

    private static ImmutableArray<ImmutableArray<int>> ComputePredecessors(ImmutableArray<BasicBlock> blocks)
    {
        var preds = new List<int>[blocks.Length];
        for (int i = 0; i < preds.Length; i++) preds[i] = new List<int>();
        foreach (var b in blocks)
            foreach (var s in b.Successors)
                if (s >= 0 && !preds[s].Contains(b.Index)) preds[s].Add(b.Index);
        return preds.Select(p => p.ToImmutableArray()).ToImmutableArray();
    }

    private static ImmutableArray<int> ComputeReversePostOrder(ImmutableArray<BasicBlock> blocks)
    {
        if (blocks.Length == 0) return ImmutableArray<int>.Empty;
        var visited = new bool[blocks.Length];
        var post = new List<int>(blocks.Length);
        // Iterative DFS; successors visited in reverse so the fall-through path comes first in RPO.
        var stack = new Stack<(int Block, int NextSucc)>();
        stack.Push((0, 0));
        visited[0] = true;
        while (stack.Count > 0)
        {
            var (b, k) = stack.Pop();
            var succ = blocks[b].Successors;
            if (k < succ.Length)
            {
                stack.Push((b, k + 1));
                int s = succ[k];
                if (s >= 0 && !visited[s])
                {
                    visited[s] = true;
                    stack.Push((s, 0));
                }
            }
            else
            {
                post.Add(b);
            }
        }
        post.Reverse();
        return post.ToImmutableArray();
    }
}
