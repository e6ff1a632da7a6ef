using System.Collections.Immutable;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit.Passes;

/// <summary><c>if (c) { } else { B }</c> becomes <c>if (!c) { B }</c>.</summary>
/// <remarks>Runs after <see cref="FallThroughJumpPass"/>, which can empty a branch.</remarks>
public sealed class EmptyBranchPass : IStatementPass
{
    public ImmutableArray<Stmt> Run(ImmutableArray<Stmt> body) => Rewrite(body);

    private static ImmutableArray<Stmt> Rewrite(ImmutableArray<Stmt> list)
    {
        var output = ImmutableArray.CreateBuilder<Stmt>(list.Length);
        foreach (var stmt in list)
        {
            output.Add(stmt switch
            {
                IfStmt i when i.Then.Length == 0 && i.Else.Length > 0 =>
                    new IfStmt(i.Condition.Negate(), Rewrite(i.Else), []),
                IfStmt i => i with { Then = Rewrite(i.Then), Else = Rewrite(i.Else) },
                LoopStmt l => l with { Body = Rewrite(l.Body) },
                TryStmt t => t.Map(Rewrite),
                _ => stmt,
            });
        }
        return output.ToImmutable();
    }
}
