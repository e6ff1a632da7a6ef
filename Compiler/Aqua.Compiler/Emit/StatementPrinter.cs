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
            case TryStmt t:
                PrintTry(t);
                break;
            default:
                throw new InvalidOperationException($"unknown statement {stmt}");
        }
    }

    private void PrintTry(TryStmt t)
    {
        string e = InstructionEmitter.ExceptionVariable(t.ConstructId);
        writer.Open("try");
        Print(t.Body);
        writer.Close();
        foreach (var c in t.Catches)
        {
            // `catch T as e` catches T, or any error when T is Exception (ACODE.md 6.7).
            writer.Open(c.TypeName is null
                ? $"catch (AquaError {e})"
                : $"catch (AquaError {e}) when ({e}.Matches({CSharpLiteral.String(c.TypeName)}))");
            // The calls the error unwound are no longer active.
            writer.Line("Host.Depth = depth;");
            Print(c.Body);
            writer.Close();
        }
        if (t.Finally is { } f)
        {
            writer.Open("finally");
            Print(f);
            writer.Close();
        }
    }

    private SourceOrigin Origin(int instruction) => new(unitName, instruction);
}
