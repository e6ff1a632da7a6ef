using System.Collections.Immutable;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Analysis.Typing;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Emit.Typed;

/// <summary>
/// A float body: the straight tail of a block inside a loop that only reads and writes items of
/// list variables at constant indices and computes with floats (nbody's pair of bodies:
/// <c>dx = bi[0] - bj[0]</c> ... <c>bj[5] = bj[5] + dz * mi</c>). It gets a second version,
/// taken when every list it touches is in float mode with no int item and has the items it
/// indexes (<c>AquaList.FloatsOnly</c>, one test per list): there every item read is a plain
/// double load, every write a plain store, and the arithmetic plain double arithmetic, with no
/// per-access checks and no exits. Otherwise the typed code as before runs.
/// </summary>
/// <remarks>
/// Why it is the same program: under the guard, an item read gives the float the general read
/// would (no item is an int) and cannot fail (the count covers every index), a float written
/// into a float-mode list leaves it in float mode with the same count, and the region calls
/// nothing that could change a list in between. Only float operations remain, whose results are
/// Python's; a zero divisor and <c>** 0.5</c> raise (or compute) through the same helpers as the
/// typed code, after recording the same instruction. The stores to variables are held in C#
/// temporaries and written back at the end; the region starts and ends at the same stack depth
/// and never touches the slots below it. Anything else (a call, a comparison, an index that is
/// not a constant, an int result, a variable of another kind) leaves the block without one.
/// </remarks>
internal sealed class FloatListBody
{
    /// <summary>The first instruction of the region (the version replaces instructions Start..End-1).</summary>
    public int Start { get; }

    public int End { get; }

    /// <summary>The guard: true when every list the region touches is in float mode with the items it indexes.</summary>
    public string Guard { get; }

    /// <summary>The float version's statements, write-backs included.</summary>
    public ImmutableArray<string> Statements { get; }

    private FloatListBody(int start, int end, string guard, ImmutableArray<string> statements)
    {
        Start = start;
        End = end;
        Guard = guard;
        Statements = statements;
    }

    /// <summary>A region needs at least this many item accesses to be worth its second version.</summary>
    private const int MinAccesses = 2;

    /// <summary>Indices at or past this are left alone (a list that long is no record of fields).</summary>
    private const long MaxIndex = 1 << 16;

    /// <summary>
    /// The float bodies of a specialised function's blocks inside loops, by first instruction.
    /// <paramref name="site"/> gives the statement recording an instruction that may raise; it must not
    /// mark the code as raising, since a walk that fails later leaves nothing behind (the typed code
    /// kept beside a float version has the same raising instructions, and marks it).
    /// </summary>
    public static ImmutableDictionary<int, FloatListBody> Find(AcodeModule module, CodeAnalysis analysis, FunctionTyping typing,
        Variables variables, Func<int, string> site, bool raisingAllowed)
    {
        var result = ImmutableDictionary.CreateBuilder<int, FloatListBody>();
        if (analysis.Code.IsMain) return result.ToImmutable();
        var inLoops = analysis.Loops.Loops.Values.SelectMany(body => body).ToHashSet();
        foreach (var block in analysis.Graph.Blocks)
        {
            if (!inLoops.Contains(block.Index)) continue;
            int end = block.Terminator is TerminatorKind.FallThrough ? block.End : block.End - 1;
            if (end <= block.Start) continue;
            // The depth after the last straight instruction: before the jump, or at the next block's start.
            int endDepth = end < analysis.Code.Instructions.Length ? analysis.Stack.DepthBefore(end) : -1;
            if (endDepth < 0) continue;
            // The earliest start at the end's depth from which the rest of the block qualifies.
            for (int start = block.Start; start < end; start++)
            {
                if (analysis.Stack.DepthBefore(start) != endDepth) continue;
                var walk = new Walk(module, analysis, typing, variables, site, raisingAllowed, start);
                if (walk.Run(end) is { } body)
                {
                    result[start] = body;
                    break;
                }
                start = Math.Max(start, walk.FailedAt - 1);
            }
        }
        return result.ToImmutable();
    }

