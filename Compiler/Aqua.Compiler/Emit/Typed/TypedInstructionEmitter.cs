using System.Collections.Immutable;
using System.Text;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Analysis.Typing;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit.Typed;

/// <summary>
/// Lowers instructions for a function's type-specialised version: values whose kind the typing
/// proved live in <c>long</c>, <c>double</c> and <c>bool</c> variables and their operations are
/// plain C# operators. Everything else is boxed into the Value slots and lowered exactly as in the
/// general version (<see cref="InstructionEmitter"/>). Where a value may stop fitting its kind, the
/// code leaves for the resume version (<see cref="Deoptimization"/>).
/// </summary>
public sealed partial class TypedInstructionEmitter : IInstructionLowering
{
    private readonly ProgramSymbols _symbols;
    private readonly CodeAnalysis _analysis;
    private readonly FunctionTyping _typing;
    private readonly ProgramTyping _program;
    private readonly Func<int, bool> _isSpecialised;
    private readonly InstructionEmitter _generic;
    private readonly ILeave _deopt;
    private readonly ICallTargets _targets;
    private readonly CodeUnit _code;
    private readonly Variables _variables;

    public TypedInstructionEmitter(ProgramSymbols symbols, CodeAnalysis analysis, FunctionTyping typing, ProgramTyping program,
        Func<int, bool> isSpecialised, ICallTargets targets, ILeave deopt, Variables variables)
    {
        _variables = variables;
        _symbols = symbols;
        _analysis = analysis;
        _typing = typing;
        _program = program;
        _isSpecialised = isSpecialised;
        _targets = targets;
        _deopt = deopt;
        _code = analysis.Code;
        _generic = new InstructionEmitter(symbols, analysis);
    }

    private ValueKind Kind(int index, int depth) => _typing.Slot(index, depth).Normalize();

    private string Var(int index, int depth) => Representation.Slot(depth, Kind(index, depth));

    private string Boxed(int index, int depth) => Representation.Box(Var(index, depth), Kind(index, depth));

    private ValueKind LocalKind(int slot) => _typing.Locals[slot].Normalize();

    /// <summary>A variable's C# name: a local, or in main the typed local standing for a private global.</summary>
    private string VariableName(int slot) => _code.IsMain ? Identifiers.GlobalShadow(slot) : Identifiers.Local(slot);

    /// <summary>Records the instruction for the traceback (main has no frame to name); the code may raise.</summary>
    private string Pc(int index)
    {
        MayRaise = true;
        return Site(index);
    }

    /// <summary>The statement recording the instruction for the traceback, without marking the code as raising.</summary>
    private string Site(int index) => _code.IsMain || IsPure ? "" : $"pc = {index}; ";

    /// <summary>
    /// Can the code emitted so far raise an error or call anything? A specialised version that cannot
    /// needs no frame record (try/filter) and no call count, so the JIT may inline it into its callers.
    /// </summary>
    public bool MayRaise { get; private set; }

    /// <summary>
    /// Emit a zero divisor (or a non-positive int modulus) as an exit to the resume version instead
    /// of the general operation: the resume version raises the error with its frame, so a function
    /// whose only possible errors are these needs no frame record and stays a leaf the JIT can inline.
    /// </summary>
    public bool DivisionLeaves { get; init; }

    /// <summary>Whether the version counts its call (Host.Enter/Leave); set before emitting.</summary>
    public bool Counted { get; init; } = true;

    private string Leave(string value) => Counted ? $"Host.Leave({value}, {Depth})" : value;

    /// <summary>
    /// The specialised version's call depth: a parameter of every specialised method (its caller's
    /// depth + 1), and in the main code the depth main runs at (Host.Enter(int)).
    /// </summary>
    public const string Depth = "depth";

    public void EmitStraight(int index, List<Stmt> output)
    {
        if (FloatBodyAt(index) is { } body)
        {
            EmitFloatBody(body, output);
            return;
        }
        // The rest of a float body's instructions were emitted with its first.
        if (_floatBodyCovered!.Contains(index)) return;
        EmitInstruction(index, output);
        BoxAtBlockEnd(index, output);
    }

    private void EmitInstruction(int index, List<Stmt> output)
    {
        var ins = _code.Instructions[index];
        int d = _analysis.Stack.DepthBefore(index);
        string? text = Lower(index, ins, d);
        if (text is null) Fallback(index, ins, d, output);
        else if (text.Length > 0) output.Add(new CodeStmt(text, index));
    }

    private ImmutableDictionary<int, FloatListBody>? _floatBodies;
    private HashSet<int>? _floatBodyCovered;

    /// <summary>The float body starting at this instruction, if any (found on the first call; none in pure versions).</summary>
    private FloatListBody? FloatBodyAt(int index)
    {
        if (_floatBodies is null)
        {
            _floatBodies = IsPure
                ? ImmutableDictionary<int, FloatListBody>.Empty
                : FloatListBody.Find(_symbols.Module, _analysis, _typing, _variables, Site, raisingAllowed: !DivisionLeaves);
            _floatBodyCovered = _floatBodies.Values.SelectMany(b => Enumerable.Range(b.Start, b.End - b.Start)).ToHashSet();
        }
        return _floatBodies.GetValueOrDefault(index);
    }

