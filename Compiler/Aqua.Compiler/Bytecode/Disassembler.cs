using System.Globalization;
using System.Text;

namespace Aqua.Compiler.Bytecode;

/// <summary>
/// A readable listing of an <see cref="AcodeModule"/>: header, constant pool, globals, then each
/// function and the main code, one instruction per line with its operand resolved against the
/// tables. Output is deterministic and uses <c>\n</c> line ends whatever the platform.
/// </summary>
public static class Disassembler
{
    /// <param name="stackDepths">
    /// Optional stack depth before each instruction of a code unit (null for an unreachable one);
    /// when given, the listing gets a depth column.
    /// </param>
    public static void Write(AcodeModule module, TextWriter output, Func<CodeUnit, IReadOnlyList<int?>>? stackDepths = null)
    {
        var lines = new List<string>
        {
            $"; file: {module.SourcePath}",
            $"; {Plural(module.Constants.Length, "constant")}, {Plural(module.GlobalCount, "global")}, {Plural(module.Functions.Length, "function")}",
            "",
            "constants:",
        };
        for (int i = 0; i < module.Constants.Length; i++)
            lines.Add($"  {i,4}  {KindName(module.Constants[i]),-5}  {PythonRepr.Constant(module.Constants[i])}");

        lines.Add("");
        lines.Add("globals:");
        foreach (var (name, slot) in module.Globals)
            lines.Add($"  {slot,4}  {name}");

        foreach (var function in module.Functions)
        {
            lines.Add("");
            lines.Add($"function {function.Name}({string.Join(", ", function.Parameters)})"
                + $"  ; arity {function.Arity}, frame {Plural(function.FrameSize, "slot")}");
            var slotNames = LocalSlotNames(function);
            lines.Add(slotNames.Count == 0 ? "  locals: (none)" : "  locals:");
            foreach (var (slot, name) in slotNames.OrderBy(s => s.Key))
                lines.Add($"  {slot,4}  {name}{(slot < function.Arity && function.Parameters[slot] == name ? " (parameter)" : "")}");
            AddCode(lines, module, function.Code, slotNames, stackDepths?.Invoke(function.Code));
        }

        lines.Add("");
        lines.Add($"main code  ; {Plural(module.Main.Instructions.Length, "instruction")}");
        AddCode(lines, module, module.Main, null, stackDepths?.Invoke(module.Main));

        foreach (var line in lines)
        {
            output.Write(line.TrimEnd());
            output.Write('\n');
        }
    }

    /// <summary>The listing as one string.</summary>
    public static string ToText(AcodeModule module, Func<CodeUnit, IReadOnlyList<int?>>? stackDepths = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(module, writer, stackDepths);
        return writer.ToString();
    }

    /// <summary>The name printed for an instruction: 0x60 with an operand is TYPE_CHECK (ACODE.md 2.1).</summary>
    public static string InstructionName(Instruction instruction) =>
        instruction.Op == Opcode.Pop && instruction.Operand is not null ? "TYPE_CHECK" : OpcodeInfo.Name(instruction.Op);

    private static void AddCode(
        List<string> lines, AcodeModule module, CodeUnit code,
        IReadOnlyDictionary<int, string>? localNames, IReadOnlyList<int?>? depths)
    {
        var instructions = code.Instructions;
        int length = instructions.Length;
        var targets = new HashSet<int>();
        foreach (var instruction in instructions)
            if (OpcodeInfo.Operand(instruction.Op) == OperandKind.JumpTarget && instruction.Operand is int t)
                targets.Add(ResolveTarget(t, length));

        lines.Add(depths is null ? "  code:" : "  code:  (index, stack depth before it, '-' if unreachable)");
        for (int i = 0; i < length; i++)
        {
            var instruction = instructions[i];
            var line = new StringBuilder();
            line.Append(targets.Contains(i) ? ">>" : "  ");
            line.Append(i.ToString(CultureInfo.InvariantCulture).PadLeft(4));
            if (depths is not null)
                line.Append(' ').Append(DepthText(depths, i).PadLeft(4));
            line.Append("  ").Append(InstructionName(instruction).PadRight(14));
            line.Append(' ').Append((instruction.Operand?.ToString(CultureInfo.InvariantCulture) ?? "").PadLeft(6));
            string comment = Comment(module, code, instruction, localNames);
            if (comment.Length > 0) line.Append("  ; ").Append(comment);
            lines.Add(line.ToString());
        }
        if (targets.Contains(length))
            lines.Add($">>{length,4}  (end)");
    }

    private static string DepthText(IReadOnlyList<int?> depths, int index) =>
        index >= depths.Count ? "?" : depths[index]?.ToString(CultureInfo.InvariantCulture) ?? "-";

    /// <summary>ACODE.md 6.2: a negative target t means len + t; any target at or past the end means the end.</summary>
    private static int ResolveTarget(int target, int length) =>
        target < 0 ? Math.Max(length + target, 0) : Math.Min(target, length);

    private static string Comment(AcodeModule module, CodeUnit code, Instruction instruction, IReadOnlyDictionary<int, string>? localNames)
    {
        if (instruction.Operand is not int operand) return "";
        return OpcodeInfo.Operand(instruction.Op) switch
        {
            OperandKind.Constant or OperandKind.OptionalConstant => ConstantText(module, operand),
            OperandKind.Global => GlobalName(module, operand),
            OperandKind.Local => LocalName(localNames, operand),
            OperandKind.Variable => code.IsMain ? GlobalName(module, operand) : LocalName(localNames, operand),
            OperandKind.JumpTarget => JumpText(operand, code.Instructions.Length),
            OperandKind.MethodCall => $"{ConstantText(module, instruction.MethodNameIndex)} argc={instruction.MethodArgCount}",
            _ => "",
        };
    }

    private static string JumpText(int target, int length)
    {
        int resolved = ResolveTarget(target, length);
        return resolved >= length ? "-> end" : $"-> {resolved}";
    }

    private static string ConstantText(AcodeModule module, int index) =>
        index >= 0 && index < module.Constants.Length ? PythonRepr.Constant(module.Constants[index]) : "<no such constant>";

    private static string GlobalName(AcodeModule module, int slot)
    {
        var names = module.Globals.Where(g => g.Value == slot).Select(g => g.Key).ToList();
        return names.Count == 0 ? "<unnamed global>" : string.Join(" / ", names);
    }

    private static string LocalName(IReadOnlyDictionary<int, string>? names, int slot) =>
        names is not null && names.TryGetValue(slot, out var name) ? name : "<unnamed local>";

    /// <summary>Slot → name: the local_vars table, and parameters for the slots it does not list (ACODE.md 1.5).</summary>
    private static Dictionary<int, string> LocalSlotNames(FunctionDef function)
    {
        var names = new Dictionary<int, string>();
        foreach (var (name, slot) in function.Locals)
            names[slot] = names.TryGetValue(slot, out var other) ? $"{other} / {name}" : name;
        for (int i = 0; i < function.Parameters.Length; i++)
            names.TryAdd(i, function.Parameters[i]);
        return names;
    }

    private static string KindName(Constant constant) => constant switch
    {
        IntConstant or BigIntConstant => "int",
        FloatConstant => "float",
        StringConstant => "str",
        BoolConstant => "bool",
        NullConstant => "None",
        ListConstant => "list",
        DictConstant => "dict",
        _ => constant.GetType().Name,
    };

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
