using System.Text;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Diagnostics;
using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit;

/// <summary>
/// Lowers one instruction to C# statements over the stack-slot locals: with depth d before the
/// instruction, the top of the stack is <c>s{d-1}</c>. No dispatch: each instruction becomes the
/// straight-line code of its operation.
/// </summary>
public sealed class InstructionEmitter : IInstructionLowering
{
    private readonly ProgramSymbols _symbols;
    private readonly CodeAnalysis _analysis;
    private readonly CodeUnit _code;
    private readonly StackAnalysis _stack;
    private readonly TryRegions _regions;

    public InstructionEmitter(ProgramSymbols symbols, CodeAnalysis analysis)
    {
        _symbols = symbols;
        _analysis = analysis;
        _code = analysis.Code;
        _stack = analysis.Stack;
        _regions = analysis.Regions;
    }

    /// <summary>The exception variable of a try construct's catch clauses.</summary>
    public static string ExceptionVariable(int construct) => $"e{construct}";

    private AcodeModule Module => _symbols.Module;

    private static string S(int depth) => Identifiers.StackSlot(depth);

    /// <summary>Statements for a non-terminating instruction (jumps, RETURN, HALT, THROW excluded).</summary>
    public void EmitStraight(int index, List<Stmt> output)
    {
        var ins = _code.Instructions[index];
        int d = _stack.DepthBefore(index);
        if (ComparisonFusion.IsFused(_analysis, index)) return; // becomes the jump's condition
        string? text = ins.Op switch
        {
            Opcode.LoadConst or Opcode.LoadFunc => $"{S(d)} = {ConstantEmitter.Load(Module, ins.Arg)};",
            Opcode.LoadGlobal => $"{S(d)} = {Identifiers.Global(ins.Arg)};",
            Opcode.StoreGlobal => $"{Identifiers.Global(ins.Arg)} = {S(d - 1)};",
            Opcode.LoadLocal => $"{S(d)} = {ReadLocal(index, ins.Arg)};",
            Opcode.StoreLocal => $"{Identifiers.Local(ins.Arg)} = {S(d - 1)};",
            Opcode.LoadVar => $"{S(d)} = {(_code.IsMain ? Identifiers.Global(ins.Arg) : ReadLocal(index, ins.Arg))};",
            Opcode.StoreVar => $"{Variable(ins.Arg)} = {S(d - 1)};",
            Opcode.Pop when ins.Operand is { } k => $"Checks.TypeCheck({S(d - 1)}, {NameLiteral(k)});",
            Opcode.Pop or Opcode.PopAlt => null, // the slot is simply abandoned
            Opcode.Dup => $"{S(d)} = {S(d - 1)};",
            Opcode.RotTwo => $"({S(d - 2)}, {S(d - 1)}) = ({S(d - 1)}, {S(d - 2)});",
            Opcode.RotThree => $"({S(d - 3)}, {S(d - 2)}, {S(d - 1)}) = ({S(d - 1)}, {S(d - 3)}, {S(d - 2)});",
            Opcode.Add => Binary(_analysis.Accumulation.AppendSites.Contains(index) ? "Strings.Accumulate" : "Ops.Add", d),
            Opcode.Sub => Binary("Ops.Sub", d),
            Opcode.Mul => Binary("Ops.Mul", d),
            Opcode.Div => Binary("Ops.Div", d),
            Opcode.Mod => Binary("Ops.Mod", d),
            Opcode.Pow => Binary("Ops.Pow", d),
            Opcode.Eq => Binary("Ops.Eq", d),
            Opcode.Ne => Binary("Ops.Ne", d),
            Opcode.Lt => Binary("Ops.Lt", d),
            Opcode.Gt => Binary("Ops.Gt", d),
            Opcode.Le => Binary("Ops.Le", d),
            Opcode.Ge => Binary("Ops.Ge", d),
            Opcode.In => Binary("Items.In", d),
            Opcode.And => Binary("Ops.And", d),
            Opcode.Or => Binary("Ops.Or", d),
            Opcode.Not => Unary("Ops.Not", d),
            Opcode.Len => Unary("Items.Len", d),
            Opcode.FormatValue => $"{S(d - 1)} = Value.Str(Text.Str({S(d - 1)}));",
            Opcode.GetIter => RangeLoopFusion.IsFusedGetIter(_symbols, _analysis, index) ? null : Unary("Iteration.GetIter", d),
            Opcode.GetItem => Binary("Items.GetItem", d),
            Opcode.SetItem => $"Items.SetItem({S(d - 3)}, {S(d - 2)}, {S(d - 1)});",
            Opcode.GetAttr => $"{S(d - 1)} = Attributes.Get({S(d - 1)}, {NameLiteral(ins.Arg)});",
            // o v name → : the attribute name comes from the stack (ACODE.md 2.6).
            Opcode.SetAttr => $"Attributes.Set({S(d - 3)}, {S(d - 1)}, {S(d - 2)});",
            Opcode.BuildList => $"{S(d - ins.Arg)} = Value.Object({NewList(Slots(d - ins.Arg, ins.Arg))});",
            Opcode.BuildTuple => ins.Arg == 0
                ? $"{S(d)} = Value.Object(AquaTuple.Empty);"
                : $"{S(d - ins.Arg)} = Value.Object(new AquaTuple(new Value[] {{ {Slots(d - ins.Arg, ins.Arg)} }}));",
            Opcode.BuildDict => ins.Arg == 0
                ? $"{S(d)} = Items.BuildDict([]);"
                : $"{S(d - 2 * ins.Arg)} = Items.BuildDict([{Slots(d - 2 * ins.Arg, 2 * ins.Arg)}]);",
            Opcode.ListAppend => $"Items.ListAppend({S(d - 3)}, {S(d - 1)});",
            Opcode.ImportModule => Unary("Imports.ImportModule", d),
            Opcode.ImportFrom => ImportFrom(index, d),
            Opcode.CreateClass => $"{S(d - 1)} = Classes.Create({S(d - 1)}, {NameLiteral(ins.Arg)});",
            Opcode.CreateObject => Unary("Classes.CreateObject", d),
            Opcode.Call => !RangeLoopFusion.IsFusedCall(_symbols, _analysis, index)
                ? CallLowering.Call(_symbols, _stack.Before(index)!.Value, ins.Arg)
                : RangeLoopFusion.UsesCursor(_symbols, _analysis, index + 1)
                    ? CallLowering.RangeCursor(_stack.Before(index)!.Value, ins.Arg, index + 1)
                    : CallLowering.RangeIterator(_stack.Before(index)!.Value, ins.Arg),
            Opcode.CallMethod => CallLowering.CallMethod(Module, d, ins.MethodArgCount, ins.MethodNameIndex),
            // RETURN outside a function pops and re-pushes its value: nothing happens (ACODE.md 2.5).
            Opcode.Return => null,
            // The markers are the structure of the C# try statement (StructuredEmitter).
            Opcode.TryEnd or Opcode.CatchEnd or Opcode.FinallyBegin or Opcode.FinallyEnd => null,
            // Entering a handler pushes the caught value: the thrown value, or a runtime error's message (6.7).
            Opcode.CatchBegin => $"{S(d)} = {ExceptionVariable(_regions.Parts[_regions.PartOf(index)].Construct)}.Payload;",
            // Re-raises the exception being handled; outside a handler none is pending (ACODE.md 2.13).
            Opcode.Reraise => _regions.Parts[_regions.PartOf(index)].Kind == PartKind.Catch ? "throw;" : null,
            _ => throw new InvalidOperationException($"{OpcodeInfo.Name(ins.Op)} is not a straight-line instruction"),
        };
        if (text is null) return;
        // The traceback names the failing instruction of each active function (ACODE.md 6.9).
        if (!_code.IsMain && CanFail(ins)) text = $"pc = {index}; {text}";
        output.Add(new CodeStmt(text, index));
    }

