using System.Collections.Immutable;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Diagnostics;

namespace Aqua.Compiler.Analysis;

public enum PartKind
{
    /// <summary>The whole code unit, outside every try construct.</summary>
    Code,
    TryBody,
    Catch,
    Finally,
}

/// <summary>
/// One part of the code: the code unit itself, or a try body, a catch handler or a finally block.
/// <see cref="Start"/> and <see cref="End"/> are the first and last instruction (the markers
/// included: TRY_END belongs to the body, CATCH_BEGIN..CATCH_END to the handler).
/// </summary>
public sealed record RegionPart(int Id, int Parent, PartKind Kind, int Construct, int Start, int End);

/// <summary>One catch clause: its CATCH_BEGIN and CATCH_END, and the type it catches (null: all).</summary>
public sealed record CatchClauseInfo(int Part, int Begin, int End, string? TypeName);

/// <summary>
/// A try construct as the original compiler writes it (ACODE.md 4.4): TRY_BEGIN, the body,
/// TRY_END, then catch clauses, then an optional finally. <see cref="Follow"/> is the first
/// instruction after it, where every normal exit continues.
/// </summary>
public sealed record TryConstruct(
    int Id,
    int Begin,
    int BodyPart,
    int TryEnd,
    ImmutableArray<CatchClauseInfo> Catches,
    int? FinallyPart,
    int FinallyBegin,
    int Follow);

/// <summary>
/// The try constructs of a code unit and which part each instruction belongs to. The markers
/// nest like brackets; anything else (a marker without its partner, a jump into a part from
/// outside it) is malformed input (ACODE.md 6.1).
/// </summary>
public sealed class TryRegions
{
    private readonly int[] _partOf;

    private TryRegions(int[] partOf, ImmutableArray<RegionPart> parts, ImmutableArray<TryConstruct> constructs)
    {
        _partOf = partOf;
        Parts = parts;
        Constructs = constructs;
    }

    public ImmutableArray<RegionPart> Parts { get; }

    public ImmutableArray<TryConstruct> Constructs { get; }

    /// <summary>The part an instruction belongs to (a TRY_BEGIN belongs to the part around its construct).</summary>
    public int PartOf(int instruction) => _partOf[instruction];

    public TryConstruct? ConstructStartingAt(int instruction)
    {
        foreach (var c in Constructs)
            if (c.Begin == instruction) return c;
        return null;
    }

    /// <summary>Is <paramref name="inner"/> the part <paramref name="outer"/> or inside it?</summary>
    public bool Encloses(int outer, int inner)
    {
        for (int p = inner; ; p = Parts[p].Parent)
        {
            if (p == outer) return true;
            if (p == 0) return false;
        }
    }

    /// <summary>The innermost finally part enclosing <paramref name="part"/>, or -1.</summary>
    public int EnclosingFinally(int part)
    {
        for (int p = part; p != 0; p = Parts[p].Parent)
            if (Parts[p].Kind == PartKind.Finally) return p;
        return -1;
    }

    public static TryRegions Find(AcodeModule module, CodeUnit code) => new Finder(module, code).Run();

    private sealed class Finder(AcodeModule module, CodeUnit code)
    {
        private readonly ImmutableArray<Instruction> _ins = code.Instructions;
        private readonly List<RegionPart> _parts = new();
        private readonly List<TryConstruct> _constructs = new();
        private int[] _partOf = Array.Empty<int>();

        public TryRegions Run()
        {
            _partOf = new int[_ins.Length];
            _parts.Add(new RegionPart(0, 0, PartKind.Code, -1, 0, _ins.Length - 1));
            int stop = Sequence(0, 0);
            if (stop < _ins.Length) throw Error(stop, $"{OpcodeInfo.Name(_ins[stop].Op)} without a matching opening marker");
            var regions = new TryRegions(_partOf, _parts.ToImmutableArray(), _constructs.ToImmutableArray());
            CheckJumps(regions);
            return regions;
        }

