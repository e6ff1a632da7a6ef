using System.Collections.Immutable;
using System.Text;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Emit.Passes;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit;

/// <summary>
/// One AquaScript function (or the main code) as one static C# method. Parameters and locals
/// are C# locals <c>l{slot}</c>, stack slots are <c>s{depth}</c>, all of type Value.
/// </summary>
public static class FunctionEmitter
{
    /// <summary>The statement tree of the body, structured where the CFG is reducible.</summary>
    public static ImmutableArray<Stmt> Body(ProgramSymbols symbols, CodeAnalysis analysis)
    {
        var ins = new InstructionEmitter(symbols, analysis);
        var raw = analysis.Loops.IsReducible
            ? new StructuredEmitter(symbols.Module, analysis, ins).Emit()
            : new FlatEmitter(symbols.Module, analysis, ins).Emit();
        return StatementPipeline.Run(raw);
    }

    /// <param name="prologue">A statement run before anything else (the hand-over to a specialised version).</param>
    public static void EmitFunction(CodeWriter w, ProgramSymbols symbols, int index, CodeAnalysis analysis, string? prologue = null)
    {
        var f = symbols.Module.Functions[index];
        var parameters = string.Join(", ", Enumerable.Range(0, f.Arity).Select(i => "Value " + Identifiers.Local(i)));
        w.Line($"// function {CSharpLiteral.String(f.Name)}, {f.Arity} parameter(s)");
        w.Open($"private static Value {symbols.MethodName(index)}({parameters})");
        if (prologue is not null) w.Line(prologue);
        w.Line("Host.Enter();");
        DeclareLocals(w, f.Arity, f.FrameSize, analysis.Stack.MaxDepth);
        DeclareCursors(w, symbols, analysis);
        w.Line("int pc = 0;");
        SaveDepth(w, analysis);
        w.Open("try");
        new StatementPrinter(w, f.Name).Print(Body(symbols, analysis));
        w.Close();
        // A filter that never catches: it records this frame while the stack is still intact.
        w.Open($"catch (AquaError e) when (e.AddFrame({CSharpLiteral.String(f.Name)}, pc))");
        w.Line("throw;");
        w.Close();
        w.Close();
    }

    public static void EmitMain(CodeWriter w, ProgramSymbols symbols, CodeAnalysis analysis)
    {
        w.Line("// main code");
        w.Open("private static void RunMain()");
        DeclareLocals(w, 0, 0, analysis.Stack.MaxDepth);
        DeclareCursors(w, symbols, analysis);
        SaveDepth(w, analysis);
        new StatementPrinter(w, "main").Print(Body(symbols, analysis));
        w.Close();
    }

    /// <summary>A catch handler restores the call depth its function had (StatementPrinter).</summary>
    private static void SaveDepth(CodeWriter w, CodeAnalysis analysis)
    {
        if (analysis.Regions.Constructs.Length > 0) w.Line("int depth = Host.Depth;");
    }

    public static void DeclareCursors(CodeWriter w, ProgramSymbols symbols, CodeAnalysis analysis)
    {
        var cursors = RangeLoopFusion.Cursors(symbols, analysis).Select(Identifiers.RangeCursor).ToList();
        if (cursors.Count > 0) w.Line("RangeCursor " + Join(cursors) + ";");
    }

    private static void DeclareLocals(CodeWriter w, int firstLocal, int frameSize, int stackDepth)
    {
        if (frameSize > firstLocal)
            w.Line("Value " + Join(Enumerable.Range(firstLocal, frameSize - firstLocal).Select(Identifiers.Local)) + ";");
        if (stackDepth > 0)
            w.Line("Value " + Join(Enumerable.Range(0, stackDepth).Select(Identifiers.StackSlot)) + ";");
    }

    private static string Join(IEnumerable<string> names)
    {
        var sb = new StringBuilder();
        foreach (var n in names)
        {
            if (sb.Length > 0) sb.Append(", ");
            sb.Append(n).Append(" = default");
        }
        return sb.ToString();
    }
}
