using System.Collections.Immutable;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit.Passes;

/// <summary>
/// <c>while (true) { if (!c) break; rest }</c> becomes <c>while (c) { rest }</c>: the shape of
/// every `for` loop (FOR_ITER alone in its header block) and of `while` loops whose condition is
/// one instruction. Re-entering through the loop's label still tests the condition first.
/// </summary>
/// <remarks>Runs after <see cref="ElseFlatteningPass"/>, which produces the `if (!c) break;`.</remarks>
public sealed class LoopConditionPass : IStatementPass
{
    public ImmutableArray<Stmt> Run(ImmutableArray<Stmt> body) => Rewrite(body);

    private static ImmutableArray<Stmt> Rewrite(ImmutableArray<Stmt> list)
    {
        var output = ImmutableArray.CreateBuilder<Stmt>(list.Length);
        foreach (var stmt in list)
        {
            output.Add(stmt switch
            {
                IfStmt i => i with { Then = Rewrite(i.Then), Else = Rewrite(i.Else) },
                LoopStmt l => RewriteLoop(l with { Body = Rewrite(l.Body) }),
                TryStmt t => t.Map(Rewrite),
                _ => stmt,
            });
        }
        return output.ToImmutable();
    }

    private static LoopStmt RewriteLoop(LoopStmt loop)
    {
        if (loop.Condition is null && loop.Body.Length > 0
            && loop.Body[0] is IfStmt { Then: [BreakStmt], Else.Length: 0 } exit)
            return loop with { Condition = exit.Condition.Negate(), Body = loop.Body.RemoveAt(0) };
        return loop;
    }
}
