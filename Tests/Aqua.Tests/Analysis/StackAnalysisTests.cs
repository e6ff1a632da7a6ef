using Aqua.Compiler.Analysis;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Diagnostics;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Analysis;

public sealed class StackAnalysisTests
{
    private static CodeAnalysis Analyze(AcodeModule m) => CodeAnalysis.Run(m, m.Main);

    [Fact]
    public void Depth_before_each_instruction_follows_the_stack_effects()
    {
        var m = Programs.Module(c => c.Const(1).Const(2).Op(Opcode.Add).Store("x").Halt());
        Assert.Equal(new int?[] { 0, 1, 2, 1, 0 }, Analyze(m).Stack.Depths);
        Assert.Equal(2, Analyze(m).Stack.MaxDepth);
    }

    [Fact]
    public void Underflow_is_a_diagnostic_naming_the_instruction()
    {
        var m = Programs.Module(c => c.Const(1).Op(Opcode.Add).Halt());
        var e = Assert.Throws<DiagnosticException>(() => Analyze(m));
        Assert.Equal("main code, instruction 1", e.Diagnostic.Where);
        Assert.Contains("stack underflow: ADD needs 2 operand(s) but the stack holds 1", e.Diagnostic.Message);
    }

    [Fact]
    public void Underflow_inside_a_function_names_the_function()
    {
        var m = Programs.Module(c => c.Halt(), b => b.Function("f", [], f => f.Op(Opcode.Return)));
        var e = Assert.Throws<DiagnosticException>(() => CodeAnalysis.Run(m, m.Functions[0].Code));
        Assert.Equal("function 'f', instruction 0", e.Diagnostic.Where);
    }

    [Fact]
    public void A_join_takes_the_smallest_depth()
    {
        // The original compiler's switch: the matching path leaves the switch value on the stack (ACODE.md 6.2).
        var m = Programs.Module(c => c
            .Const(5).Op(Opcode.Dup).Const(5).Op(Opcode.Eq).Jump(Opcode.JumpIfFalse, "next")
            .Print(p => p.Const("five")).Jump(Opcode.Jump, "end")
            .Label("next").Pop()
            .Label("end").Print(p => p.Const("after")).Halt());
        var stack = Analyze(m).Stack;
        int end = m.Main.Instructions.Length - 5; // LOAD_CONST "print" of the last print
        Assert.Equal(0, stack.DepthBefore(end));
    }

    [Fact]
    public void A_join_that_drops_below_an_operand_is_an_underflow()
    {
        // One path reaches the ADD with one value, the other with two: the join keeps one.
        var m = Programs.Module(c => c
            .Const(1).Const(true).Jump(Opcode.JumpIfFalse, "join")
            .Const(2)
            .Label("join").Op(Opcode.Add).Halt());
        var e = Assert.Throws<DiagnosticException>(() => Analyze(m));
        Assert.Contains("ADD", e.Diagnostic.Message);
    }

    [Fact]
    public void For_iter_exit_edge_pops_the_iterator()
    {
        var m = Programs.Module(c => c
            .Op(Opcode.BuildList, 0).Op(Opcode.GetIter)
            .Label("loop").Jump(Opcode.ForIter, "end").Store("x").Jump(Opcode.Jump, "loop")
            .Label("end").Halt());
        var stack = Analyze(m).Stack;
        Assert.Equal(1, stack.DepthBefore(2)); // FOR_ITER sees the iterator
        Assert.Equal(2, stack.DepthBefore(3)); // the body gets iterator and item
        Assert.Equal(0, stack.DepthBefore(5)); // after the loop: nothing
    }

    [Fact]
    public void Unreachable_instructions_have_no_depth_and_are_not_checked()
    {
        var m = Programs.Module(c => c.Halt().Op(Opcode.Add).Halt());
        var stack = Analyze(m).Stack;
        Assert.Equal(-1, stack.DepthBefore(1));
    }

    [Fact]
    public void Constant_callee_is_known_at_the_call()
    {
        var m = Programs.Module(c => c.Const("print").Const(1).Call(1).Pop().Halt());
        var before = Analyze(m).Stack.Before(2)!.Value;
        Assert.True(before[0].IsConstant);
        Assert.False(before[1].IsConstant && m.Constants[before[1].ConstantIndex] is StringConstant);
    }

    [Fact]
    public void Import_from_without_a_constant_name_list_is_rejected()
    {
        var m = Programs.Module(c => c.Const("math").Const("pi").Op(Opcode.ImportFrom).Halt());
        var e = Assert.Throws<DiagnosticException>(() => Analyze(m));
        Assert.Contains("IMPORT_FROM needs a constant list of names", e.Diagnostic.Message);
    }
}
