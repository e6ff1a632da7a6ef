using System.Collections.Immutable;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Diagnostics;

namespace Aqua.Compiler.Analysis;

/// <summary>
/// The operand stack at every reachable instruction, by abstract interpretation over the CFG.
/// Stack slot <c>i</c> becomes the C# local <c>s{i}</c>, so the depth is all the emitter needs to
/// turn stack operations into local assignments.
/// </summary>
/// <remarks>
/// Where paths join with different depths the join takes the smallest, and each deeper path drops
/// its extra top values on its edge (ACODE.md 6.2). Depths only shrink during the iteration, so an
/// instruction that reads below its depth is reported as soon as it is seen: it can only get worse.
/// Requires <see cref="ControlFlowGraph"/>.
/// </remarks>
public sealed class StackAnalysis
{
    private readonly ImmutableArray<StackSlot>?[] _before;

    private readonly HashSet<int> _escapingIterators;

    private StackAnalysis(ImmutableArray<StackSlot>?[] before, int maxDepth, HashSet<int> escapingIterators)
    {
        _before = before;
        MaxDepth = maxDepth;
        _escapingIterators = escapingIterators;
    }

    /// <summary>
    /// Is the iterator made by the GET_ITER at <paramref name="getIter"/> ever seen by anything but
    /// its FOR_ITER (read, copied, stored, or merged with another value at a join)?
    /// </summary>
    public bool IteratorEscapes(int getIter) => _escapingIterators.Contains(getIter);

    /// <summary>The largest depth anywhere: the number of <c>s{i}</c> locals needed.</summary>
    public int MaxDepth { get; }

    /// <summary>The stack before instruction <paramref name="index"/>; null when it is unreachable.</summary>
    public ImmutableArray<StackSlot>? Before(int index) => _before[index];

    public int DepthBefore(int index) => _before[index]?.Length ?? -1;

    public IReadOnlyList<int?> Depths => _before.Select(s => s?.Length).ToArray();

    public static StackAnalysis Run(ControlFlowGraph cfg, AcodeModule module)
    {
        var code = cfg.Code;
        var ins = code.Instructions;
        var before = new ImmutableArray<StackSlot>?[ins.Length];
        var entry = new ImmutableArray<StackSlot>?[cfg.Blocks.Length];
        var escaping = new HashSet<int>();
        int maxDepth = 0;
        if (cfg.Blocks.Length == 0) return new StackAnalysis(before, 0, escaping);

        entry[0] = ImmutableArray<StackSlot>.Empty;
        // Process in reverse post-order so most blocks are seen once with their final state.
        var work = new SortedSet<int> { cfg.RpoIndex[0] };
        while (work.Count > 0)
        {
            int rpo = work.Min;
            work.Remove(rpo);
            var block = cfg.Blocks[cfg.ReversePostOrder[rpo]];
            var stack = entry[block.Index]!.Value.ToBuilder();

            for (int i = block.Start; i < block.End; i++)
            {
                before[i] = stack.ToImmutable();
                var effect = StackEffect.Of(ins[i]);
                if (effect.Pops > stack.Count)
                    throw Underflow(module, code, i, effect.Pops, stack.Count);
                NoteIteratorReads(ins[i], effect, stack, escaping);
                Apply(module, code, i, stack);
                maxDepth = Math.Max(maxDepth, stack.Count);
            }

            foreach (var (succ, state) in Outgoing(block, stack))
            {
                if (succ < 0) continue;
                var merged = Meet(entry[succ], state, escaping);
                if (entry[succ] is { } old && old.SequenceEqual(merged)) continue;
                entry[succ] = merged;
                work.Add(cfg.RpoIndex[succ]);
            }
        }

        return new StackAnalysis(before, maxDepth, escaping);
    }

    /// <summary>FOR_ITER reads its iterator and keeps it; POP drops it; anything else that reads one lets it escape.</summary>
    private static void NoteIteratorReads(Instruction ins, StackEffect effect, ImmutableArray<StackSlot>.Builder stack, HashSet<int> escaping)
    {
        if (ins.Op is Opcode.ForIter or Opcode.PopAlt || (ins.Op == Opcode.Pop && ins.Operand is null)) return;
        for (int k = stack.Count - effect.Pops; k < stack.Count; k++)
            if (stack[k].IsIterator) escaping.Add(stack[k].Iterator);
    }