    /// <summary>
    /// <c>if (guard) { float version } else { the typed code }</c>, then the boxing the block's end
    /// needs (of stack slots below the region, which neither version touches).
    /// </summary>
    private void EmitFloatBody(FloatListBody body, List<Stmt> output)
    {
        var typed = new List<Stmt>();
        for (int i = body.Start; i < body.End; i++) EmitInstruction(i, typed);
        var fast = body.Statements.Select(text => (Stmt)new CodeStmt(text, body.Start)).ToImmutableArray();
        output.Add(new IfStmt(new Condition(body.Guard, false, body.Start), fast, typed.ToImmutableArray()));
        BoxAtBlockEnd(body.End - 1, output);
    }

    /// <summary>The typed lowering of an instruction; "" for none needed, null to lower it over Values.</summary>
    private string? Lower(int index, Instruction ins, int d)
    {
        if (_variables.Loaded(ins) is { } loaded)
        {
            var k = LocalKind(loaded);
            return k.IsTyped() ? $"{Representation.Slot(d, k)} = {VariableName(loaded)};" : null;
        }
        if (_variables.Stored(ins) is { } stored)
        {
            var k = LocalKind(stored);
            // A value no read can see is not stored: it may not even have the variable's kind.
            if (_typing.DeadStores.Contains(index)) return "";
            if (!k.IsTyped()) return _code.IsMain ? null : $"{Identifiers.Local(stored)} = {Boxed(index, d - 1)};";
            var have = Kind(index, d - 1);
            if (AsKind(index, Var(index, d - 1), have, k) is (string guard, string value)) return $"{guard}{VariableName(stored)} = {value};";
            throw new InvalidOperationException($"typing: {have} stored into {k} variable at {index}");
        }
        switch (ins.Op)
        {
            case Opcode.LoadConst:
            {
                var c = _symbols.Module.Constants[ins.Arg];
                return c switch
                {
                    IntConstant i => $"{Representation.Slot(d, ValueKind.Int)} = {CSharpLiteral.Long(i.Value)};",
                    FloatConstant f => $"{Representation.Slot(d, ValueKind.Float)} = {CSharpLiteral.Double(f.Value)};",
                    BoolConstant b => $"{Representation.Slot(d, ValueKind.Bool)} = {(b.Value ? "true" : "false")};",
                    _ => null,
                };
            }
            case Opcode.Pop when ins.Operand is null:
            case Opcode.PopAlt:
                return "";
            case Opcode.Dup:
            {
                var k = Kind(index, d - 1);
                return $"{Representation.Slot(d, k)} = {Representation.Slot(d - 1, k)};";
            }
            case Opcode.RotTwo:
            {
                ValueKind a = Kind(index, d - 2), b = Kind(index, d - 1);
                return $"({Representation.Slot(d - 2, b)}, {Representation.Slot(d - 1, a)}) = ({Representation.Slot(d - 1, b)}, {Representation.Slot(d - 2, a)});";
            }
            case Opcode.RotThree:
            {
                ValueKind a = Kind(index, d - 3), b = Kind(index, d - 2), c = Kind(index, d - 1);
                return $"({Representation.Slot(d - 3, c)}, {Representation.Slot(d - 2, a)}, {Representation.Slot(d - 1, b)}) = "
                    + $"({Representation.Slot(d - 1, c)}, {Representation.Slot(d - 3, a)}, {Representation.Slot(d - 2, b)});";
            }
            case Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.Div or Opcode.Mod or Opcode.Pow or Opcode.And or Opcode.Or:
                if (ins.Op == Opcode.Add && _analysis.Accumulation.AppendSites.Contains(index)) return null;
                return TypedBinary(index, ins.Op, d);
            case Opcode.Eq or Opcode.Ne or Opcode.Lt or Opcode.Gt or Opcode.Le or Opcode.Ge or Opcode.In:
            {
                if (ComparisonFusion.IsFused(_analysis, index)) return ""; // the jump's condition
                var (test, canFail) = Comparison(index, ins.Op, d);
                return $"{(canFail ? Pc(index) : "")}{Representation.Slot(d - 2, ValueKind.Bool)} = {test};";
            }
            case Opcode.Not:
                if (ComparisonFusion.IsFused(_analysis, index)) return "";
                return $"{Representation.Slot(d - 1, ValueKind.Bool)} = !{Representation.Truth(Var(index, d - 1), Kind(index, d - 1))};";
            case Opcode.Call:
                return Call(index, ins, d);
            case Opcode.BuildList:
            {
                // The items as Values, then the list itself into the list slot.
                string items = string.Join(", ", Enumerable.Range(d - ins.Arg, ins.Arg).Select(k => Boxed(index, k)));
                return $"{Representation.Slot(d - ins.Arg, ValueKind.List)} = {InstructionEmitter.NewList(items)};";
            }
            case Opcode.FormatValue when Kind(index, d - 1) == ValueKind.Int:
                return $"{Identifiers.StackSlot(d - 1)} = Typed.FormatInt({Var(index, d - 1)});";
            case Opcode.GetItem:
                return GetItem(index, d);
            case Opcode.SetItem:
                return SetItem(index, d);
            default:
                return null;
        }
    }

