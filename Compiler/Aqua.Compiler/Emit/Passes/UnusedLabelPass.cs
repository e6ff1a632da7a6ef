using System.Collections.Immutable;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit.Passes;

/// <summary>Removes labels no goto names (C# warns about them, and they are noise).</summary>
/// <remarks>Runs last: the other passes remove gotos.</remarks>
public sealed class UnusedLabelPass : IStatementPass
{
    public ImmutableArray<Stmt> Run(ImmutableArray<Stmt> body)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        Collect(body, used);
        return Rewrite(body, used);
    }

    private static void Collect(ImmutableArray<Stmt> list, HashSet<string> used)
    {
        foreach (var stmt in list)
        {
            switch (stmt)
            {
                case GotoStmt g: used.Add(g.Label); break;
                case IfStmt i: Collect(i.Then, used); Collect(i.Else, used); break;
                case LoopStmt l: Collect(l.Body, used); break;
                case TryStmt t:
                    foreach (var part in t.Lists) Collect(part, used);
                    break;
            }
        }
    }

    private static ImmutableArray<Stmt> Rewrite(ImmutableArray<Stmt> list, HashSet<string> used)
    {
        var output = ImmutableArray.CreateBuilder<Stmt>(list.Length);
        foreach (var stmt in list)
        {
            switch (stmt)
            {
                case LabelStmt l when !used.Contains(l.Label):
                    break;
                case IfStmt i:
                    output.Add(i with { Then = Rewrite(i.Then, used), Else = Rewrite(i.Else, used) });
                    break;
                case LoopStmt l:
                    output.Add(l with
                    {
                        Label = l.Label is { } name && used.Contains(name) ? name : null,
                        Body = Rewrite(l.Body, used),
                    });
                    break;
                case TryStmt t:
                    output.Add(t.Map(part => Rewrite(part, used)));
                    break;
                default:
                    output.Add(stmt);
                    break;
            }
        }
        return output.ToImmutable();
    }
}
