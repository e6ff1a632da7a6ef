using Aqua.Compiler.Bytecode;
using Xunit;

namespace Aqua.Tests.Bytecode;

/// <summary>ACODE.md 6.1: operands checked against the constant pool, globals, frames and code length.</summary>
public sealed class AcodeReaderOperandTests
{
    // Two constants: an int and a string; two globals.
    private const string Constants = "[7, \"name\"]";
    private const string Globals = "{\"g0\": 0, \"g1\": 1}";

    private static byte[] InMain(string instructions) => AcodeBytes.Build(Constants, Globals, "{}", instructions);

    /// <summary>Function <c>f(a)</c> with local_vars {a: 0, b: 1}: frame size 3 (ACODE.md 1.5).</summary>
    private static byte[] InFunction(string instructions) => AcodeBytes.WithFunctionCode(instructions, Constants, Globals);

    private static void AssertMainError(string instructions, string message, int index = 0) =>
        AssertError(InMain(instructions), $"main code, instruction {index}", message);

    private static void AssertFunctionError(string instructions, string message, int index = 0) =>
        AssertError(InFunction(instructions), $"function 'f', instruction {index}", message);

    private static void AssertError(byte[] bytes, string where, string message)
    {
        var error = AcodeBytes.ReadError(bytes);
        Assert.Equal(where, error.Where);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ValidOperandsOfEveryKindRead()
    {
        var module = AcodeBytes.ReadOk(InFunction(
            "[[1, 0], [82, 1], [112, 1], [128, 1], [4, 1], [5, 0], [6, 2], [7, 0], [2, 2], [3, 1], " +
            "[64, 0], [65, -16], [66, 16], [110, 99], [80, 0], [103, 3], [107, 0], [122, 2], " +
            "[130, 65537], [96, null], [96, 1], [146, null], [146, 1], [8, null], [81, null], [255, null]]"));
        var code = module.Functions[0].Code.Instructions;
        Assert.Equal(26, code.Length);
        Assert.Equal(new Instruction(Opcode.CallMethod, 65537), code[18]);
        Assert.Equal(1, code[18].MethodArgCount);
        Assert.Equal(1, code[18].MethodNameIndex);
        Assert.Equal(new Instruction(Opcode.Pop, 1), code[20]);
        Assert.Equal(new Instruction(Opcode.PopAlt, null), code[23]);
    }

    [Theory]
    [InlineData(0x10, "ADD")]
    [InlineData(0x51, "RETURN")]
    [InlineData(0x08, "POP")]
    [InlineData(0xFF, "HALT")]
    [InlineData(0x90, "TRY_BEGIN")]
    public void NoOperandOpcodesRejectAnOperand(int opcode, string name) =>
        AssertMainError($"[[{opcode}, 0]]", $"{name} takes no operand, found 0");

    [Theory]
    [InlineData(0x01, "LOAD_CONST")]
    [InlineData(0x52, "LOAD_FUNC")]
    [InlineData(0x04, "LOAD_GLOBAL")]
    [InlineData(0x02, "LOAD_VAR")]
    [InlineData(0x40, "JUMP")]
    [InlineData(0x6E, "FOR_ITER")]
    [InlineData(0x50, "CALL")]
    [InlineData(0x7A, "BUILD_DICT")]
    [InlineData(0x82, "CALL_METHOD")]
    [InlineData(0x70, "GET_ATTR")]
    public void OperandOpcodesNeedAnOperand(int opcode, string name) =>
        AssertMainError($"[[9, null], [{opcode}, null]]", $"{name} needs an operand, found null", index: 1);

    [Fact]
    public void LocalOpcodesNeedAnOperandInAFunction() =>
        AssertFunctionError("[[6, null]]", "LOAD_LOCAL needs an operand, found null");

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    [InlineData(1000)]
    public void ConstantIndexMustBeInRange(int index) =>
        AssertMainError($"[[1, {index}]]", $"constant index {index} is out of range (the constant pool has 2 entries)");

    [Fact]
    public void ConstantIndexIsCheckedAgainstAnEmptyPool() =>
        AssertError(AcodeBytes.Build(main: "[[1, 0]]"), "main code, instruction 0", "constant index 0 is out of range (the constant pool has 0 entries)");

    [Theory]
    [InlineData(0x52, "LOAD_FUNC", "a name")]
    [InlineData(0x70, "GET_ATTR", "a name")]
    [InlineData(0x80, "CREATE_CLASS", "a name")]
    [InlineData(0x92, "CATCH_BEGIN", "a type name")]
    [InlineData(0x60, "TYPE_CHECK", "a type name")]
    public void NameOperandsMustBeStrings(int opcode, string name, string role) =>
        AssertMainError($"[[{opcode}, 0]]", $"{name} needs a string constant ({role}), but constant 0 is an int (7)");

    [Fact]
    public void NameConstantKindsAreDescribed()
    {
        var error = AcodeBytes.ReadError(AcodeBytes.Build(constants: "[2.5, null, {\"m\": \"C.m\"}]", main: "[[82, 0], [82, 1], [82, 2]]"));
        Assert.Equal("LOAD_FUNC needs a string constant (a name), but constant 0 is a float (2.5)", error.Message);
        error = AcodeBytes.ReadError(AcodeBytes.Build(constants: "[{\"m\": \"C.m\"}]", main: "[[128, 0]]"));
        Assert.Equal("CREATE_CLASS needs a string constant (a name), but constant 0 is a dict", error.Message);
    }

    [Fact]
    public void LoadConstTakesAnyConstant() =>
        Assert.Equal(4, AcodeBytes.ReadOk(AcodeBytes.Build(constants: "[1, [\"a\"], {\"m\": \"C.m\"}, null]", main: "[[1, 0], [1, 1], [1, 2], [1, 3]]")).Main.Instructions.Length);

    [Theory]
    [InlineData(4, 2)]
    [InlineData(5, -1)]
    [InlineData(4, 99)]
    public void GlobalSlotMustBeInRange(int opcode, int slot) =>
        AssertMainError($"[[{opcode}, {slot}]]", $"global slot {slot} is out of range (the globals table has 2 entries)");

    [Fact]
    public void GlobalSlotIsCheckedInFunctionsToo() =>
        AssertFunctionError("[[6, 0], [5, 2]]", "global slot 2 is out of range (the globals table has 2 entries)", index: 1);

    [Theory]
    [InlineData(6, 3)]
    [InlineData(7, -1)]
    [InlineData(6, 40)]
    public void LocalSlotMustBeInTheFrame(int opcode, int slot) =>
        AssertFunctionError($"[[{opcode}, {slot}]]", $"local slot {slot} is out of range (the frame has 3 slots: 1 parameter + 2 local_vars)");

    [Theory]
    [InlineData(6, "LOAD_LOCAL")]
    [InlineData(7, "STORE_LOCAL")]
    public void LocalOpcodesAreRejectedInMain(int opcode, string name) =>
        AssertMainError($"[[{opcode}, 0]]", $"{name} in the main code: not in a function");

    [Fact]
    public void VarOpcodesUseGlobalRulesInMain()
    {
        Assert.Single(AcodeBytes.ReadOk(InMain("[[2, 1]]")).Main.Instructions);
        AssertMainError("[[2, 2]]", "global slot 2 is out of range (the globals table has 2 entries)");
        AssertMainError("[[3, -1]]", "global slot -1 is out of range (the globals table has 2 entries)");
    }

    [Fact]
    public void VarOpcodesUseLocalRulesInAFunction()
    {
        Assert.Single(AcodeBytes.ReadOk(InFunction("[[3, 2]]")).Functions);
        AssertFunctionError("[[2, 3]]", "local slot 3 is out of range (the frame has 3 slots: 1 parameter + 2 local_vars)");
    }

    [Theory]
    [InlineData(0x40)]
    [InlineData(0x41)]
    [InlineData(0x42)]
    [InlineData(0x6E)]
    public void JumpTargetBelowMinusLenIsRejected(int opcode)
    {
        AssertMainError($"[[9, null], [{opcode}, -5], [9, null], [255, null]]", "jump target -5 is below -len (len 4)", index: 1);
        AssertFunctionError($"[[{opcode}, -40]]", "jump target -40 is below -len (len 1)");
    }

    [Fact]
    public void JumpTargetsFromMinusLenUpwardAreLegal()
    {
        var module = AcodeBytes.ReadOk(InMain("[[64, -4], [64, -1], [64, 4], [64, 1000]]"));
        Assert.Equal([-4, -1, 4, 1000], module.Main.Instructions.Select(i => i.Arg));
    }

    [Theory]
    [InlineData(0x50, "CALL argument count -1 is negative")]
    [InlineData(0x67, "BUILD_LIST item count -1 is negative")]
    [InlineData(0x6B, "BUILD_TUPLE item count -1 is negative")]
    [InlineData(0x7A, "BUILD_DICT item count -1 is negative")]
    public void CountsMustNotBeNegative(int opcode, string message) =>
        AssertMainError($"[[{opcode}, -1]]", message);

    [Fact]
    public void CallMethodArgCountMustNotBeNegative() =>
        AssertMainError("[[130, -65535]]", "CALL_METHOD argument count -1 is negative (operand -65535)");

    [Fact]
    public void CallMethodNameIndexMustBeInRange() =>
        AssertMainError($"[[130, {(2 << 16) | 5}]]", "constant index 5 is out of range (the constant pool has 2 entries)");

    [Fact]
    public void CallMethodNameMustBeAString() =>
        AssertMainError($"[[130, {(1 << 16) | 0}]]", "CALL_METHOD needs a string constant (a method name), but constant 0 is an int (7)");

    [Fact]
    public void PopWithNullAndCatchAllAreLegal()
    {
        var module = AcodeBytes.ReadOk(InMain("[[96, null], [146, null], [8, null]]"));
        Assert.All(module.Main.Instructions, i => Assert.Null(i.Operand));
    }
}