    /// <summary>
    /// GET_ITEM with an int index: the index stays unboxed (TypedItems), and a container the typing
    /// proved to be a list is read with no type test. An item the typing speculated to be a number
    /// (ItemReads) is read straight from a list into a Num; any other object or index takes the
    /// general GET_ITEM (which raises what it raises) and the code leaves with its result. (Going on
    /// with a number the general read gives instead made nbody a third slower: the cold path joining
    /// the hot one at every read changed how the JIT compiled its loop. An item speculated to be a
    /// list (a list of lists, FunctionTyping) is checked the same way. A dict's items, which the
    /// general read gives, are not speculated: FunctionTyping.) A list item compared with an int
    /// constant at once is compared in place (<see cref="ItemEquality"/>). A dict literal read with an int
    /// key probes by the unboxed int (<c>TypedDicts</c>).
    /// </summary>
    private string? GetItem(int index, int d)
    {
        if (Kind(index, d - 1) != ValueKind.Int || !IsContainerSlot(Kind(index, d - 2))) return null;
        string obj = Identifiers.StackSlot(d - 2), at = Var(index, d - 1), source = Var(index, d - 2);
        if (Kind(index, d - 2) == ValueKind.Dict && !_typing.Produced(index).Normalize().IsTyped())
            return $"{Pc(index)}{obj} = TypedDicts.GetInt({source}, {at});";
        if (ItemEquality.Fused(_symbols.Module, _analysis, _typing, index) is { } k)
            return $"{Pc(index)}{Representation.Slot(d - 2, ValueKind.Bool)} = TypedItems.EqualsInt({source}, {at}, {CSharpLiteral.Long(k)});";
        var produced = _typing.Produced(index).Normalize();
        if (!produced.IsTyped()) return $"{Pc(index)}{obj} = TypedItems.Get({source}, {at});";
        if (produced is not (ValueKind.Num or ValueKind.List) || index + 1 >= _code.Instructions.Length) return null;
        string item = Representation.Slot(d - 2, produced);
        // A list's item goes to the variable the list is in (both at this depth): it is replaced only on success.
        string tryGet = produced == ValueKind.Num ? $"TryGetNum({source}, {at}, out {item})" : $"TryGetList(ref {item}, {at})";
        // A pure version does not read any other way: it fails, and the general code reads (or raises).
        if (IsPure) return $"if (!TypedItems.{tryGet}) {_deopt.Leave(index + 1, index, d - 2, obj)}";
        return $"if (!TypedItems.{tryGet}) "
            + $"{{ {Pc(index)}{obj} = TypedItems.General({Representation.BoxCold(Var(index, d - 2), Kind(index, d - 2))}, {at}); {_deopt.Leave(index + 1, index, d - 2, obj)} }}";
    }

    /// <summary>A Value (any object) or a list: a number or a bool as a container takes the general way, which raises.</summary>
    private static bool IsContainerSlot(ValueKind k) => !k.IsTyped() || k == ValueKind.List;

    /// <summary>
    /// SET_ITEM with an int index: index and value stay unboxed (a float item needs no Value at all); a list
    /// needs no type test; a dict literal is written by the unboxed int key (<c>TypedDicts</c>).
    /// </summary>
    private string? SetItem(int index, int d)
    {
        // A dict literal written with a key of no typed kind: a str key at run time is probed by its str hash.
        if (Kind(index, d - 3) == ValueKind.Dict && Kind(index, d - 2) == ValueKind.Any)
            return $"{Pc(index)}TypedDicts.Set({Identifiers.StackSlot(d - 3)}, {Identifiers.StackSlot(d - 2)}, {Boxed(index, d - 1)});";
        if (Kind(index, d - 2) != ValueKind.Int || !IsContainerSlot(Kind(index, d - 3))) return null;
        string obj = Var(index, d - 3), at = Var(index, d - 2), value = Var(index, d - 1);
        if (Kind(index, d - 3) == ValueKind.Dict) return $"{Pc(index)}TypedDicts.SetInt({obj}, {at}, {Boxed(index, d - 1)});";
        string call = Kind(index, d - 1) switch
        {
            ValueKind.Float => $"TypedItems.SetFloat({obj}, {at}, {value})",
            ValueKind.Int => $"TypedItems.SetInt({obj}, {at}, {value})",
            ValueKind.Num => $"TypedItems.SetNum({obj}, {at}, {value})",
            _ => $"TypedItems.Set({obj}, {at}, {Boxed(index, d - 1)})",
        };
        return $"{Pc(index)}{call};";
    }

    /// <summary>
    /// A typed value of kind <paramref name="have"/> as kind <paramref name="want"/>: itself, a float as a
    /// Num, or an int as a Num while it is exact as a double (the guard leaves at <paramref name="index"/>
    /// for a bigger one); null for any other pair.
    /// </summary>
    private (string Guard, string Value)? AsKind(int index, string value, ValueKind have, ValueKind want) => (have, want) switch
    {
        _ when have == want => ("", value),
        (ValueKind.Float, ValueKind.Num) => ("", $"Num.Float({value})"),
        (ValueKind.Int, ValueKind.Num) => ($"if (!Typed.IsExact({value})) {_deopt.Leave(index, index)} ", $"Num.Int({value})"),
        _ => null,
    };

