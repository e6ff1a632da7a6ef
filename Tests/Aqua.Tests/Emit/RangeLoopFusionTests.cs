using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>`for x in range(...)` iterates lazily and behaves exactly like iterating range()'s list.</summary>
public sealed class RangeLoopFusionTests
{
    private static AcodeModule ForRange(params object[] args) => Programs.Module(c =>
    {
        c.Const("range");
        foreach (var a in args) c.Const(a);
        c.Call(args.Length).Op(Opcode.GetIter)
            .Label("loop").Jump(Opcode.ForIter, "end").Store("i").Print(p => p.Load("i")).Jump(Opcode.Jump, "loop")
            .Label("end").Halt();
    });

    [Fact]
    public void The_loop_keeps_its_range_in_a_cursor_local()
    {
        var source = Programs.Emit(ForRange(3)).Source;
        Assert.Contains("RangeCursor.Start(", source);
        Assert.Contains(".MoveNext(out ", source);
        Assert.DoesNotContain("Iteration.GetIter(", source);
        Assert.DoesNotContain("Builtins.Range(", source);
    }

    [Fact]
    public void An_iterator_stored_in_a_variable_stays_a_heap_iterator()
    {
        // it = iter(range(3)); loop: LOAD it; FOR_ITER end; STORE x; POP; print(x)
        var m = Programs.Module(c => c
            .Const("range").Const(3).Call(1).Op(Opcode.GetIter).Store("it")
            .Label("loop").Load("it").Jump(Opcode.ForIter, "end").Store("x").Pop().Print(p => p.Load("x")).Jump(Opcode.Jump, "loop")
            .Label("end").Halt());
        var source = Programs.Emit(m).Source;
        Assert.DoesNotContain("RangeCursor", source);
        Assert.Contains("Builtins.RangeIterator(", source);
        Assert.Equal("0\n1\n2\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void Three_arguments_use_the_general_start()
    {
        Assert.Contains("RangeCursor.Start([", Programs.Emit(ForRange(0L, 9L, 3L)).Source);
        Assert.Equal("0\n3\n6\n", Programs.Run(ForRange(0L, 9L, 3L)).Stdout);
    }

    [Theory]
    [InlineData(new object[] { 3L }, "0\n1\n2\n")]
    [InlineData(new object[] { 2L, 10L, 3L }, "2\n5\n8\n")]
    [InlineData(new object[] { 5L, 0L, -2L }, "5\n3\n1\n")]
    [InlineData(new object[] { 5L, 0L }, "")]
    [InlineData(new object[] { -2L }, "")]
    [InlineData(new object[] { -9223372036854775807L, -9223372036854775805L }, "-9223372036854775807\n-9223372036854775806\n")]
    [InlineData(new object[] { 2.7 }, "0\n1\n")]
    [InlineData(new object[] { "3" }, "0\n1\n2\n")]
    public void Items_match_the_list_range_returns(object[] args, string expected) =>
        Assert.Equal(expected, Programs.Run(ForRange(args)).Stdout);

    [Fact]
    public void Big_int_bounds_still_work()
    {
        var big = System.Numerics.BigInteger.Pow(2, 70);
        Assert.Equal($"{big}\n{big + 1}\n", Programs.Run(ForRange(big, big + 2)).Stdout);
    }

    [Theory]
    [InlineData(new object[] { 1L, 2L, 0L }, "Runtime error: Error in builtin function 'range': Invalid arguments for range(): range() arg 3 must not be zero")]
    [InlineData(new object[] { 1L, 2L, 3L, 4L }, "Runtime error: Error in builtin function 'range': range() takes 1 to 3 arguments")]
    [InlineData(new object[] { 1L << 40 }, "Runtime error: Error in builtin function 'range': range() result has too many items")]
    [InlineData(new object[] { 0L, 1L << 40 }, "Runtime error: Error in builtin function 'range': range() result has too many items")]
    public void Errors_are_those_of_range(object[] args, string expected) =>
        Assert.StartsWith(expected, Programs.Run(ForRange(args)).Stderr);

    [Fact]
    public void A_range_whose_list_is_kept_is_not_fused()
    {
        var m = Programs.Module(c => c.Const("range").Const(3).Call(1).Store("r").Print(p => p.Load("r")).Halt());
        Assert.DoesNotContain("RangeIterator", Programs.Emit(m).Source);
        Assert.Equal("[0, 1, 2]\n", Programs.Run(m).Stdout);
    }
}