    /// <summary>The condition of a conditional jump: true means "take the jump".</summary>
    public Condition JumpCondition(int index)
    {
        var ins = _code.Instructions[index];
        int d = _stack.DepthBefore(index);
        var truthy = ComparisonFusion.IsFused(_analysis, index - 1)
            ? FusedTest(index - 1)
            : new Condition($"Ops.Truthy({S(d - 1)})", false, index);
        return ins.Op == Opcode.JumpIfTrue ? truthy : truthy.Negate();
    }

    /// <summary>The fused comparison's own test; in a function it first records its index for the traceback.</summary>
    private Condition FusedTest(int index)
    {
        var op = _code.Instructions[index].Op;
        int d = _stack.DepthBefore(index);
        if (op == Opcode.Not) return new Condition($"Ops.Truthy({S(d - 1)})", true, index);
        string test = $"{ComparisonFusion.TestFor(op)}({S(d - 2)}, {S(d - 1)})";
        if (op == Opcode.In) test = $"Items.Contains({S(d - 2)}, {S(d - 1)})";
        return _code.IsMain || !CanFail(_code.Instructions[index])
            ? new Condition(test, false, index)
            : new Condition($"(pc = {index}) >= 0 && {test}", false, index);
    }

    /// <summary>FOR_ITER's condition: true means "an item was produced; run the body".</summary>
    public Condition ForIterCondition(int index)
    {
        int d = _stack.DepthBefore(index);
        var iterator = _stack.Before(index)!.Value[d - 1];
        if (iterator.IsIterator && RangeLoopFusion.UsesCursor(_symbols, _analysis, iterator.Iterator))
            return new Condition($"{Identifiers.RangeCursor(iterator.Iterator)}.MoveNext(out {S(d)})", false, index);
        return new Condition($"Iteration.Next({S(d - 1)}, out {S(d)})", false, index);
    }