    /// <summary>Boxes the operands, lowers the instruction as the general version does, and unboxes a typed result.</summary>
    private void Fallback(int index, Instruction ins, int d, List<Stmt> output)
    {
        // Loading a constant or a global (a callee's name) changes nothing and cannot raise, nor does
        // the GET_ITER a range loop's cursor stands for (its CALL starts the cursor).
        MayRaise |= !(IsPure && (ins.Op is Opcode.LoadConst or Opcode.LoadFunc or Opcode.LoadGlobal
            || (ins.Op == Opcode.GetIter && RangeLoopFusion.UsesCursor(_symbols, _analysis, index))));
        var boxing = BoxSlots(index, d - StackEffect.Of(ins).Pops, d);
        if (boxing.Length > 0) output.Add(new CodeStmt(boxing, index));
        _generic.EmitStraight(index, output);
        var produced = _typing.Produced(index).Normalize();
        if (produced.IsTyped() && StackEffect.Of(ins).Pushes > 0)
        {
            int top = _typing.After(index)!.Value.Length - 1;
            output.Add(new CodeStmt(Unboxed(index, top, Identifiers.StackSlot(top), produced), index));
        }
    }

    /// <summary>A Value result the typing expects of kind <paramref name="kind"/>: checked, or the code leaves for the resume version.</summary>
    private string Unboxed(int index, int depth, string value, ValueKind kind)
    {
        if (index + 1 >= _code.Instructions.Length) return $"{Identifiers.StackSlot(depth)} = {value};";
        return $"if (!{Representation.Test(value, kind)}) {_deopt.Leave(index + 1, index, depth, value)} "
            + $"{Representation.Slot(depth, kind)} = {Representation.Unbox(value, kind)};";
    }

    private string BoxSlots(int index, int from, int to) => BoxSlots(k => Kind(index, k), from, to);

    /// <summary>Statements copying typed slots [from, to) into their Value slots, by the kinds <paramref name="kindOf"/> gives.</summary>
    private static string BoxSlots(Func<int, ValueKind> kindOf, int from, int to)
    {
        var sb = new StringBuilder();
        for (int k = Math.Max(0, from); k < to; k++)
        {
            var kind = kindOf(k).Normalize();
            if (!kind.IsTyped()) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append($"{Identifiers.StackSlot(k)} = {Representation.Box(Representation.Slot(k, kind), kind)};");
        }
        return sb.ToString();
    }

    /// <summary>
    /// Values that stay on the stack into another block are boxed at the end of their block, so a
    /// block always starts with Value slots (the typing joins them as Any), FOR_ITER's item aside.
    /// </summary>
    private void BoxAtBlockEnd(int index, List<Stmt> output)
    {
        var block = _analysis.Graph.Blocks[_analysis.Graph.BlockOf(index)];
        int straightEnd = block.Terminator == TerminatorKind.FallThrough ? block.End : block.End - 1;
        if (index != straightEnd - 1) return;
        var after = _typing.After(index);
        if (after is not { } kinds) return;
        int survive = block.Terminator switch
        {
            TerminatorKind.FallThrough or TerminatorKind.Jump or TerminatorKind.ForIter => kinds.Length,
            TerminatorKind.Conditional => kinds.Length - 1,
            _ => 0,
        };
        string boxing = BoxSlots(k => kinds[k], 0, survive);
        if (boxing.Length > 0) output.Add(new CodeStmt(boxing, index));
    }

