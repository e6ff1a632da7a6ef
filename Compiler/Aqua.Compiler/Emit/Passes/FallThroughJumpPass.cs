using System.Collections.Immutable;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit.Passes;

/// <summary>
/// Drops jumps to where control goes anyway: <c>goto L;</c> right before <c>L:</c> (also at the end
/// of an if's branch that is followed by <c>L:</c>), and <c>continue;</c> at the end of a loop body.
/// </summary>
public sealed class FallThroughJumpPass : IStatementPass
{
    /// <summary>Where control goes after the end of a statement list.</summary>
    private abstract record Follow;
    private sealed record ToLabel(string Label) : Follow;
    private sealed record ToLoopStart : Follow;
    private sealed record Unknown : Follow;

    public ImmutableArray<Stmt> Run(ImmutableArray<Stmt> body) => Rewrite(body, new Unknown());

    private static ImmutableArray<Stmt> Rewrite(ImmutableArray<Stmt> list, Follow follow)
    {
        var output = new List<Stmt>(list.Length);
        for (int k = 0; k < list.Length; k++)
        {
            var next = k + 1 < list.Length ? FollowAt(list[k + 1]) : follow;
            switch (list[k])
            {
                case GotoStmt g when next is ToLabel t && t.Label == g.Label:
                    break;
                case ContinueStmt when next is ToLoopStart:
                    break;
                case IfStmt i:
                    output.Add(i with { Then = Rewrite(i.Then, next), Else = Rewrite(i.Else, next) });
                    break;
                case LoopStmt l:
                    output.Add(l with { Body = Rewrite(l.Body, new ToLoopStart()) });
                    break;
                case TryStmt t:
                    // Falling out of any part continues after the try statement.
                    output.Add(t.Map(part => Rewrite(part, next)));
                    break;
                default:
                    output.Add(list[k]);
                    break;
            }
        }
        return output.ToImmutableArray();
    }

    private static Follow FollowAt(Stmt next) => next switch
    {
        LabelStmt l => new ToLabel(l.Label),
        LoopStmt { Label: { } label } => new ToLabel(label),
        _ => new Unknown(),
    };
}
