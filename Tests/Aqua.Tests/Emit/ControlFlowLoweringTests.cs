using Aqua.Compiler.Emit;
using Aqua.Compiler.Bytecode;
using Aqua.Tests.Analysis;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>Control flow the structurer must get right, checked by running the result.</summary>
public sealed class ControlFlowLoweringTests
{
    [Fact]
    public void Irreducible_flow_falls_back_to_gotos_and_runs_correctly()
    {
        var m = ControlFlowGraphTests.IrreducibleProgram();
        var source = Programs.Emit(m).Source;
        Assert.Contains("goto B", source);
        var r = Programs.Run(m);
        Assert.Equal("a 0\nb 1\na 1\nb 2\na 2\nb 3\na 3\nb 4\na 4\n", r.Stdout);
    }

    [Fact]
    public void While_loop_becomes_a_structured_loop()
    {
        var m = Programs.Module(c => c
            .Const(0).Store("i")
            .Label("head").Load("i").Const(3).Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
            .Print(p => p.Load("i"))
            .Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "head")
            .Label("end").Halt());
        // The general code (a specialised main's resume version is flat, with gotos, by design).
        var source = Programs.Emit(m, new EmitOptions(Specialise: false)).Source;
        Assert.Contains("while (true)", source);
        Assert.DoesNotContain("goto", source);
        Assert.Equal("0\n1\n2\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void Nested_loops_with_a_jump_back_to_the_outer_header_run_correctly()
    {
        // for i in [1, 2]: for j in [10, 20]: if j == 20: (jump straight to the outer loop's next item)
        var m = Programs.Module(c => c
            .Const(1).Const(2).Op(Opcode.BuildList, 2).Op(Opcode.GetIter)
            .Label("outer").Jump(Opcode.ForIter, "end").Store("i")
            .Const(10).Const(20).Op(Opcode.BuildList, 2).Op(Opcode.GetIter)
            .Label("inner").Jump(Opcode.ForIter, "innerEnd").Store("j")
            .Print(p => p.Load("i"), p => p.Load("j"))
            .Load("j").Const(20).Op(Opcode.Eq).Jump(Opcode.JumpIfTrue, "outer")
            .Jump(Opcode.Jump, "inner")
            .Label("innerEnd").Print(p => p.Const("never")).Jump(Opcode.Jump, "outer")
            .Label("end").Halt());
        // The abandoned inner iterator stays below on the jump back: the join drops it (ACODE.md 6.2).
        Assert.Equal("1 10\n1 20\n2 10\n2 20\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void Negative_jump_target_runs_the_last_instruction_next()
    {
        // break inside while compiles to JUMP -1: in main that runs HALT (ACODE.md 5, B4).
        var m = Programs.Module(c => c
            .Label("head").Print(p => p.Const("once")).Op(Opcode.Jump, -1)
            .Jump(Opcode.Jump, "head")
            .Print(p => p.Const("never"))
            .Halt());
        Assert.Equal("once\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void Jumping_past_the_end_of_a_function_returns_null()
    {
        var m = Programs.Module(
            c => c.Print(p => p.Const("f").Call(0)).Halt(),
            b => b.Function("f", [], f => f.Op(Opcode.Jump, 100).Const(1).Return()));
        Assert.Equal("None\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void Running_off_the_end_of_a_function_returns_null()
    {
        var m = Programs.Module(
            c => c.Print(p => p.Const("f").Call(0)).Halt(),
            b => b.Function("f", [], f => f.Const(1).Pop()));
        Assert.Equal("None\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void Halt_inside_a_function_ends_the_program_normally()
    {
        var m = Programs.Module(
            c => c.Const("f").Call(0).Pop().Print(p => p.Const("never")).Halt(),
            b => b.Function("f", [], f => f.Print(p => p.Const("in f")).Halt()));
        var r = Programs.Run(m);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("in f\n", r.Stdout);
    }

    [Fact]
    public void Return_inside_a_for_loop_leaves_no_iterator_behind()
    {
        var m = Programs.Module(
            c => c.Print(p => p.Const("first").Const(7).Const(8).Op(Opcode.BuildList, 2).Call(1)).Halt(),
            b => b.Function("first", ["xs"], f => f
                .Load("xs").Op(Opcode.GetIter)
                .Label("loop").Jump(Opcode.ForIter, "end").Store("x")
                .Load("x").Return()
                .Label("end").Const(null).Return()));
        Assert.Equal("7\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void Repeat_while_loop_with_jump_if_true_runs_at_least_once()
    {
        var m = Programs.Module(c => c
            .Const(5).Store("n")
            .Label("body").Print(p => p.Load("n"))
            .Load("n").Const(1).Op(Opcode.Add).Store("n")
            .Load("n").Const(3).Op(Opcode.Lt).Jump(Opcode.JumpIfTrue, "body")
            .Halt());
        Assert.Equal("5\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void Rot_and_dup_move_the_right_values()
    {
        var m = Programs.Module(c => c
            .Const("print").Const(1).Const(2).Const(3).Op(Opcode.RotThree).Call(3).Pop()
            .Const("print").Const("a").Const("b").Op(Opcode.RotTwo).Op(Opcode.Dup).Call(3).Pop()
            .Halt());
        Assert.Equal("3 1 2\nb a a\n", Programs.Run(m).Stdout);
    }
}