    private string? TypedBinary(int index, Opcode op, int d)
    {
        ValueKind ka = Kind(index, d - 2), kb = Kind(index, d - 1);
        var result = KindRules.Binary(op, ka, kb);
        if (op == Opcode.Add && ka == ValueKind.Any && kb == ValueKind.Any && StrComes(index))
            return $"{Pc(index)}{Identifiers.StackSlot(d - 2)} = Typed.Concat({Identifiers.StackSlot(d - 2)}, {Identifiers.StackSlot(d - 1)});";
        if (!result.IsTyped()) return IntWithValue(index, op, d, ka, kb);
        string a = Var(index, d - 2), b = Var(index, d - 1);
        string boxA = Boxed(index, d - 2), boxB = Boxed(index, d - 1);
        string target = Representation.Slot(d - 2, result);
        if (result == ValueKind.List) return $"{Pc(index)}{target} = Typed.RepeatList({boxA}, {boxB});";
        if (op is Opcode.And or Opcode.Or)
        {
            // Between bools the operand chosen is the bitwise result: one branchless operation
            // instead of a select the JIT makes a branch on the first operand, which queens'
            // three occupancy tests per column mispredict.
            if (ka == ValueKind.Bool && kb == ValueKind.Bool)
                return $"{target} = {a} {(op == Opcode.And ? "&" : "|")} {b};";
            string truth = Representation.Truth(a, ka);
            return op == Opcode.And ? $"{target} = {truth} ? {b} : {a};" : $"{target} = {truth} ? {a} : {b};";
        }
        // Only the operations that can raise record their instruction.
        string pc = Site(index);
        if (ka.IsNumber() && kb.IsNumber() && op is Opcode.Div or Opcode.Mod)
        {
            var (ok, value) = Division(op, ka, kb, a, b);
            // In a leaf, a zero divisor leaves for the resume version, which raises the error there.
            if (DivisionLeaves) return $"if (!({ok})) {_deopt.Leave(index, index)} {target} = {value};";
            MayRaise = true;
            // Between floats (or nums) only a zero divisor fails, and a zero divisor is always the
            // same error: raised by a throw-only helper, which the JIT knows never returns, so the
            // division's loop has no call on a path back into it (it would keep the loop's doubles
            // in memory and reload the lists' fields after it).
            if (op == Opcode.Div && ka is ValueKind.Float or ValueKind.Num && kb is ValueKind.Float or ValueKind.Num)
                return $"{pc}{target} = {ok} ? {value} : Typed.DivisionByZero();";
            // Otherwise it takes the general operation, which raises the error it always raises.
            return $"{pc}{target} = {ok} ? {value} : Ops.{op}({boxA}, {boxB}).{(result == ValueKind.Int ? "Bits" : "AsFloat")};";
        }
        if (op is Opcode.Pow || !ka.IsNumber() || !kb.IsNumber()) MayRaise = true;
        if (!ka.IsNumber() || !kb.IsNumber()) return FloatWithValue(op, ka, kb, a, b, boxA, boxB, target, pc);
        if (ka == ValueKind.Int && kb == ValueKind.Int)
        {
            switch (op)
            {
                case Opcode.Add or Opcode.Sub when ConstantOperand(index, op, d) is var (operand, constant):
                    return ConstantIntArithmetic(index, op, operand, constant, target);
                case Opcode.Add or Opcode.Sub or Opcode.Mul:
                    string method = op switch { Opcode.Add => "TryAdd", Opcode.Sub => "TrySub", _ => "TryMul" };
                    // An exact result that needs a big int is computed by the resume version.
                    return $"{{ if (!Typed.{method}({a}, {b}, out long r)) {_deopt.Leave(index, index)} {target} = r; }}";
            }
        }
        if (result == ValueKind.Num) return NumArithmetic(index, op, ka, kb, a, b, target);
        string x = Representation.AsDouble(a, ka), y = Representation.AsDouble(b, kb);
        return op switch
        {
            Opcode.Add => $"{target} = {x} + {y};",
            Opcode.Sub => $"{target} = {x} - {y};",
            Opcode.Mul => $"{target} = {x} * {y};",
            Opcode.Pow when IsOneHalf(index, d - 1) => $"{pc}{target} = Typed.PowHalf({x});",
            Opcode.Pow => $"{pc}{target} = Typed.Pow({x}, {y});",
            _ => throw new InvalidOperationException($"no typed lowering for {op}"),
        };
    }

    /// <summary>Is the stack slot the float constant 0.5 (`x ** 0.5`, a square root taken inline: <c>Typed.PowHalf</c>)?</summary>
    private bool IsOneHalf(int index, int depth) =>
        _analysis.Stack.Before(index)!.Value[depth].ConstantIn(_symbols.Module) is FloatConstant { Value: 0.5 };

    /// <summary>
    /// <c>x + c</c> or <c>x - c</c> for a constant <c>c</c>: the result overflows exactly when
    /// <c>x</c> is past one bound, so one comparison replaces the general sign test (<c>n - 1</c> in a
    /// recursion, <c>i + 1</c> in a loop). None of the bounds overflows for any constant.
    /// </summary>
    private string ConstantIntArithmetic(int index, Opcode op, string x, long c, string target)
    {
        if (c == 0) return $"{target} = {x};";
        string overflow = (op, c > 0) switch
        {
            (Opcode.Add, true) => $"{x} > {CSharpLiteral.Long(long.MaxValue - c)}",
            (Opcode.Add, false) => $"{x} < {CSharpLiteral.Long(long.MinValue - c)}",
            (Opcode.Sub, true) => $"{x} < {CSharpLiteral.Long(long.MinValue + c)}",
            _ => $"{x} > {CSharpLiteral.Long(long.MaxValue + c)}",
        };
        string sign = op == Opcode.Add ? "+" : "-";
        return $"if ({overflow}) {_deopt.Leave(index, index)} {target} = {x} {sign} {CSharpLiteral.Long(c)};";
    }

    /// <summary>
    /// The variable and the constant of <c>x + c</c>, <c>c + x</c> or <c>x - c</c> when the typing has
    /// both as ints and one is an int constant pushed by LOAD_CONST; null otherwise.
    /// </summary>
    private (string X, long C)? ConstantOperand(int index, Opcode op, int d)
    {
        var stack = _analysis.Stack.Before(index)!.Value;
        if (stack[d - 1].ConstantIn(_symbols.Module) is IntConstant right)
            return (Var(index, d - 2), right.Value);
        if (op == Opcode.Add && stack[d - 2].ConstantIn(_symbols.Module) is IntConstant left)
            return (Var(index, d - 1), left.Value);
        return null;
    }

