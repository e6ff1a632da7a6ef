using System.Collections.Immutable;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// The kinds of one code unit's values: one kind per local for the whole function (every store
/// joins into it), and the kind of every stack slot before every instruction (flow-sensitive, by
/// abstract interpretation over the blocks, joined where paths meet like <see cref="StackAnalysis"/>).
/// </summary>
public sealed class FunctionTyping
{
    private readonly ImmutableArray<ValueKind>?[] _before;

    private readonly ImmutableArray<ValueKind>?[] _after;

    private FunctionTyping(ImmutableArray<ValueKind> locals, ImmutableArray<ValueKind>?[] before, ImmutableArray<ValueKind>?[] after,
        ValueKind returns, ImmutableDictionary<int, CallSite> callSites, ImmutableHashSet<int> deadStores, Liveness liveness)
    {
        DeadStores = deadStores;
        Liveness = liveness;
        Locals = locals;
        _before = before;
        _after = after;
        Return = returns;
        CallSites = callSites;
    }

    /// <summary>The kind of each variable slot (<see cref="Variables"/>: a function's locals, parameters first; main's globals).</summary>
    public ImmutableArray<ValueKind> Locals { get; }

    /// <summary>Stores no read can see (<see cref="Typing.DeadStores"/>).</summary>
    public ImmutableHashSet<int> DeadStores { get; }

    /// <summary>Where each variable is live (<see cref="Typing.Liveness"/>): an exit empties the dead ones the loop does not carry.</summary>
    public Liveness Liveness { get; }

    /// <summary>The join of every value the function returns (Any when it can run off its end and return null).</summary>
    public ValueKind Return { get; }

    /// <summary>Each direct call site (keyed by the CALL's index): its callee and argument kinds.</summary>
    public ImmutableDictionary<int, CallSite> CallSites { get; }

    /// <summary>Stack slot kinds before instruction <paramref name="index"/>, bottom first; null where unreachable.</summary>
    public ImmutableArray<ValueKind>? Before(int index) => _before[index];

    /// <summary>The kind of the value instruction <paramref name="index"/> leaves on top of the stack (FOR_ITER: its item).</summary>
    public ValueKind Produced(int index) => _after[index] is { Length: > 0 } s ? s[^1] : ValueKind.Bottom;

    /// <summary>Stack slot kinds right after instruction <paramref name="index"/> (on FOR_ITER's body path); null where unreachable.</summary>
    public ImmutableArray<ValueKind>? After(int index) => _after[index];

    /// <summary>The kind of stack slot <paramref name="depth"/> before <paramref name="index"/>.</summary>
    public ValueKind Slot(int index, int depth) => _before[index] is { } s && depth < s.Length ? s[depth] : ValueKind.Bottom;

    /// <summary>Infers the kinds of one code unit, given its parameters' kinds and its callees' return kinds.</summary>
    public static FunctionTyping Infer(AcodeModule module, CodeAnalysis analysis, ImmutableArray<ValueKind> parameters, VariableFlow flow,
        Func<int, ValueKind> returnOf, ICallTargets targets)
    {
        var variables = flow.Variables;
        var locals = new ValueKind[variables.Count];
        for (int i = 0; i < locals.Length; i++) locals[i] = variables.IsFollowed(i) ? ValueKind.Bottom : ValueKind.Any;
        for (int i = 0; i < parameters.Length; i++) locals[i] = parameters[i];
        // A read that may see an unassigned variable reads null: that variable holds more than one kind.
        foreach (int read in flow.MaybeUnassignedReads)
            locals[variables.Loaded(analysis.Code.Instructions[read])!.Value] = ValueKind.Any;

        var deadStores = flow.DeadStores;
        var speculated = ImmutableHashSet<int>.Empty;
        var start = locals;
        while (true)
        {
            var pass = new Interpreter(module, analysis, variables, deadStores, locals, returnOf, targets, flow.ItemOperands, flow.ContainerReads, speculated);
            pass.Run();
            if (!pass.Stored.SequenceEqual(locals))
            {
                locals = pass.Stored;
                continue;
            }
            if (pass.Speculate.IsSubsetOf(speculated))
                return new FunctionTyping(locals.ToImmutableArray(), pass.BeforeStates, pass.AfterStates, pass.Returns, pass.CallSites.ToImmutable(), deadStores, flow.Liveness);
            // More item reads look like numbers now: start again from the first kinds with them
            // (the kinds only grow within one round, and a speculated read gives a smaller kind).
            speculated = speculated.Union(pass.Speculate);
            locals = start;
        }
    }

