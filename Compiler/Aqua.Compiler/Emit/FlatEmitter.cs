using System.Collections.Immutable;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Diagnostics;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit;

/// <summary>
/// The fallback for control flow that has no structured form (an irreducible graph, which the
/// original compiler never writes but a hand-made file may): every reachable block under its
/// label, in reverse post-order, each ending in gotos.
/// </summary>
/// <remarks>Requires <see cref="ControlFlowGraph"/> and <see cref="StackAnalysis"/>.</remarks>
public sealed class FlatEmitter
{
    private readonly ControlFlowGraph _cfg;
    private readonly IInstructionLowering _ins;
    private readonly IReadOnlySet<int> _resumePoints;

    /// <param name="resumePoints">Instructions that get a label <see cref="Identifiers.ResumeLabel"/> of their
    /// own, where a type-specialised version hands over mid-function (<see cref="Typed.ResumeEmitter"/>).</param>
    public FlatEmitter(AcodeModule module, CodeAnalysis analysis, IInstructionLowering ins, IReadOnlySet<int>? resumePoints = null)
    {
        _cfg = analysis.Graph;
        _ins = ins;
        _resumePoints = resumePoints ?? new HashSet<int>();
        // A try statement must be structured; an irreducible function with one cannot be lowered.
        if (analysis.Regions.Constructs.Length > 0)
            throw new DiagnosticException(new Diagnostic(module.SourcePath,
                StackAnalysis.Where(analysis.Code, analysis.Regions.Constructs[0].Begin),
                "a try construct in a function whose control flow has no structured form is not supported"));
    }

    public ImmutableArray<Stmt> Emit()
    {
        if (_cfg.Blocks.Length == 0) return [_ins.EndOfCode()];
        var output = new List<Stmt>();
        foreach (int block in _cfg.ReversePostOrder)
        {
            var b = _cfg.Blocks[block];
            output.Add(new LabelStmt(Identifiers.BlockLabel(block)));
            int straightEnd = b.Terminator is TerminatorKind.FallThrough ? b.End : b.End - 1;
            for (int i = b.Start; i < straightEnd; i++)
            {
                if (_resumePoints.Contains(i)) output.Add(new LabelStmt(Identifiers.ResumeLabel(i)));
                _ins.EmitStraight(i, output);
            }
            if (straightEnd == b.Last && _resumePoints.Contains(b.Last)) output.Add(new LabelStmt(Identifiers.ResumeLabel(b.Last)));
            switch (b.Terminator)
            {
                case TerminatorKind.FallThrough:
                case TerminatorKind.Jump:
                    output.Add(Goto(b.Terminator == TerminatorKind.Jump ? b.Target : b.Next));
                    break;
                case TerminatorKind.Conditional:
                    output.Add(new IfStmt(_ins.JumpCondition(b.Last), [Goto(b.Target)], []));
                    output.Add(Goto(b.Next));
                    break;
                case TerminatorKind.ForIter:
                    output.Add(new IfStmt(_ins.ForIterCondition(b.Last), [Goto(b.Next)], []));
                    output.Add(Goto(b.Target));
                    break;
                default:
                    output.Add(_ins.Exit(b.Last));
                    break;
            }
        }
        return output.ToImmutableArray();
    }

    private Stmt Goto(int block) =>
        block == BasicBlock.Exit ? _ins.EndOfCode() : new GotoStmt(Identifiers.BlockLabel(block));
}
