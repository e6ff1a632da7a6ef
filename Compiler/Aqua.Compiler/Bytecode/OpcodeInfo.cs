namespace Aqua.Compiler.Bytecode;

/// <summary>What kind of operand an opcode takes; drives validation and the disassembler.</summary>
public enum OperandKind
{
    /// <summary>Always null.</summary>
    None,
    /// <summary>Index into the constant pool.</summary>
    Constant,
    /// <summary>Null, or an index into the constant pool (CATCH_BEGIN type name, TYPE_CHECK).</summary>
    OptionalConstant,
    /// <summary>Global slot.</summary>
    Global,
    /// <summary>Local slot of the current function.</summary>
    Local,
    /// <summary>Local slot inside a function, global slot in main (LOAD_VAR/STORE_VAR).</summary>
    Variable,
    /// <summary>Absolute instruction index in the same code list (negative: from the end).</summary>
    JumpTarget,
    /// <summary>A count (CALL argc, BUILD_* item count).</summary>
    Count,
    /// <summary>(argc &lt;&lt; 16) | name constant index (CALL_METHOD).</summary>
    MethodCall,
}

/// <summary>Static facts about each opcode (ACODE.md 2.6).</summary>
public static class OpcodeInfo
{
    public static bool IsDefined(int opcode) =>
        opcode is >= 0 and <= 255 && Enum.IsDefined(typeof(Opcode), (byte)opcode);

    /// <summary>The upper-case name used by the original documentation and the disassembler.</summary>
    public static string Name(Opcode op) => op switch
    {
        Opcode.LoadConst => "LOAD_CONST",
        Opcode.LoadVar => "LOAD_VAR",
        Opcode.StoreVar => "STORE_VAR",
        Opcode.LoadGlobal => "LOAD_GLOBAL",
        Opcode.StoreGlobal => "STORE_GLOBAL",
        Opcode.LoadLocal => "LOAD_LOCAL",
        Opcode.StoreLocal => "STORE_LOCAL",
        Opcode.PopAlt => "POP",
        Opcode.Dup => "DUP",
        Opcode.Add => "ADD",
        Opcode.Sub => "SUB",
        Opcode.Mul => "MUL",
        Opcode.Div => "DIV",
        Opcode.Mod => "MOD",
        Opcode.Pow => "POW",
        Opcode.Eq => "EQ",
        Opcode.Ne => "NE",
        Opcode.Lt => "LT",
        Opcode.Gt => "GT",
        Opcode.Le => "LE",
        Opcode.Ge => "GE",
        Opcode.In => "IN",
        Opcode.And => "AND",
        Opcode.Or => "OR",
        Opcode.Not => "NOT",
        Opcode.Jump => "JUMP",
        Opcode.JumpIfFalse => "JUMP_IF_FALSE",
        Opcode.JumpIfTrue => "JUMP_IF_TRUE",
        Opcode.Call => "CALL",
        Opcode.Return => "RETURN",
        Opcode.LoadFunc => "LOAD_FUNC",
        Opcode.Pop => "POP",
        Opcode.RotTwo => "ROT_TWO",
        Opcode.RotThree => "ROT_THREE",
        Opcode.Len => "LEN",
        Opcode.GetItem => "GET_ITEM",
        Opcode.SetItem => "SET_ITEM",
        Opcode.BuildList => "BUILD_LIST",
        Opcode.SetAttr => "SET_ATTR",
        Opcode.ImportFrom => "IMPORT_FROM",
        Opcode.ImportModule => "IMPORT_MODULE",
        Opcode.BuildTuple => "BUILD_TUPLE",
        Opcode.FormatValue => "FORMAT_VALUE",
        Opcode.GetIter => "GET_ITER",
        Opcode.ForIter => "FOR_ITER",
        Opcode.ListAppend => "LIST_APPEND",
        Opcode.GetAttr => "GET_ATTR",
        Opcode.BuildDict => "BUILD_DICT",
        Opcode.CreateClass => "CREATE_CLASS",
        Opcode.CreateObject => "CREATE_OBJECT",
        Opcode.CallMethod => "CALL_METHOD",
        Opcode.TryBegin => "TRY_BEGIN",
        Opcode.TryEnd => "TRY_END",
        Opcode.CatchBegin => "CATCH_BEGIN",
        Opcode.CatchEnd => "CATCH_END",
        Opcode.FinallyBegin => "FINALLY_BEGIN",
        Opcode.FinallyEnd => "FINALLY_END",
        Opcode.Throw => "THROW",
        Opcode.Reraise => "RERAISE",
        Opcode.Halt => "HALT",
        _ => $"OP_{(byte)op:X2}",
    };

    public static OperandKind Operand(Opcode op) => op switch
    {
        Opcode.LoadConst or Opcode.LoadFunc or Opcode.GetAttr or Opcode.CreateClass => OperandKind.Constant,
        Opcode.Pop or Opcode.CatchBegin => OperandKind.OptionalConstant,
        Opcode.LoadGlobal or Opcode.StoreGlobal => OperandKind.Global,
        Opcode.LoadLocal or Opcode.StoreLocal => OperandKind.Local,
        Opcode.LoadVar or Opcode.StoreVar => OperandKind.Variable,
        Opcode.Jump or Opcode.JumpIfFalse or Opcode.JumpIfTrue or Opcode.ForIter => OperandKind.JumpTarget,
        Opcode.Call or Opcode.BuildList or Opcode.BuildTuple or Opcode.BuildDict => OperandKind.Count,
        Opcode.CallMethod => OperandKind.MethodCall,
        _ => OperandKind.None,
    };
}