    /// <summary>One abstract interpretation of the code with the locals' kinds fixed; collects what stores add.</summary>
    private sealed class Interpreter(AcodeModule module, CodeAnalysis analysis, Variables variables, ImmutableHashSet<int> deadStores,
        ValueKind[] locals, Func<int, ValueKind> returnOf, ICallTargets targets,
        ImmutableDictionary<int, (int Left, int Right)> itemOperands, ImmutableHashSet<int> containerReads, ImmutableHashSet<int> speculated)
    {
        /// <summary>Item reads this pass found feeding arithmetic with a number (<see cref="ItemReads.ShouldSpeculate"/>).</summary>
        public HashSet<int> Speculate { get; } = new();

        /// <summary>Item reads this pass found reading a dict (never speculated).</summary>
        private HashSet<int> FromDict { get; } = new();

        /// <summary>Marks an item read (-1: the operand is not one) that is an operand of <paramref name="op"/> beside <paramref name="other"/> for speculation.</summary>
        private void ConsiderSpeculating(int read, Opcode op, ValueKind other)
        {
            if (read >= 0 && !FromDict.Contains(read) && ItemReads.ShouldSpeculate(op, other)) Speculate.Add(read);
        }

        private readonly ImmutableArray<Instruction> _ins = analysis.Code.Instructions;

        public ImmutableArray<ValueKind>?[] BeforeStates { get; } = new ImmutableArray<ValueKind>?[analysis.Code.Instructions.Length];

        public ValueKind[] Stored { get; } = (ValueKind[])locals.Clone();

        public ImmutableArray<ValueKind>?[] AfterStates { get; } = new ImmutableArray<ValueKind>?[analysis.Code.Instructions.Length];

        public ValueKind Returns { get; private set; } = ValueKind.Bottom;

        public ImmutableDictionary<int, CallSite>.Builder CallSites { get; } = ImmutableDictionary.CreateBuilder<int, CallSite>();

        public void Run()
        {
            var cfg = analysis.Graph;
            if (cfg.Blocks.Length == 0) return;
            var entry = new ImmutableArray<ValueKind>?[cfg.Blocks.Length];
            entry[0] = ImmutableArray<ValueKind>.Empty;
            var work = new SortedSet<int> { cfg.RpoIndex[0] };
            while (work.Count > 0)
            {
                int rpo = work.Min;
                work.Remove(rpo);
                var block = cfg.Blocks[cfg.ReversePostOrder[rpo]];
                var stack = entry[block.Index]!.Value.ToBuilder();
                for (int i = block.Start; i < block.End; i++)
                {
                    // The depth is StackAnalysis's: the two analyses join paths alike.
                    BeforeStates[i] = stack.ToImmutable();
                    Apply(i, stack);
                    AfterStates[i] = stack.ToImmutable();
                }
                if (block.Terminator is not (TerminatorKind.Return or TerminatorKind.Halt or TerminatorKind.Throw)
                    && block.Successors.Contains(BasicBlock.Exit))
                    Returns = Returns.Join(ValueKind.Any); // running off the end returns null

                foreach (var (succ, state) in Outgoing(block, stack))
                {
                    if (succ < 0) continue;
                    var merged = Join(entry[succ], state);
                    if (entry[succ] is { } old && old.SequenceEqual(merged)) continue;
                    entry[succ] = merged;
                    work.Add(cfg.RpoIndex[succ]);
                }
            }
        }

        /// <summary>
        /// The state each edge carries. Values left on the stack across blocks are boxed (the typed
        /// emitter boxes them at the end of their block), so a join never meets two representations;
        /// only FOR_ITER's item enters its body unboxed.
        /// </summary>
        private static IEnumerable<(int, ImmutableArray<ValueKind>)> Outgoing(BasicBlock block, ImmutableArray<ValueKind>.Builder after)
        {
            var state = Boxed(after.ToImmutable());
            if (block.Terminator == TerminatorKind.ForIter)
            {
                yield return (block.Target, state.RemoveRange(state.Length - 2, 2));
                yield return (block.Next, state.SetItem(state.Length - 1, after[^1]));
                yield break;
            }
            foreach (var s in block.Successors) yield return (s, state);
        }

        private static ImmutableArray<ValueKind> Boxed(ImmutableArray<ValueKind> state) =>
            state.Select(k => k.IsTyped() ? ValueKind.Any : k).ToImmutableArray();

        private static ImmutableArray<ValueKind> Join(ImmutableArray<ValueKind>? old, ImmutableArray<ValueKind> incoming)
        {
            if (old is not { } existing) return incoming;
            int depth = Math.Min(existing.Length, incoming.Length);
            var result = ImmutableArray.CreateBuilder<ValueKind>(depth);
            for (int i = 0; i < depth; i++) result.Add(existing[i].Join(incoming[i]));
            return result.MoveToImmutable();
        }

        private void Apply(int index, ImmutableArray<ValueKind>.Builder stack)
        {
            var ins = _ins[index];
            var code = analysis.Code;
            if (variables.Loaded(ins) is { } loaded)
            {
                stack.Add(locals[loaded]);
                return;
            }
            if (variables.Stored(ins) is { } stored)
            {
                // A store no read can see does not constrain the variable (the typed code skips it).
                if (!deadStores.Contains(index)) Stored[stored] = Stored[stored].Join(stack[^1]);
                stack.RemoveAt(stack.Count - 1);
                return;
            }
            switch (ins.Op)
            {
                case Opcode.LoadConst:
                    stack.Add(KindRules.Constant(module.Constants[ins.Arg]));
                    return;
                case Opcode.Dup:
                    stack.Add(stack[^1]);
                    return;
                case Opcode.RotTwo:
                    (stack[^2], stack[^1]) = (stack[^1], stack[^2]);
                    return;
                case Opcode.RotThree:
                    (stack[^3], stack[^2], stack[^1]) = (stack[^1], stack[^3], stack[^2]);
                    return;
                case Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.Div or Opcode.Mod or Opcode.Pow
                    or Opcode.Eq or Opcode.Ne or Opcode.Lt or Opcode.Gt or Opcode.Le or Opcode.Ge or Opcode.In
                    or Opcode.And or Opcode.Or:
                {
                    if (itemOperands.TryGetValue(index, out var reads))
                    {
                        ConsiderSpeculating(reads.Left, ins.Op, stack[^1]);
                        ConsiderSpeculating(reads.Right, ins.Op, stack[^2]);
                    }
                    var kind = KindRules.Binary(ins.Op, stack[^2], stack[^1]);
                    if (ins.Op == Opcode.Add && analysis.Accumulation.AppendSites.Contains(index)) kind = ValueKind.Any;
                    stack.RemoveRange(stack.Count - 2, 2);
                    stack.Add(kind);
                    return;
                }
                case Opcode.Not:
                    stack[^1] = KindRules.Not(stack[^1]);
                    return;
                case Opcode.Return:
                    Returns = Returns.Join(stack[^1]);
                    stack.RemoveAt(stack.Count - 1);
                    return;
                case Opcode.Call:
                {
                    int first = stack.Count - ins.Arg;
                    int callee = targets.DirectCallee(analysis, index);
                    if (callee >= 0) CallSites[index] = new CallSite(callee, [.. stack.Skip(first)]);
                    stack.RemoveRange(first - 1, ins.Arg + 1);
                    stack.Add(callee >= 0 ? returnOf(callee) : ValueKind.Any);
                    return;
                }
                case Opcode.GetItem:
                {
                    // A read speculated to give a number is checked by the typed code (it leaves if not).
                    // An item of a dict is not speculated: only a list's item is read inline. A list's
                    // item stored into a variable that is indexed in turn (`bi = bodies[i]`) is speculated
                    // to be a list: a list of lists. (Bottom is a kind not known yet in this round: optimistic,
                    // as everywhere in the fixpoint, else the variable would be Any for good after the first pass.)
                    if (stack[^2] == ValueKind.Dict) FromDict.Add(index);
                    // Only while the variable it goes to can still be a list: speculating for a variable that
                    // holds anything anyway would only risk leaving.
                    bool listOfLists = containerReads.Contains(index)
                        && stack[^2] is ValueKind.List or ValueKind.Bottom && stack[^1] is ValueKind.Int or ValueKind.Bottom
                        && locals[variables.Stored(_ins[index + 1])!.Value] is ValueKind.List or ValueKind.Bottom;
                    stack.RemoveRange(stack.Count - 2, 2);
                    stack.Add(speculated.Contains(index) ? ValueKind.Num : listOfLists ? ValueKind.List : ValueKind.Any);
                    return;
                }
                case Opcode.ForIter:
                    stack.Add(targets.IsRangeCursorLoop(analysis, index) ? ValueKind.Int : ValueKind.Any);
                    return;
                case Opcode.ImportFrom:
                {
                    int count = StackAnalysis.ImportFromNames(module, code, index, analysis.Stack.Before(index)!.Value[^1]).Length;
                    stack.RemoveRange(stack.Count - 2, 2);
                    for (int k = 0; k < count; k++) stack.Add(ValueKind.Any);
                    return;
                }
            }
            var effect = StackEffect.Of(ins);
            stack.RemoveRange(stack.Count - effect.Pops, effect.Pops);
            var pushed = ins.Op switch { Opcode.BuildList => ValueKind.List, Opcode.BuildDict => ValueKind.Dict, _ => ValueKind.Any };
            for (int k = 0; k < effect.Pushes; k++) stack.Add(pushed);
        }
    }
}

/// <summary>A direct call: the function it calls and the kinds of the arguments it passes.</summary>
public readonly record struct CallSite(int Callee, ImmutableArray<ValueKind> Arguments);
