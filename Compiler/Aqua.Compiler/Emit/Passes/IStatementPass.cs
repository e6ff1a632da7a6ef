using System.Collections.Immutable;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit.Passes;

/// <summary>One rewrite of a function body's statement tree; the pipeline is <see cref="StatementPipeline"/>.</summary>
public interface IStatementPass
{
    ImmutableArray<Stmt> Run(ImmutableArray<Stmt> body);
}

/// <summary>
/// The cleanup passes, in order, that turn the structurer's output into idiomatic C#. Each pass
/// keeps the meaning; the structurer's output is already correct C# without any of them.
/// </summary>
public static class StatementPipeline
{
    public static readonly ImmutableArray<IStatementPass> Passes =
    [
        new FallThroughJumpPass(),  // first, so `if (c) { A; goto L; } else { B; goto L; } L:` keeps its else
        new ElseFlatteningPass(),
        new LoopConditionPass(),
        new FallThroughJumpPass(),  // again: flattening leaves trailing `continue`s behind
        new EmptyBranchPass(),
        new UnusedLabelPass(),
    ];

    public static ImmutableArray<Stmt> Run(ImmutableArray<Stmt> body)
    {
        foreach (var pass in Passes) body = pass.Run(body);
        return body;
    }
}
