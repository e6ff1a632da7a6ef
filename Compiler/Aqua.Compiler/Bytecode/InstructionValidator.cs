using System.Collections.Immutable;
using Aqua.Compiler.Diagnostics;

namespace Aqua.Compiler.Bytecode;

/// <summary>
/// Checks each instruction's operand against the tables it refers to (ACODE.md 6.1): operand
/// present exactly when the opcode takes one, constant indexes in range and of the right kind,
/// global and local slots in range, jump targets not below <c>-len</c>, counts not negative.
/// </summary>
/// <remarks>Runs after <see cref="ModuleDecoder"/> has built the code list; stack depths are the analysis stage's job.</remarks>
internal sealed class InstructionValidator(string file, ImmutableArray<Constant> constants, int globalCount)
{
    /// <param name="function">The function that owns <paramref name="code"/>, or null for the main code.</param>
    public void Validate(CodeUnit code, FunctionDef? function)
    {
        string codeWhere = function is null ? "main code" : $"function '{function.Name}'";
        for (int i = 0; i < code.Instructions.Length; i++)
        {
            var instruction = code.Instructions[i];
            string? problem = Check(instruction, code.Instructions.Length, function);
            if (problem is not null)
                throw new DiagnosticException(new Diagnostic(file, $"{codeWhere}, instruction {i}", problem));
        }
    }

    private string? Check(Instruction instruction, int length, FunctionDef? function)
    {
        var op = instruction.Op;
        string name = OpcodeInfo.Name(op);
        var kind = OpcodeInfo.Operand(op);
        int? operand = instruction.Operand;

        if (operand is null)
            // POP/TYPE_CHECK and CATCH_BEGIN take null as a real form (ACODE.md 1.7, 2.1).
            return kind is OperandKind.None or OperandKind.OptionalConstant ? null : $"{name} needs an operand, found null";

        int value = operand.Value;
        return kind switch
        {
            // The original compiler always writes null here; 0x60 with an operand is TYPE_CHECK (OptionalConstant).
            OperandKind.None => $"{name} takes no operand, found {value}",
            OperandKind.Constant => CheckConstant(name, value, NeedsStringConstant(op) ? "a name" : null),
            OperandKind.OptionalConstant => CheckConstant(op == Opcode.Pop ? "TYPE_CHECK" : name, value, "a type name"),
            OperandKind.Global => CheckGlobal(value),
            OperandKind.Local => CheckLocal(name, value, function),
            OperandKind.Variable => function is null ? CheckGlobal(value) : CheckLocal(name, value, function),
            OperandKind.JumpTarget => value < -length ? $"jump target {value} is below -len (len {length})" : null,
            OperandKind.Count => value < 0 ? $"{name} {(op == Opcode.Call ? "argument" : "item")} count {value} is negative" : null,
            OperandKind.MethodCall => CheckMethodCall(instruction),
            _ => null,
        };
    }

    /// <summary>These opcodes use their constant as a name (ACODE.md 2.6), so it must be a string.</summary>
    private static bool NeedsStringConstant(Opcode op) =>
        op is Opcode.LoadFunc or Opcode.GetAttr or Opcode.CreateClass;

    /// <param name="stringRole">What the string names, when the constant must be a string; null when any constant will do.</param>
    private string? CheckConstant(string name, int index, string? stringRole)
    {
        if (index < 0 || index >= constants.Length)
            return $"constant index {index} is out of range (the constant pool has {Count(constants.Length, "entry", "entries")})";
        if (stringRole is not null && constants[index] is not StringConstant)
            return $"{name} needs a string constant ({stringRole}), but constant {index} is {DescribeConstant(constants[index])}";
        return null;
    }

    private string? CheckGlobal(int slot) =>
        slot < 0 || slot >= globalCount
            ? $"global slot {slot} is out of range (the globals table has {Count(globalCount, "entry", "entries")})"
            : null;

    private static string? CheckLocal(string name, int slot, FunctionDef? function)
    {
        if (function is null)
            return $"{name} in the main code: not in a function";
        if (slot < 0 || slot >= function.FrameSize)
            return $"local slot {slot} is out of range (the frame has {Count(function.FrameSize, "slot", "slots")}: "
                + $"{Count(function.Arity, "parameter", "parameters")} + {function.Locals.Length} local_vars)";
        return null;
    }

    /// <summary>ACODE.md 1.7: operand = (argc &lt;&lt; 16) | name constant index.</summary>
    private string? CheckMethodCall(Instruction instruction)
    {
        if (instruction.MethodArgCount < 0)
            return $"CALL_METHOD argument count {instruction.MethodArgCount} is negative (operand {instruction.Arg})";
        return CheckConstant("CALL_METHOD", instruction.MethodNameIndex, "a method name");
    }

    private static string DescribeConstant(Constant constant) => constant switch
    {
        IntConstant or BigIntConstant => $"an int ({PythonRepr.Constant(constant)})",
        FloatConstant => $"a float ({PythonRepr.Constant(constant)})",
        BoolConstant => $"a bool ({PythonRepr.Constant(constant)})",
        NullConstant => "None",
        ListConstant => "a list",
        DictConstant => "a dict",
        _ => constant.GetType().Name,
    };

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
