using Aqua.Compiler.Bytecode;
using Xunit;

namespace Aqua.Tests.Bytecode;

/// <summary>ACODE.md 1.3–1.7 and 6.1: the shapes of the sections, function records and instructions.</summary>
public sealed class AcodeReaderShapeTests
{
    private static void AssertError(byte[] bytes, string where, string message)
    {
        var error = AcodeBytes.ReadError(bytes);
        Assert.Equal(where, error.Where);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ConstantsMustBeAnArray() =>
        AssertError(AcodeBytes.Build(constants: "{}"), "constants section", "the constants section must be a JSON array, found an object");

    [Fact]
    public void GlobalsMustBeAnObject() =>
        AssertError(AcodeBytes.Build(globals: "[]"), "globals section", "the globals section must be a JSON object, found an empty array");

    [Fact]
    public void FunctionsMustBeAnObject() =>
        AssertError(AcodeBytes.Build(functions: "null"), "functions section", "the functions section must be a JSON object, found null");

    [Fact]
    public void MainMustBeAnArray() =>
        AssertError(AcodeBytes.Build(main: "{\"a\": 1}"), "main section", "the main section must be a JSON array of instructions, found an object");

    [Theory]
    [InlineData("-1", "-1")]
    [InlineData("\"0\"", "the string '0'")]
    [InlineData("1.0", "the float 1.0")]
    [InlineData("null", "null")]
    [InlineData("99999999999", "99999999999")]
    public void GlobalSlotsMustBeNonNegativeInts(string slot, string shown) =>
        AssertError(AcodeBytes.Build(globals: $"{{\"ok\": 0, \"x\": {slot}}}"), "globals section",
            $"global 'x' has slot {shown}; slots must be non-negative integers");

    [Fact]
    public void GlobalsKeepTableOrder()
    {
        var module = AcodeBytes.ReadOk(AcodeBytes.Build(globals: "{\"b\": 1, \"a\": 0}"));
        Assert.Equal(["b", "a"], module.Globals.Select(g => g.Key));
        Assert.Equal(2, module.GlobalCount);
    }

    [Fact]
    public void FunctionRecordMustBeAnObject() =>
        AssertError(AcodeBytes.WithFunction("[]"), "function 'f'", "the function record must be a JSON object, found an empty array");

    [Theory]
    [InlineData("parameters")]
    [InlineData("local_vars")]
    [InlineData("instructions")]
    public void FunctionRecordNeedsEachKey(string missing)
    {
        var fields = new Dictionary<string, string>
        {
            ["parameters"] = "\"parameters\": []",
            ["local_vars"] = "\"local_vars\": {}",
            ["instructions"] = "\"instructions\": []",
        };
        fields.Remove(missing);
        AssertError(AcodeBytes.WithFunction("{" + string.Join(", ", fields.Values) + "}"), "function 'f'",
            $"the function record has no '{missing}' key");
    }

    [Fact]
    public void ParametersMustBeAnArray() =>
        AssertError(AcodeBytes.WithFunction("{\"parameters\": \"a\", \"local_vars\": {}, \"instructions\": []}"), "function 'f'",
            "'parameters' must be an array of strings, found the string 'a'");

    [Fact]
    public void ParametersMustBeStrings() =>
        AssertError(AcodeBytes.WithFunction("{\"parameters\": [\"a\", 1], \"local_vars\": {}, \"instructions\": []}"), "function 'f'",
            "parameter 1 must be a string, found 1");

    [Fact]
    public void LocalVarsMustBeAnObject() =>
        AssertError(AcodeBytes.WithFunction("{\"parameters\": [], \"local_vars\": [], \"instructions\": []}"), "function 'f'",
            "'local_vars' must be an object mapping names to slots, found an empty array");

    [Theory]
    [InlineData("-2", "-2")]
    [InlineData("true", "true")]
    [InlineData("2.0", "the float 2.0")]
    public void LocalSlotsMustBeNonNegativeInts(string slot, string shown) =>
        AssertError(AcodeBytes.WithFunction($"{{\"parameters\": [], \"local_vars\": {{\"t\": {slot}}}, \"instructions\": []}}"), "function 'f'",
            $"local 't' has slot {shown}; slots must be non-negative integers");

    [Fact]
    public void ParametersMustOccupyTheFirstSlots() =>
        AssertError(AcodeBytes.WithFunction("{\"parameters\": [\"a\", \"b\"], \"local_vars\": {\"b\": 0, \"a\": 1}, \"instructions\": []}"), "function 'f'",
            "parameter 'b' is in local slot 0, but parameters must occupy slots 0..1 in order (expected slot 1)");

    [Fact]
    public void ParametersMissingFromLocalVarsAreFine()
    {
        var module = AcodeBytes.ReadOk(AcodeBytes.WithFunction("{\"parameters\": [\"a\", \"b\"], \"local_vars\": {\"t\": 2}, \"instructions\": [[6, 1]]}"));
        var f = module.Functions[0];
        Assert.Equal(2, f.Arity);
        Assert.Equal(3, f.FrameSize);
    }

    [Fact]
    public void RepeatedParameterNamesAreAccepted()
    {
        var module = AcodeBytes.ReadOk(AcodeBytes.WithFunction("{\"parameters\": [\"a\", \"a\"], \"local_vars\": {\"a\": 1}, \"instructions\": []}"));
        Assert.Equal(["a", "a"], module.Functions[0].Parameters.ToArray());
    }

    [Fact]
    public void InstructionsMustBeAnArray() =>
        AssertError(AcodeBytes.WithFunction("{\"parameters\": [], \"local_vars\": {}, \"instructions\": 3}"), "function 'f'",
            "'instructions' must be an array, found 3");

    [Fact]
    public void ExtraRecordKeysAreIgnored()
    {
        var module = AcodeBytes.ReadOk(AcodeBytes.WithFunction(
            "{\"return_type\": \"int\", \"parameters\": [\"x\"], \"local_vars\": {\"x\": 0}, \"instructions\": [[6, 0], [81, null]], \"extra\": [1]}"));
        var f = Assert.Single(module.Functions);
        Assert.Equal([new Instruction(Opcode.LoadLocal, 0), new Instruction(Opcode.Return, null)], f.Code.Instructions.ToArray());
    }

    [Fact]
    public void RepeatedFunctionKeepsFirstPositionAndLastBody()
    {
        var module = AcodeBytes.ReadOk(AcodeBytes.Build(functions:
            "{\"g\": {\"parameters\": [], \"local_vars\": {}, \"instructions\": [[9, null]]}, " +
            "\"h\": {\"parameters\": [], \"local_vars\": {}, \"instructions\": []}, " +
            "\"g\": {\"parameters\": [], \"local_vars\": {}, \"instructions\": [[81, null]]}}"));
        Assert.Equal(["g", "h"], module.Functions.Select(f => f.Name));
        Assert.Equal(Opcode.Return, module.FindFunction("g")!.Code.Instructions[0].Op);
    }

    [Theory]
    [InlineData("5", "5")]
    [InlineData("[1]", "an array of 1 element")]
    [InlineData("[1, null, 2]", "an array of 3 elements")]
    [InlineData("{\"op\": 1}", "an object")]
    [InlineData("null", "null")]
    public void InstructionMustBeAPair(string instruction, string shown) =>
        AssertError(AcodeBytes.Build(main: $"[[9, null], {instruction}]"), "main code, instruction 1",
            $"an instruction must be a 2-element array [opcode, operand], found {shown}");

    [Theory]
    [InlineData("256", "256")]
    [InlineData("-1", "-1")]
    [InlineData("1.0", "the float 1.0")]
    [InlineData("\"LOAD_CONST\"", "the string 'LOAD_CONST'")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("100000000000000000000", "100000000000000000000")]
    public void OpcodeMustBeAnIntegerByte(string opcode, string shown) =>
        AssertError(AcodeBytes.WithFunctionCode($"[[{opcode}, null]]"), "function 'f', instruction 0",
            $"the opcode must be an integer 0..255, found {shown}");

    [Theory]
    [InlineData(0x00, "0x00")]
    [InlineData(0x61, "0x61")]
    [InlineData(0x72, "0x72")]
    [InlineData(0x98, "0x98")]
    [InlineData(0xFE, "0xFE")]
    public void UnknownOpcodeIsRejected(int opcode, string hex) =>
        AssertError(AcodeBytes.Build(main: $"[[1, 0], [{opcode}, null]]", constants: "[1]"), "main code, instruction 1", $"unknown opcode {hex}");

    [Theory]
    [InlineData("\"0\"", "the string '0'")]
    [InlineData("0.0", "the float 0.0")]
    [InlineData("false", "false")]
    [InlineData("[0]", "an array of 1 element")]
    public void OperandMustBeAnIntegerOrNull(string operand, string shown) =>
        AssertError(AcodeBytes.Build(constants: "[1]", main: $"[[1, {operand}]]"), "main code, instruction 0",
            $"the operand must be an integer or null, found {shown}");

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("123456789012345678901234")]
    public void OperandMustFitInt32(string operand) =>
        AssertError(AcodeBytes.Build(main: $"[[64, {operand}]]"), "main code, instruction 0", $"operand {operand} does not fit in 32 bits");

    [Fact]
    public void FunctionErrorsComeBeforeMainErrors()
    {
        // Function records are checked in file order, then the main code.
        var error = AcodeBytes.ReadError(AcodeBytes.Build(
            functions: "{\"good\": {\"parameters\": [], \"local_vars\": {}, \"instructions\": [[81, null]]}, \"bad\": {\"parameters\": [], \"local_vars\": {}, \"instructions\": [[9, null], [9, null], [0, null]]}}",
            main: "[[0, null]]"));
        Assert.Equal("function 'bad', instruction 2", error.Where);
    }
}