    /// <summary>What the region's operand stack holds: a list variable, an int constant, or a double (an expression without effects).</summary>
    private abstract record Operand;

    private sealed record ListVariable(int Slot) : Operand;

    private sealed record IntConstantOperand(long Value) : Operand;

    private sealed record FloatOperand(string Expression, double? Constant = null) : Operand;

    /// <summary>One attempt to lower instructions start..end-1 as a float body.</summary>
    private sealed class Walk(AcodeModule module, CodeAnalysis analysis, FunctionTyping typing, Variables variables,
        Func<int, string> site, bool raisingAllowed, int start)
    {
        private readonly Stack<Operand> _stack = new();
        private readonly List<string> _statements = [];
        // The lists touched, in first-use order, with the largest index used on each.
        private readonly List<int> _lists = [];
        private readonly Dictionary<int, long> _maxIndex = [];
        // A variable stored in the region: the temporary that holds it until the write-back.
        private readonly SortedDictionary<int, string> _stored = [];
        private int _temps;
        private int _accesses;

        /// <summary>The instruction that stopped the walk (or the end).</summary>
        public int FailedAt { get; private set; }

        public FloatListBody? Run(int end)
        {
            for (int i = start; i < end; i++)
            {
                if (!Step(i))
                {
                    FailedAt = i;
                    return null;
                }
            }
            FailedAt = end;
            if (_stack.Count != 0 || _accesses < MinAccesses) return null;
            var statements = _statements.Concat(_stored.Select(p => WriteBack(p.Key, p.Value))).ToImmutableArray();
            string guard = string.Join(" && ", _lists.Select(slot =>
                $"{Identifiers.Local(slot)}?.FloatsOnly({_maxIndex[slot] + 1}) is {{ }} {ArrayName(slot)} && (uint){_maxIndex[slot]} < (uint){ArrayName(slot)}.Length"));
            return new FloatListBody(start, end, guard, statements);
        }

        private string ArrayName(int slot) => $"f{start}_{slot}";

        private ValueKind LocalKind(int slot) => typing.Locals[slot].Normalize();

        private string WriteBack(int slot, string temp)
        {
            string local = Identifiers.Local(slot);
            return LocalKind(slot) switch
            {
                ValueKind.Float => $"{local} = {temp};",
                ValueKind.Num => $"{local} = Num.Float({temp});",
                _ => $"{local} = Value.Float({temp});",
            };
        }

        /// <summary>A new temporary holding <paramref name="expression"/>, after <paramref name="site"/> for one that may raise.</summary>
        private string Temp(string expression, string site = "")
        {
            string name = $"x{start}_{_temps++}";
            _statements.Add($"{site}double {name} = {expression};");
            return name;
        }

        private bool Step(int index)
        {
            var ins = analysis.Code.Instructions[index];
            if (variables.Loaded(ins) is { } loaded) return Load(loaded);
            if (variables.Stored(ins) is { } stored) return Store(index, stored);
            switch (ins.Op)
            {
                case Opcode.LoadConst:
                    switch (module.Constants[ins.Arg])
                    {
                        case IntConstant i:
                            _stack.Push(new IntConstantOperand(i.Value));
                            return true;
                        case FloatConstant f:
                            _stack.Push(new FloatOperand(CSharpLiteral.Double(f.Value), f.Value));
                            return true;
                        default:
                            return false;
                    }
                case Opcode.GetItem:
                {
                    if (!TryPop(out var at) || !TryPop(out var list)) return false;
                    if (!Item(list, at, out int slot, out long k)) return false;
                    _stack.Push(new FloatOperand(Temp($"{ArrayName(slot)}[{k}]")));
                    return true;
                }
                case Opcode.SetItem:
                {
                    if (!TryPop(out var value) || !TryPop(out var at) || !TryPop(out var list)) return false;
                    if (value is not FloatOperand v || !Item(list, at, out int slot, out long k)) return false;
                    _statements.Add($"{ArrayName(slot)}[{k}] = {v.Expression};");
                    return true;
                }
                case Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.Div or Opcode.Pow:
                    return Binary(index, ins.Op);
                case Opcode.Pop when ins.Operand is null:
                case Opcode.PopAlt:
                    return TryPop(out _);
                case Opcode.Dup:
                    if (!_stack.TryPeek(out var top)) return false;
                    _stack.Push(top);
                    return true;
                default:
                    return false;
            }
        }

        private bool TryPop(out Operand operand) => _stack.TryPop(out operand!);

        private bool Load(int slot)
        {
            var kind = LocalKind(slot);
            if (kind == ValueKind.List)
            {
                _stack.Push(new ListVariable(slot));
                return true;
            }
            if (_stored.TryGetValue(slot, out string? temp))
            {
                _stack.Push(new FloatOperand(temp));
                return true;
            }
            // A variable read before the region stores it: only a float is surely a float.
            if (kind != ValueKind.Float) return false;
            _stack.Push(new FloatOperand(Temp(Identifiers.Local(slot))));
            return true;
        }

        private bool Store(int index, int slot)
        {
            if (!TryPop(out var value) || value is not FloatOperand v) return false;
            // Variables of these kinds can take a float; a list variable must stay the list the guard tested.
            if (LocalKind(slot) is not (ValueKind.Float or ValueKind.Num or ValueKind.Any)) return false;
            // A value no read can see is not stored (as in the typed code, which skips it).
            if (typing.DeadStores.Contains(index)) return true;
            _stored[slot] = Temp(v.Expression);
            return true;
        }

        /// <summary>list[k] for a list variable and a constant index within range of the guard.</summary>
        private bool Item(Operand list, Operand at, out int slot, out long k)
        {
            slot = -1;
            k = 0;
            if (list is not ListVariable l || at is not IntConstantOperand { Value: >= 0 and < MaxIndex } c) return false;
            slot = l.Slot;
            k = c.Value;
            if (!_maxIndex.TryGetValue(slot, out long max))
            {
                _lists.Add(slot);
                max = k;
            }
            _maxIndex[slot] = Math.Max(max, k);
            _accesses++;
            return true;
        }

        private bool Binary(int index, Opcode op)
        {
            if (!TryPop(out var b) || !TryPop(out var a)) return false;
            // Python converts an int operand of a float operation to a float (correctly rounded, as C#'s conversion is).
            if (a is IntConstantOperand && b is IntConstantOperand) return false;
            if (AsDouble(a) is not { } x || AsDouble(b) is not { } y) return false;
            switch (op)
            {
                case Opcode.Add:
                    _stack.Push(new FloatOperand(Temp($"{x} + {y}")));
                    return true;
                case Opcode.Sub:
                    _stack.Push(new FloatOperand(Temp($"{x} - {y}")));
                    return true;
                case Opcode.Mul:
                    _stack.Push(new FloatOperand(Temp($"{x} * {y}")));
                    return true;
                case Opcode.Div when raisingAllowed:
                    // The typed code's float division: a zero divisor raises the one ZeroDivisionError.
                    _stack.Push(new FloatOperand(Temp($"{y} != 0.0 ? {x} / {y} : Typed.DivisionByZero()", site(index))));
                    return true;
                case Opcode.Pow when raisingAllowed && b is FloatOperand { Constant: 0.5 }:
                    _stack.Push(new FloatOperand(Temp($"Typed.PowHalf({x})", site(index))));
                    return true;
                default:
                    return false;
            }
        }

        private static string? AsDouble(Operand operand) => operand switch
        {
            FloatOperand f => f.Expression,
            IntConstantOperand i => CSharpLiteral.Double(i.Value),
            _ => null,
        };
    }
}
