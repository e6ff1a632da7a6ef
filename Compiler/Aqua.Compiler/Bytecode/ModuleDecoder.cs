using System.Collections.Immutable;
using System.Globalization;
using Aqua.Compiler.Diagnostics;

namespace Aqua.Compiler.Bytecode;

/// <summary>
/// Turns the four parsed JSON sections into an <see cref="AcodeModule"/>, checking their shapes
/// (ACODE.md 1.3–1.7) and handing each code list to <see cref="InstructionValidator"/>.
/// </summary>
internal sealed class ModuleDecoder(string file)
{
    public AcodeModule Decode(Constant constantsJson, Constant globalsJson, Constant functionsJson, Constant mainJson)
    {
        var constants = (constantsJson as ListConstant
            ?? throw Fail("constants section", $"the constants section must be a JSON array, found {Describe(constantsJson)}")).Items;
        var globals = DecodeGlobals(globalsJson);
        var table = functionsJson as DictConstant
            ?? throw Fail("functions section", $"the functions section must be a JSON object, found {Describe(functionsJson)}");
        var mainList = mainJson as ListConstant
            ?? throw Fail("main section", $"the main section must be a JSON array of instructions, found {Describe(mainJson)}");

        var validator = new InstructionValidator(file, constants, globals.Length);
        var functions = ImmutableArray.CreateBuilder<FunctionDef>(table.Entries.Length);
        foreach (var (name, record) in table.Entries)
        {
            var function = DecodeFunction(name, record);
            validator.Validate(function.Code, function);
            functions.Add(function);
        }

        var main = new CodeUnit(AcodeReader.MainCodeName, DecodeInstructions(mainList, "main code"), IsMain: true);
        validator.Validate(main, function: null);
        return new AcodeModule(file, constants, globals, functions.MoveToImmutable(), main);
    }

    /// <summary>ACODE.md 1.4: name → slot; only the count matters to the VMs, but a slot must be a valid index.</summary>
    private ImmutableArray<KeyValuePair<string, int>> DecodeGlobals(Constant json)
    {
        var table = json as DictConstant
            ?? throw Fail("globals section", $"the globals section must be a JSON object, found {Describe(json)}");
        var globals = ImmutableArray.CreateBuilder<KeyValuePair<string, int>>(table.Entries.Length);
        foreach (var (name, slot) in table.Entries)
        {
            if (!TryGetSlot(slot, out int value))
                throw Fail("globals section", $"global '{name}' has slot {Describe(slot)}; slots must be non-negative integers");
            globals.Add(new(name, value));
        }
        return globals.MoveToImmutable();
    }

    /// <summary>ACODE.md 1.5: <c>{"parameters": [...], "local_vars": {...}, "instructions": [...]}</c>; other keys are ignored.</summary>
    private FunctionDef DecodeFunction(string name, Constant json)
    {
        string where = $"function '{name}'";
        var record = json as DictConstant
            ?? throw Fail(where, $"the function record must be a JSON object, found {Describe(json)}");

        var parameters = DecodeParameters(Field(record, "parameters", where), where);
        var locals = DecodeLocals(Field(record, "local_vars", where), parameters, where);
        var instructionsField = Field(record, "instructions", where);
        var instructions = instructionsField as ListConstant
            ?? throw Fail(where, $"'instructions' must be an array, found {Describe(instructionsField)}");
        var code = new CodeUnit(name, DecodeInstructions(instructions, where), IsMain: false);
        return new FunctionDef(name, parameters, locals, code);
    }

    private ImmutableArray<string> DecodeParameters(Constant json, string where)
    {
        var list = json as ListConstant
            ?? throw Fail(where, $"'parameters' must be an array of strings, found {Describe(json)}");
        var parameters = ImmutableArray.CreateBuilder<string>(list.Items.Length);
        for (int i = 0; i < list.Items.Length; i++)
        {
            if (list.Items[i] is not StringConstant p)
                throw Fail(where, $"parameter {i} must be a string, found {Describe(list.Items[i])}");
            parameters.Add(p.Value);
        }
        return parameters.MoveToImmutable();
    }

