using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Analysis;

/// <summary>
/// How many operand-stack values an instruction reads and leaves (ACODE.md 2.6), on its
/// fall-through path. FOR_ITER's exit edge and IMPORT_FROM's item count are handled by the
/// stack analysis, which knows more than one instruction.
/// </summary>
public readonly record struct StackEffect(int Pops, int Pushes)
{
    public static StackEffect Of(Instruction ins) => ins.Op switch
    {
        Opcode.LoadConst or Opcode.LoadVar or Opcode.LoadGlobal or Opcode.LoadLocal or Opcode.LoadFunc => new(0, 1),
        Opcode.StoreVar or Opcode.StoreGlobal or Opcode.StoreLocal or Opcode.PopAlt => new(1, 0),
        // 0x60 with a null operand is POP; with a constant it is TYPE_CHECK, which only peeks (6.2).
        Opcode.Pop => ins.Operand is null ? new(1, 0) : new(1, 1),
        Opcode.Dup => new(1, 2),
        Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.Div or Opcode.Mod or Opcode.Pow
            or Opcode.Eq or Opcode.Ne or Opcode.Lt or Opcode.Gt or Opcode.Le or Opcode.Ge or Opcode.In
            or Opcode.And or Opcode.Or => new(2, 1),
        Opcode.Not or Opcode.Len or Opcode.FormatValue or Opcode.GetIter or Opcode.GetAttr
            or Opcode.ImportModule or Opcode.CreateClass or Opcode.CreateObject => new(1, 1),
        Opcode.Jump => new(0, 0),
        Opcode.JumpIfFalse or Opcode.JumpIfTrue => new(1, 0),
        Opcode.Call => new(ins.Arg + 1, 1),
        Opcode.CallMethod => new(ins.MethodArgCount + 1, 1),
        Opcode.Return or Opcode.Throw => new(1, 0),
        Opcode.RotTwo => new(2, 2),
        Opcode.RotThree => new(3, 3),
        Opcode.GetItem => new(2, 1),
        Opcode.SetItem or Opcode.SetAttr => new(3, 0),
        Opcode.BuildList or Opcode.BuildTuple => new(ins.Arg, 1),
        Opcode.BuildDict => new(2 * ins.Arg, 1),
        // Reads the module and the item list; pushes one value per item (counted by StackAnalysis).
        Opcode.ImportFrom => new(2, 0),
        // The body path: the iterator stays and the next item is pushed. The exit edge pops the iterator.
        Opcode.ForIter => new(1, 2),
        // LIST_APPEND reads the list two below the item it pops (ACODE.md 2.9).
        Opcode.ListAppend => new(3, 2),
        // CATCH_BEGIN pushes the caught value when a handler is entered.
        Opcode.CatchBegin => new(0, 1),
        _ => new(0, 0),
    };
}
