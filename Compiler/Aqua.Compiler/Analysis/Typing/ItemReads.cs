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
        foreach (var block in analysis.Graph.Blocks)
        {
            // Producers of the values pushed in this block; what the block starts with is unknown (-1).
            var stack = new List<int>();
            int Top() => stack.Count > 0 ? stack[^1] : -1;
            void Drop(int n) => stack.RemoveRange(Math.Max(0, stack.Count - n), Math.Min(n, stack.Count));
            for (int i = block.Start; i < block.End; i++)
            {
                var ins = code[i];
                switch (ins.Op)
                {
                    case Opcode.Dup:
                        stack.Add(Top());
                        continue;
                    case Opcode.RotTwo or Opcode.RotThree:
                        // Reordered values lose their producers: rare around arithmetic.
                        int n = ins.Op == Opcode.RotTwo ? 2 : 3;
                        Drop(n);
                        for (int k = 0; k < n; k++) stack.Add(-1);
                        continue;
                }
                if (IsCandidateConsumer(ins.Op))
                {
                    int right = Top();
                    Drop(1);
                    int left = Top();
                    Drop(1);
                    if (IsRead(code, left) || IsRead(code, right))
                        result[i] = (IsRead(code, left) ? left : -1, IsRead(code, right) ? right : -1);
                    stack.Add(i);
                    continue;
                }
                var effect = StackEffect.Of(ins);
                Drop(effect.Pops);
                for (int k = 0; k < effect.Pushes; k++) stack.Add(i);
            }
        }
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
        foreach (var block in analysis.Graph.Blocks)
        {
            // Producers of the values pushed in this block, as in Operands; only loads matter here.
            var stack = new List<int>();
            for (int i = block.Start; i < block.End; i++)
            {
                var ins = code[i];
                int containerDepth = ins.Op switch { Opcode.GetItem => 2, Opcode.SetItem => 3, _ => 0 };
                if (containerDepth > 0 && stack.Count >= containerDepth && stack[^containerDepth] >= 0
                    && variables.Loaded(code[stack[^containerDepth]]) is { } variable)
                    indexed.Add(variable);
                if (ins.Op is Opcode.Dup or Opcode.RotTwo or Opcode.RotThree)
                {
                    stack.Clear(); // reordered values lose their producers (rare around item access)
                    continue;
                }
                var effect = StackEffect.Of(ins);
                stack.RemoveRange(Math.Max(0, stack.Count - effect.Pops), Math.Min(effect.Pops, stack.Count));
                for (int k = 0; k < effect.Pushes; k++) stack.Add(i);
            }
        }
        var reads = ImmutableHashSet.CreateBuilder<int>();
        for (int i = 0; i + 1 < code.Length; i++)
        {
            if (code[i].Op == Opcode.GetItem && analysis.Graph.BlockOf(i) == analysis.Graph.BlockOf(i + 1)
                && variables.Stored(code[i + 1]) is { } target && indexed.Contains(target))
                reads.Add(i);
        }
        return reads.ToImmutable();
    }

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