    /// <summary>
    /// True division or modulo of two typed numbers with a typed result: the condition under which the
    /// plain C# operation gives Python's result (a non-zero divisor; ints exact as doubles), and that
    /// operation. Where the condition fails, the general operation or the resume version takes over.
    /// </summary>
    private static (string Ok, string Value) Division(Opcode op, ValueKind ka, ValueKind kb, string a, string b)
    {
        string x = Representation.AsDouble(a, ka), y = Representation.AsDouble(b, kb);
        return (op, ka, kb) switch
        {
            (Opcode.Div, ValueKind.Int, ValueKind.Int) => ($"{b} != 0L && Typed.IsExact({a}) && Typed.IsExact({b})", $"(double){a} / {b}"),
            (Opcode.Div, _, _) => ($"{y} != 0.0{IntExactWithNum(ka, kb, a, b)}", $"{x} / {y}"),
            (Opcode.Mod, ValueKind.Int, ValueKind.Int) => ($"{b} > 0L", $"Typed.ModPositive({a}, {b})"),
            // Only a float operand makes a modulo typed (KindRules): the float modulo.
            _ => ($"{y} != 0.0", $"Typed.Mod({x}, {y})"),
        };
    }

    /// <summary>
    /// An int divided with a Num, which may hold an int: Python divides two ints exactly, so the
    /// double division is right only while the int is exact as a double.
    /// </summary>
    private static string IntExactWithNum(ValueKind ka, ValueKind kb, string a, string b) =>
        (ka, kb) switch
        {
            (ValueKind.Int, ValueKind.Num) => $" && Typed.IsExact({a})",
            (ValueKind.Num, ValueKind.Int) => $" && Typed.IsExact({b})",
            _ => "",
        };

    /// <summary>
    /// Add, Sub or Mul with a Num operand and no float: a Num, which leaves the specialised code when an
    /// int operand or an int result is not exact as a double.
    /// </summary>
    private string NumArithmetic(int index, Opcode op, ValueKind ka, ValueKind kb, string a, string b, string target)
    {
        var exact = new List<string>();
        string AsNum(string v, ValueKind k)
        {
            if (k != ValueKind.Int) return v;
            exact.Add($"Typed.IsExact({v})");
            return $"Num.Int({v})";
        }
        string x = AsNum(a, ka), y = AsNum(b, kb);
        exact.Add($"Num.Try{op}({x}, {y}, out Num r)");
        return $"{{ if (!({string.Join(" && ", exact)})) {_deopt.Leave(index, index)} {target} = r; }}";
    }

    /// <summary>
    /// An int and a Value that holds a float: the float result at once (the general operation would
    /// take its slow path for the mix); any other Value goes the general way. The result is a Value.
    /// </summary>
    private string? IntWithValue(int index, Opcode op, int d, ValueKind ka, ValueKind kb)
    {
        if (op is not (Opcode.Add or Opcode.Sub or Opcode.Mul)) return null;
        bool intLeft = ka == ValueKind.Int && kb == ValueKind.Any, intRight = ka == ValueKind.Any && kb == ValueKind.Int;
        if (!intLeft && !intRight) return null;
        string value = intLeft ? Var(index, d - 1) : Var(index, d - 2);
        string number = intLeft ? $"(double){Var(index, d - 2)}" : $"(double){Var(index, d - 1)}";
        string x = intLeft ? number : $"{value}.AsFloat", y = intLeft ? $"{value}.AsFloat" : number;
        string symbol = op switch { Opcode.Add => "+", Opcode.Sub => "-", _ => "*" };
        return $"{Pc(index)}{Identifiers.StackSlot(d - 2)} = {value}.IsFloat ? Value.Float({x} {symbol} {y}) "
            + $": Ops.{op}({Boxed(index, d - 2)}, {Boxed(index, d - 1)});";
    }

    /// <summary>
    /// Is ADD's right operand a str just made in its block (FORMAT_VALUE, or a str constant), as in an
    /// f-string's pieces? Then the concatenation of two strs is tested first (<c>Typed.Concat</c>).
    /// </summary>
    private bool StrComes(int index)
    {
        if (index == 0 || _analysis.Graph.BlockOf(index - 1) != _analysis.Graph.BlockOf(index)) return false;
        var previous = _code.Instructions[index - 1];
        return previous.Op == Opcode.FormatValue
            || (previous.Op == Opcode.LoadConst && _symbols.Module.Constants[previous.Arg] is StringConstant);
    }

    /// <summary>
    /// A float result from a float and a Value (or any true division): the Value converts when it is a
    /// number; otherwise the general operation gives the float or raises its error.
    /// </summary>
    private static string FloatWithValue(Opcode op, ValueKind ka, ValueKind kb, string a, string b, string boxA, string boxB, string target, string pc)
    {
        string general = $"Ops.{op}({boxA}, {boxB}).AsFloat";
        if (ka != ValueKind.Float && kb != ValueKind.Float) return $"{pc}{target} = {general};"; // Div
        bool floatLeft = ka == ValueKind.Float;
        string other = floatLeft ? boxB : boxA;
        string x = floatLeft ? a : "o", y = floatLeft ? "o" : b;
        string fast = op switch
        {
            Opcode.Add => $"{x} + {y}",
            Opcode.Sub => $"{x} - {y}",
            Opcode.Mul => $"{x} * {y}",
            Opcode.Div => $"{y} != 0.0 ? {x} / {y} : {general}",
            Opcode.Mod => $"{y} != 0.0 ? Typed.Mod({x}, {y}) : {general}",
            Opcode.Pow => $"Typed.Pow({x}, {y})",
            _ => throw new InvalidOperationException($"no typed lowering for {op}"),
        };
        return $"{pc}{{ {target} = Typed.TryDouble({other}, out double o) ? ({fast}) : {general}; }}";
    }