    private ImmutableArray<KeyValuePair<string, int>> DecodeLocals(Constant json, ImmutableArray<string> parameters, string where)
    {
        var table = json as DictConstant
            ?? throw Fail(where, $"'local_vars' must be an object mapping names to slots, found {Describe(json)}");
        var locals = ImmutableArray.CreateBuilder<KeyValuePair<string, int>>(table.Entries.Length);
        foreach (var (local, slot) in table.Entries)
        {
            if (!TryGetSlot(slot, out int value))
                throw Fail(where, $"local '{local}' has slot {Describe(slot)}; slots must be non-negative integers");
            // Parameters occupy slots 0..arity-1 (ACODE.md 1.5); one missing from local_vars is fine,
            // and a repeated parameter name may own any of its positions.
            int firstParameter = parameters.IndexOf(local);
            if (firstParameter >= 0 && !IsParameterSlot(parameters, local, value))
                throw Fail(where, $"parameter '{local}' is in local slot {value}, but parameters must occupy slots 0..{parameters.Length - 1} in order (expected slot {firstParameter})");
            locals.Add(new(local, value));
        }
        return locals.MoveToImmutable();
    }

    private static bool IsParameterSlot(ImmutableArray<string> parameters, string name, int slot) =>
        slot < parameters.Length && parameters[slot] == name;

    /// <summary>ACODE.md 1.7: each instruction is <c>[opcode, operand]</c>, opcode 0..255 and known, operand an int32 or null.</summary>
    private ImmutableArray<Instruction> DecodeInstructions(ListConstant list, string codeWhere)
    {
        var instructions = ImmutableArray.CreateBuilder<Instruction>(list.Items.Length);
        for (int i = 0; i < list.Items.Length; i++)
        {
            string where = $"{codeWhere}, instruction {i}";
            if (list.Items[i] is not ListConstant { Items.Length: 2 } pair)
                throw Fail(where, $"an instruction must be a 2-element array [opcode, operand], found {Describe(list.Items[i])}");

            if (pair.Items[0] is not IntConstant { Value: >= 0 and <= 255 } opcode)
                throw Fail(where, $"the opcode must be an integer 0..255, found {Describe(pair.Items[0])}");
            if (!OpcodeInfo.IsDefined((int)opcode.Value))
                throw Fail(where, $"unknown opcode 0x{opcode.Value:X2}");

            int? operand = pair.Items[1] switch
            {
                NullConstant => null,
                IntConstant { Value: >= int.MinValue and <= int.MaxValue } small => (int)small.Value,
                IntConstant or BigIntConstant => throw Fail(where, $"operand {PythonRepr.Constant(pair.Items[1])} does not fit in 32 bits"),
                var other => throw Fail(where, $"the operand must be an integer or null, found {Describe(other)}"),
            };
            instructions.Add(new Instruction((Opcode)opcode.Value, operand));
        }
        return instructions.MoveToImmutable();
    }

    private Constant Field(DictConstant record, string key, string where)
    {
        foreach (var (k, v) in record.Entries)
            if (k == key) return v;
        throw Fail(where, $"the function record has no '{key}' key");
    }

    private static bool TryGetSlot(Constant json, out int slot)
    {
        if (json is IntConstant { Value: >= 0 and <= int.MaxValue } i)
        {
            slot = (int)i.Value;
            return true;
        }
        slot = -1;
        return false;
    }

    /// <summary>Names a JSON value in a message: its kind and, for scalars, the value.</summary>
    internal static string Describe(Constant json) => json switch
    {
        IntConstant or BigIntConstant => PythonRepr.Constant(json),
        FloatConstant f => $"the float {JsonWriter.Float(f.Value)}",
        StringConstant s => $"the string {PythonRepr.String(s.Value)}",
        BoolConstant b => b.Value ? "true" : "false",
        NullConstant => "null",
        ListConstant l => l.Items.Length switch
        {
            0 => "an empty array",
            1 => "an array of 1 element",
            var n => $"an array of {n.ToString(CultureInfo.InvariantCulture)} elements",
        },
        DictConstant => "an object",
        _ => json.GetType().Name,
    };

    private DiagnosticException Fail(string where, string message) => new(new Diagnostic(file, where, message));
}
