using System.Collections.Immutable;

namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// What the typing needs to know about a unit's variables that does not depend on any kind, so
/// the whole-program fixpoint computes it once per unit: reads that may see an unassigned variable
/// (<see cref="DefiniteAssignment"/>), where each variable is live (<see cref="Typing.Liveness"/>),
/// stores no read can see (<see cref="Typing.DeadStores"/>), and
/// the item reads that are operands of arithmetic (<see cref="ItemReads.Operands"/>) or stored into
/// a variable that is indexed (<see cref="ItemReads.ContainerReads"/>).
/// </summary>
public sealed record VariableFlow(Variables Variables, ImmutableHashSet<int> MaybeUnassignedReads, Liveness Liveness,
    ImmutableHashSet<int> DeadStores, ImmutableDictionary<int, (int Left, int Right)> ItemOperands, ImmutableHashSet<int> ContainerReads)
{
    public static VariableFlow Of(CodeAnalysis analysis, Variables variables)
    {
        var liveness = Typing.Liveness.Of(analysis, variables);
        return new(
            variables,
            DefiniteAssignment.MaybeUnassignedReads(analysis, variables),
            liveness,
            Typing.DeadStores.Find(analysis, variables, liveness),
            ItemReads.Operands(analysis),
            ItemReads.ContainerReads(analysis, variables));
    }
}
