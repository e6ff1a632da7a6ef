using System.Collections.Immutable;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Analysis.Typing;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Emit.Passes;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit.Typed;

/// <summary>
/// A function with typed values becomes three methods:
/// <list type="bullet">
/// <item>the general version <c>F{i}_name(Value...)</c>, whose first statement hands a call whose
/// arguments have the expected kinds to the specialised version;</item>
/// <item>the specialised version <c>F{i}_name_T</c>, with typed parameters and locals, which direct
/// calls from other specialised code reach without any check;</item>
/// <item>the resume version <c>F{i}_name_R</c>: the general code in flat form with a label at each
/// instruction the specialised version may leave at, taking the whole frame as arguments.</item>
/// </list>
/// </summary>
public static class SpecialisedFunctionEmitter
{
    /// <summary>Can this function get a specialised version? Structured control flow and no try constructs.</summary>
    public static bool CanSpecialise(CodeAnalysis analysis) =>
        analysis.Loops.IsReducible && analysis.Regions.Constructs.Length == 0 && analysis.Graph.Blocks.Length > 0;

    /// <summary>
    /// Is it worth it: does any local hold a number or a bool? (Lists alone save a type test per
    /// item access, not enough for a second and a third version of the function.)
    /// </summary>
    public static bool IsWorthIt(FunctionTyping typing) => typing.Locals.Any(k => k.IsTyped() && k != ValueKind.List);