    /// <summary>The statement ending a RETURN / HALT / THROW block.</summary>
    public ExitStmt Exit(int index)
    {
        var ins = _code.Instructions[index];
        int d = _stack.DepthBefore(index);
        return ins.Op switch
        {
            Opcode.Return => new ExitStmt($"return Host.Leave({S(d - 1)});", index),
            Opcode.Halt => new ExitStmt(_code.IsMain ? "return;" : "Host.Halt(); return default;", index),
            Opcode.Throw => new ExitStmt($"{Pc(index)}throw new AquaError({S(d - 1)});", index),
            _ => throw new InvalidOperationException($"{OpcodeInfo.Name(ins.Op)} does not end a block"),
        };
    }

    /// <summary>Leaving the code by running off its end or jumping past it (ACODE.md 6.2).</summary>
    public ExitStmt EndOfCode() => new(_code.IsMain ? "return;" : "return Host.Leave(Value.None);", _code.Instructions.Length - 1);

    /// <summary>Could this instruction raise an AquaScript runtime error (so the traceback needs its index)?</summary>
    public static bool CanFail(Instruction ins) => ins.Op switch
    {
        Opcode.LoadConst or Opcode.LoadFunc or Opcode.LoadGlobal or Opcode.StoreGlobal or Opcode.LoadLocal
            or Opcode.StoreLocal or Opcode.LoadVar or Opcode.StoreVar or Opcode.PopAlt or Opcode.Dup
            or Opcode.RotTwo or Opcode.RotThree or Opcode.Jump or Opcode.Return or Opcode.BuildList
            or Opcode.BuildTuple or Opcode.And or Opcode.Or or Opcode.Not or Opcode.JumpIfFalse
            or Opcode.JumpIfTrue => false,
        Opcode.Pop => ins.Operand is not null,
        _ => true,
    };

    private string Pc(int index) => _code.IsMain ? "" : $"pc = {index}; ";

    /// <summary>A local read; an accumulating local is flattened unless the read feeds its own append.</summary>
    private string ReadLocal(int index, int slot) =>
        _analysis.Accumulation.IsAccumulator(slot) && !_analysis.Accumulation.PatternLoads.Contains(index)
            ? $"Strings.Flatten({Identifiers.Local(slot)})"
            : Identifiers.Local(slot);

    private string Variable(int slot) => _code.IsMain ? Identifiers.Global(slot) : Identifiers.Local(slot);

    private static string Binary(string method, int d) => $"{S(d - 2)} = {method}({S(d - 2)}, {S(d - 1)});";

    private static string Unary(string method, int d) => $"{S(d - 1)} = {method}({S(d - 1)});";

    /// <summary>A new list of the given items (comma-separated Value expressions; none for an empty list).</summary>
    public static string NewList(string items) =>
        items.Length == 0 ? "new AquaList()" : $"new AquaList(new Value[] {{ {items} }})";

    private static string Slots(int first, int count)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(S(first + i));
        }
        return sb.ToString();
    }

    private string NameLiteral(int constant) => CSharpLiteral.String(((StringConstant)Module.Constants[constant]).Value);


    /// <summary>mod items → one value per item, the first item's on top, as the STOREs that follow expect.</summary>
    private string ImportFrom(int index, int d)
    {
        var names = StackAnalysis.ImportFromNames(Module, _code, index, _stack.Before(index)!.Value[d - 1]);
        var sb = new StringBuilder($"{{ var module = {S(d - 2)};");
        for (int k = 0; k < names.Length; k++)
            sb.Append($" {S(d - 2 + k)} = Imports.ImportFrom(module, {CSharpLiteral.String(names[names.Length - 1 - k])});");
        sb.Append(" }");
        return sb.ToString();
    }

}
