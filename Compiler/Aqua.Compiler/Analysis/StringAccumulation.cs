using System.Collections.Immutable;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Analysis;

/// <summary>
/// Finds `x = x + e` on a function local: LOAD_LOCAL x, the code of e, ADD, STORE_LOCAL x, all in
/// one block, with e never touching the slot that holds x. There the local may hold a private
/// string builder (Strings.Accumulate) so that building a string in a loop is linear, as in
/// CPython; every other read of the local gets a plain string (Strings.Flatten), so the builder
/// never escapes the function.
/// </summary>
/// <remarks>Requires <see cref="ControlFlowGraph"/> and <see cref="StackAnalysis"/>.</remarks>
public sealed record StringAccumulation(ImmutableHashSet<int> AppendSites, ImmutableHashSet<int> PatternLoads, ImmutableHashSet<int> Locals)
{
    public static readonly StringAccumulation None = new([], [], []);

    public bool IsAccumulator(int local) => Locals.Contains(local);

    public static StringAccumulation Find(AcodeModule module, CodeUnit code, ControlFlowGraph graph, StackAnalysis stack)
    {
        if (code.IsMain) return None; // globals are shared: a builder in one could be seen anywhere
        var ins = code.Instructions;
        var stringLocals = LocalsAssignedAStringConstant(module, code, stack);
        var sites = ImmutableHashSet.CreateBuilder<int>();
        var loads = ImmutableHashSet.CreateBuilder<int>();
        var locals = ImmutableHashSet.CreateBuilder<int>();
        for (int add = 1; add + 1 < ins.Length; add++)
        {
            if (ins[add].Op != Opcode.Add || !IsStoreLocal(ins[add + 1], out int local) || !stringLocals.Contains(local)) continue;
            int d = stack.DepthBefore(add) - 2; // the depth of the left operand's slot
            if (d < 0) continue;
            int load = FindLoad(ins, stack, graph, add, d, local);
            if (load < 0) continue;
            sites.Add(add);
            loads.Add(load);
            locals.Add(local);
        }
        return new StringAccumulation(sites.ToImmutable(), loads.ToImmutable(), locals.ToImmutable());
    }

    /// <summary>Only a local that some store gives a string constant is worth a builder (`s = ""`): int counters are not.</summary>
    private static HashSet<int> LocalsAssignedAStringConstant(AcodeModule module, CodeUnit code, StackAnalysis stack)
    {
        var result = new HashSet<int>();
        for (int i = 0; i < code.Instructions.Length; i++)
        {
            if (!IsStoreLocal(code.Instructions[i], out int local) || stack.Before(i) is not { Length: > 0 } before) continue;
            var top = before[^1];
            if (top.ConstantIn(module) is StringConstant) result.Add(local);
        }
        return result;
    }

    /// <summary>The LOAD of <paramref name="local"/> into slot <paramref name="d"/> that the ADD's left operand is, or -1.</summary>
    private static int FindLoad(ImmutableArray<Instruction> ins, StackAnalysis stack, ControlFlowGraph graph, int add, int d, int local)
    {
        int block = graph.BlockOf(add);
        for (int i = add - 1; i >= 0 && graph.BlockOf(i) == block; i--)
        {
            int depth = stack.DepthBefore(i);
            if (depth == d)
                return IsLoadLocal(ins[i], local) ? i : -1;
            // Everything between the load and the ADD must work above slot d and leave the local alone.
            var effect = StackEffect.Of(ins[i]);
            if (depth < d || depth - effect.Pops < d + 1 || IsStoreLocal(ins[i], out int stored) && stored == local) return -1;
        }
        return -1;
    }

    private static bool IsStoreLocal(Instruction i, out int local)
    {
        local = i.Operand ?? -1;
        return i.Op is Opcode.StoreLocal or Opcode.StoreVar;
    }

    private static bool IsLoadLocal(Instruction i, int local) =>
        i.Op is Opcode.LoadLocal or Opcode.LoadVar && i.Operand == local;
}
