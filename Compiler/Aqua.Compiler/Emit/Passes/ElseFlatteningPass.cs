using System.Collections.Immutable;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit.Passes;

/// <summary>
/// <c>if (c) { A; jump } else { B }</c> becomes <c>if (c) { A; jump } B</c>: when one branch always
/// jumps away, the other needs no nesting. If both jump, the shorter one stays in the if.
/// Moving B up one block keeps every label in it visible to the gotos that use it.
/// </summary>
public sealed class ElseFlatteningPass : IStatementPass
{
    public ImmutableArray<Stmt> Run(ImmutableArray<Stmt> body) => Rewrite(body);

    private static ImmutableArray<Stmt> Rewrite(ImmutableArray<Stmt> list)
    {
        var output = new List<Stmt>(list.Length);
        foreach (var stmt in list)
        {
            switch (stmt)
            {
                case IfStmt i:
                {
                    var then = Rewrite(i.Then);
                    var @else = Rewrite(i.Else);
                    bool thenJumps = StmtFacts.EndsWithJump(then);
                    bool elseJumps = StmtFacts.EndsWithJump(@else);
                    if (@else.Length > 0 && thenJumps && (!elseJumps || StmtFacts.Size(then) <= StmtFacts.Size(@else)))
                    {
                        output.Add(new IfStmt(i.Condition, then, []));
                        output.AddRange(@else);
                    }
                    else if (then.Length > 0 && elseJumps)
                    {
                        output.Add(new IfStmt(i.Condition.Negate(), @else, []));
                        output.AddRange(then);
                    }
                    else
                    {
                        output.Add(new IfStmt(i.Condition, then, @else));
                    }
                    break;
                }
                case LoopStmt l:
                    output.Add(l with { Body = Rewrite(l.Body) });
                    break;
                case TryStmt t:
                    output.Add(t.Map(Rewrite));
                    break;
                default:
                    output.Add(stmt);
                    break;
            }
        }
        return output.ToImmutableArray();
    }
}
