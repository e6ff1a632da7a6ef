using Aqua.Compiler.Analysis;
using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Analysis;

public sealed class ControlFlowGraphTests
{
    [Fact]
    public void Blocks_split_at_jumps_and_their_targets()
    {
        var m = Programs.Module(c => c
            .Const(true).Jump(Opcode.JumpIfFalse, "else")
            .Const(1).Store("x").Jump(Opcode.Jump, "end")
            .Label("else").Const(2).Store("x")
            .Label("end").Halt());
        var g = CodeAnalysis.Run(m, m.Main).Graph;
        Assert.Equal(4, g.Blocks.Length);
        Assert.Equal(TerminatorKind.Conditional, g.Blocks[0].Terminator);
        Assert.Equal([2, 1], g.Blocks[0].Successors.ToArray());
        Assert.Equal([3], g.Blocks[1].Successors.ToArray());
        Assert.Equal(TerminatorKind.Halt, g.Blocks[3].Terminator);
    }

    [Theory]
    [InlineData(-1, 9)]   // the last instruction (ACODE.md 6.2: len + t)
    [InlineData(-10, 0)]
    [InlineData(10, -1)]  // at or past the end: end of code
    [InlineData(99, -1)]
    [InlineData(3, 3)]
    public void Jump_targets_resolve_as_the_vms_fetch(int operand, int expected) =>
        Assert.Equal(expected, ControlFlowGraph.ResolveTarget(operand, 10));

    [Fact]
    public void Return_in_main_does_not_end_a_block()
    {
        var m = Programs.Module(c => c.Const(1).Return().Print(p => p.Const("after")).Halt());
        Assert.Single(CodeAnalysis.Run(m, m.Main).Graph.Blocks);
    }

    [Fact]
    public void Loops_are_found_from_back_edges()
    {
        var m = Programs.Module(c => c
            .Const(0).Store("i")
            .Label("head").Load("i").Const(3).Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
            .Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "head")
            .Label("end").Halt());
        var a = CodeAnalysis.Run(m, m.Main);
        int header = a.Graph.BlockOf(2);
        Assert.True(a.Loops.IsReducible);
        Assert.True(a.Loops.IsHeader(header));
        Assert.Contains(a.Graph.BlockOf(6), a.Loops.Loops[header]);
        Assert.DoesNotContain(a.Graph.BlockOf(11), a.Loops.Loops[header]);
    }

    [Fact]
    public void A_loop_entered_in_two_places_is_irreducible()
    {
        var m = IrreducibleProgram();
        Assert.False(CodeAnalysis.Run(m, m.Main).Loops.IsReducible);
    }

    /// <summary>Two blocks jumping to each other, each also entered from the top: no structured form.</summary>
    public static AcodeModule IrreducibleProgram() => Programs.Module(c => c
        .Const(0).Store("n")
        .Const(true).Jump(Opcode.JumpIfFalse, "b")
        .Label("a").Print(p => p.Const("a"), p => p.Load("n"))
        .Load("n").Const(1).Op(Opcode.Add).Store("n")
        .Load("n").Const(4).Op(Opcode.Gt).Jump(Opcode.JumpIfTrue, "end")
        .Label("b").Print(p => p.Const("b"), p => p.Load("n"))
        .Jump(Opcode.Jump, "a")
        .Label("end").Halt());
}