    /// <summary>A comparison's bool expression (parenthesised), and whether it can raise an error.</summary>
    private (string Test, bool CanFail) Comparison(int index, Opcode op, int d)
    {
        if (ItemEquality.IsFusedComparison(_symbols.Module, _analysis, _typing, index))
        {
            // The GET_ITEM two instructions back compared the item already.
            string equal = Representation.Slot(d - 2, ValueKind.Bool);
            return (op == Opcode.Ne ? $"(!{equal})" : equal, false);
        }
        ValueKind ka = Kind(index, d - 2), kb = Kind(index, d - 1);
        string a = Var(index, d - 2), b = Var(index, d - 1);
        string general = op == Opcode.In
            ? $"Items.Contains({Boxed(index, d - 2)}, {Boxed(index, d - 1)})"
            : $"{ComparisonFusion.TestFor(op)}({Boxed(index, d - 2)}, {Boxed(index, d - 1)})";
        if (op == Opcode.In)
            return (ka == ValueKind.Int && kb == ValueKind.Dict ? $"TypedDicts.ContainsInt({a}, {b})" : general, true);
        string symbol = op switch
        {
            Opcode.Eq => "==", Opcode.Ne => "!=", Opcode.Lt => "<", Opcode.Gt => ">", Opcode.Le => "<=", _ => ">=",
        };
        if (!ka.IsNumber() || !kb.IsNumber())
        {
            // A number against a Value: compared at once when the Value is a small int or a float
            // (a float against an int beyond ±2^53 takes the exact general way).
            if (!(ka.IsNumber() && kb == ValueKind.Any) && !(ka == ValueKind.Any && kb.IsNumber())) return (general, true);
            bool numberLeft = ka.IsNumber();
            var kind = numberLeft ? ka : kb;
            string n = numberLeft ? a : b, v = numberLeft ? b : a;
            string Cmp(string valueSide, string numberSide) => numberLeft ? $"{numberSide} {symbol} {valueSide}" : $"{valueSide} {symbol} {numberSide}";
            // A Num is compared as its double: an int it holds is exact.
            string nd = Representation.AsDouble(n, kind);
            string test = kind == ValueKind.Int
                ? $"({v}.IsSmallInt ? {Cmp($"{v}.Bits", n)} : {v}.IsFloat && Typed.IsExact({n}) ? {Cmp($"{v}.AsFloat", $"(double){n}")} : {general})"
                : $"({v}.IsFloat ? {Cmp($"{v}.AsFloat", nd)} : {v}.IsSmallInt && Typed.IsExact({v}.Bits) ? {Cmp($"(double){v}.Bits", nd)} : {general})";
            return (test, true);
        }
        string x = Representation.AsDouble(a, ka), y = Representation.AsDouble(b, kb);
        if (ka == kb && ka != ValueKind.Num) return ($"({a} {symbol} {b})", false);
        if (ka != ValueKind.Int && kb != ValueKind.Int) return ($"({x} {symbol} {y})", false);
        // int against float or Num: exact as doubles while the int is within ±2^53, else Python's exact comparison.
        string intSide = ka == ValueKind.Int ? a : b;
        return ($"(Typed.IsExact({intSide}) ? {x} {symbol} {y} : {general})", false);
    }

