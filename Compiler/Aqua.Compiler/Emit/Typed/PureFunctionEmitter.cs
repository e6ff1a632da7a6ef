using System.Collections.Immutable;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Analysis.Typing;
using Aqua.Compiler.Emit.Passes;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit.Typed;

/// <summary>
/// A specialised function that changes nothing outside its frame and whose result has a typed kind
/// (fib, a numeric helper, a loop that only computes) gets a pure version instead of a specialised
/// body with a resume version:
/// <list type="bullet">
/// <item><c>F{i}_name_P</c> returns its result unboxed (<c>long</c>, <c>double</c>, ...), has no frame
/// record, counts no depth, and calls other pure versions directly; where a value stops fitting,
/// an error would be raised or the recursion is too deep, it fails (<c>Pure.Failed</c>,
/// <see cref="PureFailure"/>) and its pure callers fail in turn;</item>
/// <item><c>F{i}_name_T</c>, the specialised entry other code calls, runs the pure version and, when it
/// fails, the general version with the same arguments: nothing has changed, so running the call again
/// is the same as going on, and the general code computes the big int or raises the error with its
/// traceback. The function's flag then sends later calls straight to the general code.</item>
/// </list>
/// </summary>
public static class PureFunctionEmitter
{
    /// <summary>A pure version's lowered body, and whether it calls other pure versions (so it must watch its depth).</summary>
    public sealed record Lowered(ImmutableArray<Stmt> Body, bool MakesCalls);

    public static string MethodName(ProgramSymbols symbols, int function) => symbols.MethodName(function) + "_P";

    /// <summary>
    /// The pure version's body, or null when the function is not pure, given the functions in
    /// <paramref name="pure"/> have pure versions.
    /// </summary>
    public static Lowered? Lower(ProgramSymbols symbols, int index, CodeAnalysis analysis, ProgramTyping program,
        Func<int, bool> isSpecialised, ICallTargets targets, IReadOnlySet<int> pure)
    {
        var lowering = new TypedInstructionEmitter(symbols, analysis, program.Functions[index], program, isSpecialised, targets,
            PureFailure.Instance, Variables.ForFunction(symbols.Module.Functions[index]))
        {
            PureCallees = pure,
            PureReturn = program.Returns[index].Normalize(),
            DivisionLeaves = true,
            Counted = false,
        };
        var body = StatementPipeline.Run(new StructuredEmitter(symbols.Module, analysis, lowering).Emit());
        return lowering.MayRaise ? null : new Lowered(body, lowering.MakesCalls);
    }

    /// <summary>
    /// The general version, the specialised entry and the pure version of function <paramref name="index"/>,
    /// whose body <see cref="PureVersions"/> lowered.
    /// </summary>
    public static void Emit(CodeWriter w, ProgramSymbols symbols, int index, CodeAnalysis analysis, ProgramTyping program, Lowered pure)
    {
        var f = symbols.Module.Functions[index];
        var typing = program.Functions[index];
        var parameters = Enumerable.Range(0, f.Arity).Select(i => typing.Locals[i].Normalize()).ToList();
        var result = program.Returns[index].Normalize();
        string flag = Identifiers.DeoptimizedFlag(index);
        string name = CSharpLiteral.String(f.Name);
        string general = symbols.MethodName(index);
        string pureMethod = MethodName(symbols, index);
        var locals = Enumerable.Range(0, f.Arity).Select(Identifiers.Local).ToList();
        var boxed = Enumerable.Range(0, f.Arity).Select(i => Representation.Box(locals[i], parameters[i])).ToList();

        SpecialisedFunctionEmitter.EmitGeneralVersion(w, symbols, index, analysis, parameters, flag);
        w.Line();

        w.Line($"private static bool {flag}; // set once the pure version has failed");
        w.Line($"// function {name} specialised: ({string.Join(", ", parameters.Select(k => k.ShortName()))}) -> {result.ShortName()}, by its pure version");
        w.Line("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        w.Open($"private static Value {Deoptimization.SpecialisedMethodName(symbols, index)}({SpecialisedFunctionEmitter.TypedParameters(parameters)})");
        w.Line($"if ({flag}) return {general}({string.Join(", ", boxed)});");
        w.Line($"{Representation.TypeName(result)} r = {pureMethod}({string.Join(", ", locals.Append(TypedInstructionEmitter.Depth))});");
        w.Line($"if (Pure.Failed) {{ Pure.Failed = false; {flag} = true; return {general}({string.Join(", ", boxed)}); }}");
        w.Line($"return {Representation.Box("r", result)};");
        w.Close();
        w.Line();

        w.Line($"// function {name} pure: changes nothing outside its frame; fails where the general code must take over");
        // One that calls nothing is inlined into its callers, as a specialised leaf is.
        if (!pure.MakesCalls) w.Line("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        w.Open($"private static {Representation.TypeName(result)} {pureMethod}({SpecialisedFunctionEmitter.TypedParameters(parameters)})");
        if (pure.MakesCalls) w.Line($"if (({TypedInstructionEmitter.Depth} & 15) == 0 && !Host.DepthOk({TypedInstructionEmitter.Depth})) goto {PureFailure.Label};");
        SpecialisedFunctionEmitter.DeclareFrame(w, symbols, analysis, f, typing, Deoptimization.FindUnusedLocals(f));
        new StatementPrinter(w, f.Name).Print(pure.Body);
        w.Line(PureFailure.Block);
        w.Close();
    }
}