    public static void Emit(CodeWriter w, ProgramSymbols symbols, int index, CodeAnalysis analysis, ProgramTyping program,
        Func<int, bool> isSpecialised, ICallTargets targets)
    {
        var f = symbols.Module.Functions[index];
        var typing = program.Functions[index];
        var cursors = RangeLoopFusion.Cursors(symbols, analysis).ToList();
        // A first pass finds out whether the code can raise or call; if not, the version is a leaf
        // with no frame record and no call count, small enough for the JIT to inline.
        // A division by zero then leaves for the resume version, which raises the error with its frame.
        var probe = new TypedInstructionEmitter(symbols, analysis, typing, program, isSpecialised, targets,
            new Deoptimization(symbols, index, analysis, typing, cursors), Variables.ForFunction(f)) { DivisionLeaves = true };
        new StructuredEmitter(symbols.Module, analysis, probe).Emit();
        bool counted = probe.MayRaise;
        var deopt = new Deoptimization(symbols, index, analysis, typing, cursors) { Counted = counted };
        var lowering = new TypedInstructionEmitter(symbols, analysis, typing, program, isSpecialised, targets, deopt, Variables.ForFunction(f))
        {
            Counted = counted,
            DivisionLeaves = !counted,
        };
        var body = StatementPipeline.Run(new StructuredEmitter(symbols.Module, analysis, lowering).Emit());
        bool canLeave = deopt.ResumePoints.Count > 0;
        string flag = Identifiers.DeoptimizedFlag(index);
        string specialised = Deoptimization.SpecialisedMethodName(symbols, index);
        string name = CSharpLiteral.String(f.Name);
        var parameters = Enumerable.Range(0, f.Arity).Select(i => typing.Locals[i].Normalize()).ToList();

        EmitGeneralVersion(w, symbols, index, analysis, parameters, canLeave ? flag : null);
        w.Line();

        // The specialised version.
        if (canLeave) w.Line($"private static bool {flag}; // set once the specialised version has had to leave");
        w.Line($"// function {name} specialised: ({string.Join(", ", parameters.Select(k => k.ShortName()))}) -> {program.Returns[index].Normalize().ShortName()}");
        // A leaf (no call, nothing to raise) is inlined into its callers: no frame at all.
        if (!counted) w.Line("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        w.Open($"private static Value {specialised}({TypedParameters(parameters)})");
        if (canLeave)
        {
            var boxed = Enumerable.Range(0, f.Arity).Select(i => Representation.Box(Identifiers.Local(i), parameters[i]));
            w.Line($"if ({flag}) return {symbols.MethodName(index)}({string.Join(", ", boxed)});");
        }
        if (counted) w.Line($"Host.Enter({TypedInstructionEmitter.Depth});");
        DeclareFrame(w, symbols, analysis, f, typing, deopt.UnusedLocals);
        w.Line("int pc = 0;");
        if (canLeave) w.Line($"int {Deoptimization.ExitAt} = 0;");
        // The body never runs off its end (the method returns a Value), so only jumps reach the exit block.
        string? exitBlock = canLeave ? deopt.ExitBlock() : null;
        if (!counted)
        {
            w.Line("// cannot raise or call: no frame record, no call count");
            new StatementPrinter(w, f.Name).Print(body);
            if (exitBlock is not null) w.Line(exitBlock);
            w.Close();
        }
        else
        {
            EmitRecordedBody(w, f.Name, body, exitBlock);
        }
        if (canLeave)
        {
            w.Line();
            deopt.EmitExitMethod(w);
            w.Line();
            EmitResume(w, symbols, index, analysis, cursors, deopt.ResumePoints);
        }
    }

    /// <summary>A specialised method's parameters: the function's, unboxed by their kinds, and the call depth.</summary>
    internal static string TypedParameters(IReadOnlyList<ValueKind> parameters) =>
        string.Join(", ", parameters.Select((k, i) => $"{Representation.TypeName(k)} {Identifiers.Local(i)}")
            .Append($"int {TypedInstructionEmitter.Depth}"));

    /// <summary>
    /// A typed method's variables: the locals past the parameters (by their kinds, those no
    /// instruction uses left out), the stack slots and the range cursors.
    /// </summary>
    internal static void DeclareFrame(CodeWriter w, ProgramSymbols symbols, CodeAnalysis analysis, FunctionDef f,
        FunctionTyping typing, IReadOnlySet<int> unusedLocals)
    {
        for (int slot = f.Arity; slot < f.FrameSize; slot++)
        {
            if (unusedLocals.Contains(slot)) continue;
            var k = typing.Locals[slot].Normalize();
            w.Line($"{Representation.TypeName(k)} {Identifiers.Local(slot)} = {Representation.Zero(k)};");
        }
        DeclareStackSlots(w, analysis.Stack.MaxDepth, typing, analysis.Code.Instructions.Length);
        FunctionEmitter.DeclareCursors(w, symbols, analysis);
    }

    /// <summary>
    /// The general version, entered by dynamic calls and calls from general code: a call whose
    /// arguments have the expected kinds goes to the specialised version, unless
    /// <paramref name="flag"/> (the function has left its specialised code before) is set.
    /// </summary>
    internal static void EmitGeneralVersion(CodeWriter w, ProgramSymbols symbols, int index, CodeAnalysis analysis,
        IReadOnlyList<ValueKind> parameters, string? flag)
    {
        int arity = parameters.Count;
        var guards = Enumerable.Range(0, arity).Where(i => parameters[i].IsTyped())
            .Select(i => Representation.Test(Identifiers.Local(i), parameters[i]));
        if (flag is not null) guards = guards.Prepend("!" + flag);
        var unboxed = Enumerable.Range(0, arity).Select(i => Representation.Unbox(Identifiers.Local(i), parameters[i]));
        string handOver = $"return {Deoptimization.SpecialisedMethodName(symbols, index)}({string.Join(", ", unboxed.Append("Host.Depth + 1"))});";
        var guardList = guards.ToList();
        FunctionEmitter.EmitFunction(w, symbols, index, analysis,
            guardList.Count == 0 ? handOver : $"if ({string.Join(" && ", guardList)}) {handOver}");
    }

    private static void EmitRecordedBody(CodeWriter w, string functionName, ImmutableArray<Stmt> body, string? exitBlock)
    {
        string name = CSharpLiteral.String(functionName);
        w.Open("try");
        new StatementPrinter(w, functionName).Print(body);
        if (exitBlock is not null) w.Line(exitBlock);
        w.Close();
        // pc is -1 once the call has moved to the resume version, which records the frame itself.
        w.Open($"catch (AquaError e) when (pc >= 0 && e.AddFrame({name}, pc))");
        w.Line("throw;");
        w.Close();
        w.Close();
    }

    /// <summary>
    /// The main code with the globals only it can see (<see cref="Variables.PrivateGlobals"/>) in
    /// typed locals, and its resume version; the globals go back to their fields when it leaves.
    /// </summary>
    public static void EmitMain(CodeWriter w, ProgramSymbols symbols, CodeAnalysis analysis, ProgramTyping program,
        Func<int, bool> isSpecialised, ICallTargets targets)
    {
        var typing = program.Main;
        var cursors = RangeLoopFusion.Cursors(symbols, analysis).ToList();
        var deopt = new Deoptimization(symbols, -1, analysis, typing, cursors);
        var lowering = new TypedInstructionEmitter(symbols, analysis, typing, program, isSpecialised, targets, deopt,
            Variables.ForMain(symbols.Module));
        var body = StatementPipeline.Run(new StructuredEmitter(symbols.Module, analysis, lowering).Emit());

        w.Line("// main code, specialised: globals no function names are typed locals");
        w.Open("private static void RunMain()");
        w.Line($"int {TypedInstructionEmitter.Depth} = Host.Depth;");
        for (int slot = 0; slot < typing.Locals.Length; slot++)
        {
            var k = typing.Locals[slot].Normalize();
            if (k.IsTyped()) w.Line($"{Representation.TypeName(k)} {Identifiers.GlobalShadow(slot)} = {Representation.Zero(k)};");
        }
        DeclareStackSlots(w, analysis.Stack.MaxDepth, typing, analysis.Code.Instructions.Length);
        FunctionEmitter.DeclareCursors(w, symbols, analysis);
        bool canLeave = deopt.ResumePoints.Count > 0;
        if (canLeave) w.Line($"int {Deoptimization.ExitAt} = 0;");
        new StatementPrinter(w, "main").Print(body);
        if (canLeave)
        {
            w.Line("return;");
            w.Line(deopt.ExitBlock());
        }
        w.Close();
        if (!canLeave) return;

        w.Line();
        deopt.EmitExitMethod(w);
        w.Line();
        var parameters = Deoptimization.StackAndCursorParameters(analysis, cursors).Prepend("int at");
        w.Line("// main code resumed where its specialised version left");
        w.Open($"private static void {Deoptimization.MainResumeMethod}({string.Join(", ", parameters)})");
        new StatementPrinter(w, "main").Print(ResumeBody(symbols, analysis, deopt.ResumePoints));
        w.Close();
    }

    /// <summary>The general code in flat form, entered at the label of instruction <c>at</c>.</summary>
    private static ImmutableArray<Stmt> ResumeBody(ProgramSymbols symbols, CodeAnalysis analysis, IReadOnlySet<int> resumePoints)
    {
        var flat = new FlatEmitter(symbols.Module, analysis, new InstructionEmitter(symbols, analysis), resumePoints).Emit();
        var entry = resumePoints.Select(p => (Stmt)new IfStmt(new Condition($"(at == {p})", false, p),
            [new GotoStmt(Identifiers.ResumeLabel(p))], []));
        return StatementPipeline.Run([.. entry, .. flat]);
    }

    private static void EmitResume(CodeWriter w, ProgramSymbols symbols, int index, CodeAnalysis analysis,
        IReadOnlyList<int> cursors, IReadOnlySet<int> resumePoints)
    {
        var f = symbols.Module.Functions[index];
        var body = ResumeBody(symbols, analysis, resumePoints);

        var parameters = Enumerable.Range(0, f.FrameSize).Select(i => "Value " + Identifiers.Local(i))
            .Concat(Deoptimization.StackAndCursorParameters(analysis, cursors)).Prepend("int at");
        w.Line($"// function {CSharpLiteral.String(f.Name)} resumed where its specialised version left (the call is already counted)");
        w.Open($"private static Value {Deoptimization.ResumeMethodName(symbols, index)}({string.Join(", ", parameters)})");
        w.Line("int pc = at;");
        w.Open("try");
        new StatementPrinter(w, f.Name).Print(body);
        w.Close();
        w.Open($"catch (AquaError e) when (e.AddFrame({CSharpLiteral.String(f.Name)}, pc))");
        w.Line("throw;");
        w.Close();
        w.Close();
    }

    /// <summary>
    /// The stack slot variables: a Value for every depth, and a typed variable for each depth and
    /// kind some instruction leaves there (unused variables would only cost the JIT locals).
    /// </summary>
    private static void DeclareStackSlots(CodeWriter w, int depth, FunctionTyping typing, int instructions)
    {
        if (depth == 0) return;
        var used = new HashSet<(int, ValueKind)>();
        for (int i = 0; i < instructions; i++)
            foreach (var state in new[] { typing.Before(i), typing.After(i) })
                if (state is { } kinds)
                    for (int d = 0; d < kinds.Length; d++)
                        if (kinds[d].Normalize().IsTyped()) used.Add((d, kinds[d].Normalize()));
        foreach (var k in Enum.GetValues<ValueKind>().Where(k => k.IsTyped()).Prepend(ValueKind.Any))
        {
            var slots = Enumerable.Range(0, depth).Where(d => k == ValueKind.Any || used.Contains((d, k)))
                .Select(d => $"{Representation.Slot(d, k)} = {Representation.Zero(k)}").ToList();
            if (slots.Count > 0) w.Line($"{Representation.TypeName(k)} {string.Join(", ", slots)};");
        }
    }
}