    private string? Call(int index, Instruction ins, int d)
    {
        var stack = _analysis.Stack.Before(index)!.Value;
        int calleeDepth = d - ins.Arg - 1;
        if (RangeLoopFusion.IsFusedCall(_symbols, _analysis, index))
        {
            if (!RangeLoopFusion.UsesCursor(_symbols, _analysis, index + 1)) return null;
            int forIter = index + 2;
            string boxing = BoxSlots(index, calleeDepth + 1, d);
            string start = CallLowering.RangeCursor(stack, ins.Arg, index + 1);
            // range() of one or two ints cannot raise: in a pure version the loop leaves it pure.
            bool intBounds = ins.Arg is 1 or 2 && Enumerable.Range(calleeDepth + 1, ins.Arg).All(k => Kind(index, k) == ValueKind.Int);
            string site = IsPure && intBounds && forIter < _code.Instructions.Length ? "" : Pc(index);
            if (forIter >= _code.Instructions.Length) return $"{site}{boxing} {start}";
            // A range with big bounds iterates through the general iterator: the resume version does
            // that (a pure version fails).
            return $"{site}{boxing} {start} if (!{Identifiers.RangeCursor(index + 1)}.IsSmall) "
                + _deopt.Leave(forIter, index, calleeDepth, "default");
        }

        // str(n) of an int: formatted unboxed, as FORMAT_VALUE does (the builtin's own result for an int).
        if (ins.Arg == 1 && Kind(index, d - 1) == ValueKind.Int
            && stack[calleeDepth].ConstantIn(_symbols.Module) is StringConstant { Value: "str" }
            && _symbols.ResolveCallee("str") == CallTarget.Builtin)
            return $"{Identifiers.StackSlot(calleeDepth)} = Typed.FormatInt({Var(index, d - 1)});";

        int callee = _targets.DirectCallee(_analysis, index);
        if (callee < 0 || !_isSpecialised(callee)) return null;
        if (IsPure) return PureCall(index, ins, d, callee);
        var parameters = _program.Parameters[callee];
        var args = new StringBuilder();
        var boxedArgs = new StringBuilder();
        for (int k = 0; k < ins.Arg; k++)
        {
            int depth = calleeDepth + 1 + k;
            var want = parameters[k].Normalize();
            var have = Kind(index, depth);
            // A Num parameter takes a float as it is; anything else unexpected takes the general call, which is safe.
            string arg = want == ValueKind.Num && have == ValueKind.Float ? $"Num.Float({Var(index, depth)})" : Var(index, depth);
            if (want.IsTyped() && have != want && arg == Var(index, depth)) return null;
            if (k > 0)
            {
                args.Append(", ");
                boxedArgs.Append(", ");
            }
            args.Append(want.IsTyped() ? arg : Boxed(index, depth));
            boxedArgs.Append(Boxed(index, depth));
        }
        args.Append(ins.Arg > 0 ? ", " : "").Append(Depth).Append(" + 1");
        string call = $"{Deoptimization.SpecialisedMethodName(_symbols, callee)}({args})";
        if (!stack[calleeDepth].IsConstant)
        {
            // Through the global a `func` statement set: direct while it still holds that function (CallLowering).
            call = $"({GlobalHoldsCallee(stack, calleeDepth)} ? {call} : Calls.Call({Identifiers.StackSlot(calleeDepth)}, [{boxedArgs}]))";
        }
        var result = _typing.Produced(index).Normalize();
        if (!result.IsTyped()) return $"{Pc(index)}{Identifiers.StackSlot(calleeDepth)} = {call};";
        return $"{Pc(index)}{{ Value r = {call}; {Unboxed(index, calleeDepth, "r", result)} }}";
    }

    /// <summary>The test that the global a callee was loaded from still holds the function its `func` statement stored.</summary>
    private string GlobalHoldsCallee(ImmutableArray<StackSlot> stack, int calleeDepth)
    {
        _symbols.TryGetFunctionGlobal(stack[calleeDepth].Global, out int function);
        return CallLowering.Holds(Identifiers.StackSlot(calleeDepth), function);
    }

    public Condition JumpCondition(int index)
    {
        var ins = _code.Instructions[index];
        int d = _analysis.Stack.DepthBefore(index);
        Condition truthy;
        if (ComparisonFusion.IsFused(_analysis, index - 1))
        {
            int c = index - 1;
            var op = _code.Instructions[c].Op;
            int cd = _analysis.Stack.DepthBefore(c);
            if (op == Opcode.Not)
            {
                truthy = new Condition(Representation.Truth(Var(c, cd - 1), Kind(c, cd - 1)), true, c);
            }
            else
            {
                var (test, canFail) = Comparison(c, op, cd);
                MayRaise |= canFail;
                truthy = new Condition(canFail && !_code.IsMain ? $"(pc = {c}) >= 0 && {test}" : test, false, c);
            }
        }
        else
        {
            truthy = new Condition(Representation.Truth(Var(index, d - 1), Kind(index, d - 1)), false, index);
        }
        return ins.Op == Opcode.JumpIfTrue ? truthy : truthy.Negate();
    }

    public Condition ForIterCondition(int index)
    {
        int d = _analysis.Stack.DepthBefore(index);
        var iterator = _analysis.Stack.Before(index)!.Value[d - 1];
        if (iterator.IsIterator && RangeLoopFusion.UsesCursor(_symbols, _analysis, iterator.Iterator)
            && Kind(index + 1, d) == ValueKind.Int)
            return new Condition($"{Identifiers.RangeCursor(iterator.Iterator)}.MoveNext(out {Representation.Slot(d, ValueKind.Int)})", false, index);
        MayRaise = true;
        return _generic.ForIterCondition(index);
    }

    public ExitStmt Exit(int index)
    {
        var ins = _code.Instructions[index];
        int d = _analysis.Stack.DepthBefore(index);
        if (ins.Op == Opcode.Return && IsPure) return new ExitStmt(PureReturnStatement(index, d), index);
        if (ins.Op == Opcode.Return && !_code.IsMain) return new ExitStmt($"return {Leave(Boxed(index, d - 1))};", index);
        MayRaise = true;
        var general = _generic.Exit(index);
        string boxing = BoxSlots(index, d - 1, d);
        return boxing.Length == 0 ? general : general with { Text = boxing + " " + general.Text };
    }

    public ExitStmt EndOfCode()
    {
        int last = _code.Instructions.Length - 1;
        // Running off the end returns None, which a pure version (typed result) does not return.
        if (IsPure) return new ExitStmt(_deopt.Leave(last, last), last);
        return _code.IsMain ? _generic.EndOfCode() : new ExitStmt($"return {Leave("Value.None")};", last);
    }
}