        /// <summary>Assigns instructions from <paramref name="i"/> to <paramref name="part"/> until a closing marker; returns its index.</summary>
        private int Sequence(int i, int part)
        {
            while (i < _ins.Length)
            {
                switch (_ins[i].Op)
                {
                    case Opcode.TryBegin:
                        _partOf[i] = part;
                        i = Construct(i, part);
                        break;
                    case Opcode.TryEnd or Opcode.CatchBegin or Opcode.CatchEnd or Opcode.FinallyBegin or Opcode.FinallyEnd:
                        return i;
                    default:
                        _partOf[i] = part;
                        i++;
                        break;
                }
            }
            return i;
        }

        private int Construct(int begin, int parent)
        {
            int id = _constructs.Count;
            _constructs.Add(null!); // reserve the id so nested constructs number after this one
            int body = NewPart(parent, PartKind.TryBody, id, begin + 1);
            int tryEnd = Sequence(begin + 1, body);
            Expect(tryEnd, Opcode.TryEnd, begin, "TRY_BEGIN has no matching TRY_END");
            _partOf[tryEnd] = body;
            Close(body, tryEnd);

            int k = tryEnd + 1;
            var catches = ImmutableArray.CreateBuilder<CatchClauseInfo>();
            while (k < _ins.Length && _ins[k].Op == Opcode.CatchBegin)
            {
                int part = NewPart(parent, PartKind.Catch, id, k);
                _partOf[k] = part;
                int end = Sequence(k + 1, part);
                Expect(end, Opcode.CatchEnd, k, "CATCH_BEGIN has no matching CATCH_END");
                _partOf[end] = part;
                Close(part, end);
                string? type = _ins[k].Operand is { } c ? ((StringConstant)module.Constants[c]).Value : null;
                catches.Add(new CatchClauseInfo(part, k, end, type));
                k = end + 1;
            }

            int? finallyPart = null;
            int finallyBegin = -1;
            if (k < _ins.Length && _ins[k].Op == Opcode.FinallyBegin)
            {
                finallyBegin = k;
                int part = NewPart(parent, PartKind.Finally, id, k);
                _partOf[k] = part;
                int end = Sequence(k + 1, part);
                Expect(end, Opcode.FinallyEnd, k, "FINALLY_BEGIN has no matching FINALLY_END");
                _partOf[end] = part;
                Close(part, end);
                finallyPart = part;
                k = end + 1;
            }

            _constructs[id] = new TryConstruct(id, begin, body, tryEnd, catches.ToImmutable(), finallyPart, finallyBegin, k);
            return k;
        }

        private int NewPart(int parent, PartKind kind, int construct, int start)
        {
            _parts.Add(new RegionPart(_parts.Count, parent, kind, construct, start, -1));
            return _parts.Count - 1;
        }

        private void Close(int part, int end) => _parts[part] = _parts[part] with { End = end };

        private void Expect(int at, Opcode op, int opener, string message)
        {
            if (at >= _ins.Length || _ins[at].Op != op) throw Error(opener, message);
        }

        /// <summary>A jump may stay in its part or leave it outwards, never enter a part from outside.</summary>
        private void CheckJumps(TryRegions regions)
        {
            for (int i = 0; i < _ins.Length; i++)
            {
                if (_ins[i].Op is not (Opcode.Jump or Opcode.JumpIfFalse or Opcode.JumpIfTrue or Opcode.ForIter)) continue;
                int t = ControlFlowGraph.ResolveTarget(_ins[i].Arg, _ins.Length);
                if (t >= 0 && !regions.Encloses(regions.PartOf(t), regions.PartOf(i)))
                    throw Error(i, $"jump into a {Describe(regions.Parts[regions.PartOf(t)].Kind)} from outside it");
            }
        }

        private static string Describe(PartKind kind) => kind switch
        {
            PartKind.TryBody => "try block",
            PartKind.Catch => "catch block",
            _ => "finally block",
        };

        private DiagnosticException Error(int index, string message) =>
            new(new Diagnostic(module.SourcePath, StackAnalysis.Where(code, index), message));
    }
}
