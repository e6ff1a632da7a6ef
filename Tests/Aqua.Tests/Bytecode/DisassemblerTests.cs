using System.Collections.Immutable;
using Aqua.Compiler.Bytecode;
using Xunit;

namespace Aqua.Tests.Bytecode;

public sealed class DisassemblerTests
{
    /// <summary>
    /// func add(a, b): t = a + b; return t — and a main that loops, calls a method and type-checks.
    /// </summary>
    private static AcodeModule Sample()
    {
        ImmutableArray<Constant> constants =
        [
            new StringConstant("add"), new IntConstant(1), new FloatConstant(2.5), new StringConstant("it's"),
            new StringConstant("append"), NullConstant.Instance, new StringConstant("int"),
        ];
        var add = new FunctionDef("add", ["a", "b"], [new("a", 0), new("b", 1), new("t", 2)], new CodeUnit("add",
        [
            new(Opcode.LoadLocal, 0), new(Opcode.LoadLocal, 1), new(Opcode.Add, null), new(Opcode.StoreLocal, 2),
            new(Opcode.LoadVar, 2), new(Opcode.Return, null),
        ], IsMain: false));
        var main = new CodeUnit(AcodeReader.MainCodeName,
        [
            new(Opcode.LoadFunc, 0),              // 0
            new(Opcode.StoreGlobal, 0),           // 1
            new(Opcode.LoadGlobal, 1),            // 2
            new(Opcode.JumpIfFalse, 9),           // 3  (loop head) -> 9
            new(Opcode.LoadConst, 3),             // 4
            new(Opcode.CallMethod, (1 << 16) | 4),// 5
            new(Opcode.Pop, null),                // 6
            new(Opcode.Pop, 6),                   // 7  TYPE_CHECK 'int'
            new(Opcode.Jump, -7),                 // 8  -> 10 - 7 = 3
            new(Opcode.Halt, null),               // 9
        ], IsMain: true);
        return new AcodeModule("sample.acode", constants, [new("add", 0), new("x", 1)], [add], main);
    }

    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void HeaderConstantsAndGlobals()
    {
        string text = Disassembler.ToText(Sample());
        var lines = Lines(text);
        Assert.Equal("; file: sample.acode", lines[0]);
        Assert.Equal("; 7 constants, 2 globals, 1 function", lines[1]);
        Assert.Contains("     0  str    'add'", lines);
        Assert.Contains("     2  float  2.5", lines);
        Assert.Contains("     3  str    \"it's\"", lines);
        Assert.Contains("     5  None   None", lines);
        Assert.Contains("     1  x", lines);
    }

    [Fact]
    public void FunctionHeaderAndLocals()
    {
        var lines = Lines(Disassembler.ToText(Sample()));
        Assert.Contains("function add(a, b)  ; arity 2, frame 5 slots", lines);
        Assert.Contains("     0  a (parameter)", lines);
        Assert.Contains("     2  t", lines);
    }

    [Fact]
    public void InstructionsResolveTheirOperands()
    {
        var lines = Lines(Disassembler.ToText(Sample()));
        Assert.Contains("     1  LOAD_LOCAL          1  ; b", lines);
        Assert.Contains("     3  STORE_LOCAL         2  ; t", lines);
        Assert.Contains("     4  LOAD_VAR            2  ; t", lines);
        Assert.Contains("     2  ADD", lines);
        Assert.Contains("     0  LOAD_FUNC           0  ; 'add'", lines);
        Assert.Contains("     1  STORE_GLOBAL        0  ; add", lines);
        Assert.Contains("     4  LOAD_CONST          3  ; \"it's\"", lines);
        Assert.Contains("     5  CALL_METHOD     65540  ; 'append' argc=1", lines);
        Assert.Contains("     6  POP", lines);
        Assert.Contains("     7  TYPE_CHECK          6  ; 'int'", lines);
    }

    [Fact]
    public void JumpsShowTargetsAndLabels()
    {
        var lines = Lines(Disassembler.ToText(Sample()));
        // -7 in a list of 10 is index 3 (ACODE.md 6.2); both targets get the >> label.
        Assert.Contains(">>   3  JUMP_IF_FALSE       9  ; -> 9", lines);
        Assert.Contains("     8  JUMP               -7  ; -> 3", lines);
        Assert.Contains(">>   9  HALT", lines);
        Assert.Equal(2, lines.Count(l => l.StartsWith(">>", StringComparison.Ordinal)));
    }

    [Fact]
    public void JumpToTheEndIsShownAsEnd()
    {
        var module = Sample() with
        {
            Main = new CodeUnit(AcodeReader.MainCodeName, [new(Opcode.Jump, 5), new(Opcode.JumpIfTrue, 3), new(Opcode.Halt, null)], IsMain: true),
        };
        var lines = Lines(Disassembler.ToText(module));
        Assert.Contains("     0  JUMP                5  ; -> end", lines);
        Assert.Contains("     1  JUMP_IF_TRUE        3  ; -> end", lines);
        Assert.Contains(">>   3  (end)", lines);
    }

    [Fact]
    public void StackDepthColumn()
    {
        var module = Sample();
        string text = Disassembler.ToText(module, unit => unit.IsMain
            ? [0, 1, 0, 1, 0, 1, 1, 0, 0, null]
            : [0, 1, 2, 1, 0, 1]);
        var lines = Lines(text);
        Assert.Contains("     0    0  LOAD_FUNC           0  ; 'add'", lines);
        Assert.Contains("     5    1  CALL_METHOD     65540  ; 'append' argc=1", lines);
        Assert.Contains(">>   3    1  JUMP_IF_FALSE       9  ; -> 9", lines);
        Assert.Contains(">>   9    -  HALT", lines);
        Assert.Contains("     2    2  ADD", lines);
    }

    [Fact]
    public void OutputIsDeterministicWithUnixNewlines()
    {
        string first = Disassembler.ToText(Sample());
        Assert.Equal(first, Disassembler.ToText(Sample()));
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("HALT\n", first);
        Assert.DoesNotContain(Lines(first), l => l.EndsWith(' '));
    }

    [Fact]
    public void WriteAndToTextAgree()
    {
        using var writer = new StringWriter();
        Disassembler.Write(Sample(), writer);
        Assert.Equal(Disassembler.ToText(Sample()), writer.ToString());
    }
}
