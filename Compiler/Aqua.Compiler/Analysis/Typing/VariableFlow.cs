using System.Collections.Immutable;

namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// What the typing needs to know about a unit's variables that does not depend on any kind, so
/// the whole-program fixpoint computes it once per unit: reads that may see an unassigned variable
/// (<see cref="DefiniteAssignment"/>) and stores no read can see (<see cref="Typing.DeadStores"/>).
/// </summary>
public sealed record VariableFlow(Variables Variables, ImmutableHashSet<int> MaybeUnassignedReads, ImmutableHashSet<int> DeadStores)
{
    public static VariableFlow Of(CodeAnalysis analysis, Variables variables) => new(
        variables,
        DefiniteAssignment.MaybeUnassignedReads(analysis, variables),
        Typing.DeadStores.Find(analysis, variables));
}