    /// <summary>The state each successor edge carries; FOR_ITER's exit edge pops the iterator.</summary>
    private static IEnumerable<(int Block, ImmutableArray<StackSlot> State)> Outgoing(
        BasicBlock block, ImmutableArray<StackSlot>.Builder after)
    {
        var state = after.ToImmutable();
        if (block.Terminator == TerminatorKind.ForIter)
        {
            // `after` is the body state (iterator, item); the exit state has neither.
            yield return (block.Target, state.RemoveRange(state.Length - 2, 2));
            yield return (block.Next, state);
            yield break;
        }
        foreach (var s in block.Successors) yield return (s, state);
    }

    private static ImmutableArray<StackSlot> Meet(ImmutableArray<StackSlot>? old, ImmutableArray<StackSlot> incoming, HashSet<int> escaping)
    {
        if (old is not { } existing) return incoming;
        int depth = Math.Min(existing.Length, incoming.Length);
        var result = ImmutableArray.CreateBuilder<StackSlot>(depth);
        for (int i = 0; i < depth; i++)
        {
            if (existing[i] != incoming[i])
            {
                // Two different values meet: an iterator among them is no longer known to its loop.
                if (existing[i].IsIterator) escaping.Add(existing[i].Iterator);
                if (incoming[i].IsIterator) escaping.Add(incoming[i].Iterator);
            }
            result.Add(existing[i].Meet(incoming[i]));
        }
        return result.MoveToImmutable();
    }

    /// <summary>The transfer function of one instruction on the abstract stack.</summary>
    private static void Apply(AcodeModule module, CodeUnit code, int index, ImmutableArray<StackSlot>.Builder stack)
    {
        var ins = code.Instructions[index];
        switch (ins.Op)
        {
            case Opcode.LoadConst:
            case Opcode.LoadFunc:
                stack.Add(new StackSlot(ins.Arg));
                return;
            case Opcode.LoadGlobal:
                stack.Add(new StackSlot(-1, ins.Arg));
                return;
            case Opcode.LoadVar when code.IsMain:
                stack.Add(new StackSlot(-1, ins.Arg));
                return;
            case Opcode.Dup:
                stack.Add(stack[^1]);
                return;
            case Opcode.GetIter:
                stack[^1] = new StackSlot(-1, -1, index);
                return;
            case Opcode.ForIter:
                stack.Add(StackSlot.Unknown); // the iterator stays as it is; the item is new
                return;
            case Opcode.RotTwo:
                (stack[^2], stack[^1]) = (stack[^1], stack[^2]);
                return;
            case Opcode.RotThree:
                (stack[^3], stack[^2], stack[^1]) = (stack[^1], stack[^3], stack[^2]);
                return;
            case Opcode.ImportFrom:
            {
                int count = ImportFromNames(module, code, index, stack[^1]).Length;
                stack.RemoveRange(stack.Count - 2, 2);
                for (int k = 0; k < count; k++) stack.Add(StackSlot.Unknown);
                return;
            }
        }

        var effect = StackEffect.Of(ins);
        stack.RemoveRange(stack.Count - effect.Pops, effect.Pops);
        for (int k = 0; k < effect.Pushes; k++) stack.Add(StackSlot.Unknown);
    }

    /// <summary>
    /// The names IMPORT_FROM binds: the list constant the original compiler loads just before it.
    /// Its length fixes how many values the instruction pushes (ACODE.md 6.8).
    /// </summary>
    public static ImmutableArray<string> ImportFromNames(AcodeModule module, CodeUnit code, int index, StackSlot items)
    {
        if (items.ConstantIn(module) is ListConstant list
            && list.Items.All(c => c is StringConstant))
            return list.Items.Select(c => ((StringConstant)c).Value).ToImmutableArray();
        throw new DiagnosticException(new Diagnostic(module.SourcePath, Where(code, index),
            "IMPORT_FROM needs a constant list of names on the stack"));
    }

    private static DiagnosticException Underflow(AcodeModule module, CodeUnit code, int index, int needed, int depth) =>
        new(new Diagnostic(module.SourcePath, Where(code, index),
            $"stack underflow: {OpcodeInfo.Name(code.Instructions[index].Op)} needs {needed} operand(s) but the stack holds {depth}"));

    public static string Where(CodeUnit code, int index) =>
        code.IsMain ? $"main code, instruction {index}" : $"function '{code.Name}', instruction {index}";
}
