using System.Collections.Immutable;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// Which item reads (GET_ITEM) feed straight into arithmetic or an ordering, and as which operand.
/// Such a read can be speculated to give a number (<see cref="ValueKind.Num"/>): `bi[0] - bj[0]`,
/// `s + u[j] * 0.5`, `d1[k] < 3`. The typing decides (<see cref="ShouldSpeculate"/>); the typed code
/// checks the item it gets and leaves the specialised version when it is not a number.
/// </summary>
public static class ItemReads
{
    /// <summary>
    /// For each binary operation whose operand is an item read in the same block: the reads that
    /// produce its left and right operands (-1 for an operand that is not one).
    /// </summary>
    public static ImmutableDictionary<int, (int Left, int Right)> Operands(CodeAnalysis analysis)
    {
        var result = ImmutableDictionary.CreateBuilder<int, (int, int)>();
        var code = analysis.Code.Instructions;
        WalkProducers(analysis, (i, stack) =>
        {
            if (!IsCandidateConsumer(code[i].Op)) return;
            int left = Producer(stack, 2), right = Producer(stack, 1);
            if (IsRead(code, left) || IsRead(code, right))
                result[i] = (IsRead(code, left) ? left : -1, IsRead(code, right) ? right : -1);
        });
        return result.ToImmutable();
    }

    /// <summary>
    /// Item reads stored at once into a variable that some GET_ITEM or SET_ITEM indexes: `bi = bodies[i]`
    /// before `bi[0]`. Read from a list with an int, such an item can be speculated to be a list
    /// (<see cref="ValueKind.List"/>), so the variable's own items are read with no type test.
    /// </summary>
    public static ImmutableHashSet<int> ContainerReads(CodeAnalysis analysis, Variables variables)
    {
        var code = analysis.Code.Instructions;
        var indexed = new HashSet<int>();
        WalkProducers(analysis, (i, stack) =>
        {
            int container = code[i].Op switch
            {
                Opcode.GetItem => Producer(stack, 2),
                Opcode.SetItem => Producer(stack, 3),
                _ => -1,
            };
            if (container >= 0 && variables.Loaded(code[container]) is { } variable) indexed.Add(variable);
        });
        var reads = ImmutableHashSet.CreateBuilder<int>();
        for (int i = 0; i + 1 < code.Length; i++)
        {
            if (code[i].Op == Opcode.GetItem && analysis.Graph.BlockOf(i) == analysis.Graph.BlockOf(i + 1)
                && variables.Stored(code[i + 1]) is { } target && indexed.Contains(target))
                reads.Add(i);
        }
        return reads.ToImmutable();
    }

    /// <summary>
    /// Calls <paramref name="visit"/> before each instruction of each block with the producers of the
    /// values the block pushed so far (the instruction that pushed each, top last). What a block starts
    /// with is unknown, and so are values a ROT reorders (rare around item access and arithmetic): -1.
    /// </summary>
    private static void WalkProducers(CodeAnalysis analysis, Action<int, IReadOnlyList<int>> visit)
    {
        var code = analysis.Code.Instructions;
        foreach (var block in analysis.Graph.Blocks)
        {
            var stack = new List<int>();
            void Drop(int n) => stack.RemoveRange(Math.Max(0, stack.Count - n), Math.Min(n, stack.Count));
            for (int i = block.Start; i < block.End; i++)
            {
                visit(i, stack);
                var ins = code[i];
                switch (ins.Op)
                {
                    case Opcode.Dup:
                        stack.Add(Producer(stack, 1));
                        continue;
                    case Opcode.RotTwo or Opcode.RotThree:
                        int n = ins.Op == Opcode.RotTwo ? 2 : 3;
                        Drop(n);
                        for (int k = 0; k < n; k++) stack.Add(-1);
                        continue;
                }
                var effect = StackEffect.Of(ins);
                Drop(effect.Pops);
                for (int k = 0; k < effect.Pushes; k++) stack.Add(i);
            }
        }
    }

    /// <summary>The producer of the value <paramref name="depth"/> from the top (1: the top), or -1.</summary>
    private static int Producer(IReadOnlyList<int> stack, int depth) => stack.Count >= depth ? stack[^depth] : -1;

    private static bool IsRead(ImmutableArray<Instruction> code, int producer) => producer >= 0 && code[producer].Op == Opcode.GetItem;

    private static bool IsCandidateConsumer(Opcode op) =>
        op is Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.Div or Opcode.Pow or Opcode.Lt or Opcode.Gt or Opcode.Le or Opcode.Ge;

    /// <summary>
    /// Is an item read that is an operand of <paramref name="op"/> worth speculating as a number,
    /// given the kind of the other operand? Subtraction and true division only take numbers;
    /// `+`, `*`, `**` and orderings also take strings and lists, so only a number on the other side
    /// makes a number likely. Equality is left alone: items are compared with anything.
    /// </summary>
    public static bool ShouldSpeculate(Opcode op, ValueKind other) =>
        op is Opcode.Sub or Opcode.Div || other.IsNumber();
}
