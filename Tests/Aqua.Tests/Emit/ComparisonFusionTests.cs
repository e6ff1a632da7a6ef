using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>A comparison feeding a conditional jump is tested directly, with the same results and errors.</summary>
public sealed class ComparisonFusionTests
{
    private static AcodeModule Branch(Action<CodeBuilder> condition, Opcode jump = Opcode.JumpIfFalse) => Programs.Module(
        c => c.Print(p => p.Const("f").Call(0)).Halt(),
        b => b.Function("f", [], f =>
        {
            condition(f);
            f.Jump(jump, "no").Const("yes").Return().Label("no").Const("no").Return();
        }));

    [Fact]
    public void The_comparison_becomes_the_condition()
    {
        var source = Programs.Emit(Branch(c => c.Const(1).Const(2).Op(Opcode.Lt))).Source;
        Assert.Contains("Ops.IsLess(", source);
        Assert.DoesNotContain("Ops.Lt(", source);
    }

    [Theory]
    [InlineData(Opcode.Lt, 1L, 2L, "yes")]
    [InlineData(Opcode.Gt, 1L, 2L, "no")]
    [InlineData(Opcode.Le, 2L, 2L, "yes")]
    [InlineData(Opcode.Ge, 1L, 2.5, "no")]
    [InlineData(Opcode.Eq, 1L, 1.0, "yes")]
    [InlineData(Opcode.Ne, "a", "a", "no")]
    public void Results_match_the_unfused_operators(Opcode op, object a, object b, string expected) =>
        Assert.Equal(expected + "\n", Programs.Run(Branch(c => c.Const(a).Const(b).Op(op))).Stdout);

    [Fact]
    public void In_and_not_are_fused_too()
    {
        Assert.Equal("yes\n", Programs.Run(Branch(c => c.Const("b").Const("abc").Op(Opcode.In))).Stdout);
        // not 0 is True: JUMP_IF_FALSE falls through, JUMP_IF_TRUE jumps.
        Assert.Equal("yes\n", Programs.Run(Branch(c => c.Const(0).Op(Opcode.Not))).Stdout);
        Assert.Equal("no\n", Programs.Run(Branch(c => c.Const(0).Op(Opcode.Not), Opcode.JumpIfTrue)).Stdout);
    }

    [Fact]
    public void A_failing_comparison_is_named_in_the_traceback()
    {
        var r = Programs.Run(Branch(c => c.Const(1).Const("a").Op(Opcode.Lt)));
        Assert.Equal("Runtime error: Cannot compare int < str: '<' not supported between instances of 'int' and 'str'\n  at f, instruction 2\n", r.Stderr);
    }
}
