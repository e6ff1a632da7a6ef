using System.Collections.Immutable;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit;

/// <summary>Prints a statement tree as C#.</summary>
public sealed class StatementPrinter(CodeWriter writer, string unitName)
{
    public void Print(ImmutableArray<Stmt> list)
    {
        foreach (var stmt in list) Print(stmt);
    }

    private void Print(Stmt stmt)
    {
        switch (stmt)
        {
            case CodeStmt c:
                writer.Line(c.Text, Origin(c.Instruction));
                break;
            case ExitStmt e:
                writer.Line(e.Text, Origin(e.Instruction));
                break;
            case LabelStmt l:
                // A label needs a statement after it, and may close a block: `L: ;` is always legal.
                writer.Line($"{l.Label}: ;");
                break;
            case GotoStmt g:
                writer.Line($"goto {g.Label};");
                break;
            case BreakStmt:
                writer.Line("break;");
                break;
            case ContinueStmt:
                writer.Line("continue;");
                break;
            case IfStmt i:
                writer.Open($"if ({i.Condition})", Origin(i.Condition.Instruction));
                Print(i.Then);
                if (i.Else.Length > 0)
                {
                    writer.Close();
                    writer.Open("else");
                    Print(i.Else);
                }
                writer.Close();
                break;
            case LoopStmt l:
                if (l.Label is not null) writer.Line($"{l.Label}:");
                writer.Open(l.Condition is { } cond ? $"while ({cond})" : "while (true)",
                    l.Condition is { } cc ? Origin(cc.Instruction) : null);
                Print(l.Body);
                writer.Close();
                break;
            default:
                throw new InvalidOperationException($"unknown statement {stmt}");
        }
    }

    private SourceOrigin Origin(int instruction) => new(unitName, instruction);
}
