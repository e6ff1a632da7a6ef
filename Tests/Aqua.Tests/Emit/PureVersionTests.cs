using System.Numerics;
using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>
/// Pure versions (PureFunctionEmitter): a specialised function with a typed result that changes
/// nothing outside its frame computes unboxed, with no frame record and no depth count; where it
/// cannot finish (an overflow, an error to raise, a value of another kind, a recursion too deep)
/// the call runs again in the general code, which must give exactly what it always gives.
/// </summary>
public sealed class PureVersionTests
{
    // grow(n): x = 1; i = 0; while i < n: x = x * 3; i = i + 1; return x;  twice(n): return n * 2
    private static Action<AcodeBuilder> Grow => b => b.Function("grow", ["n"], f => f
        .Const(1).Store("x").Const(0).Store("i")
        .Label("loop").Load("i").Load("n").Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
        .Load("x").Const(3).Op(Opcode.Mul).Store("x")
        .Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "loop")
        .Label("end").Load("x").Return())
        .Function("twice", ["n"], f => f.Load("n").Const(2).Op(Opcode.Mul).Return());

    [Fact]
    public void A_loop_that_only_computes_is_pure_and_an_overflow_is_computed_again_with_big_ints()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("grow").Const(5).Call(1))
            .Print(p => p.Const("grow").Const(50).Call(1))
            .Print(p => p.Const("grow").Const(3).Call(1))
            .Print(p => p.Const("twice").Const(21).Call(1)).Halt(), Grow);
        var source = Programs.Emit(m).Source;
        Assert.Contains("private static long F0_grow_P(long l0, int depth)", source);
        Assert.Contains("long r = F0_grow_P(l0, depth);", source);
        Assert.DoesNotContain("F0_grow_R(", source); // no resume version: the general code runs the call again
        var (r, left) = Programs.RunAndListLeaves(m);
        Assert.Equal($"243\n{BigInteger.Pow(3, 50)}\n27\n42\n", r.Stdout);
        // The overflow sent grow to the general code; the failure was cleared, so twice's pure version did not fail.
        Assert.Equal(["grow"], left);
        Assert.Equal(r.Stdout, Programs.RunBothWays(m).Stdout);
    }

    // down(n): if n == 0: return 0; return down(n - 1) + 1
    private static Action<AcodeBuilder> Down => b => b.Function("down", ["n"], f => f
        .Load("n").Const(0).Op(Opcode.Eq).Jump(Opcode.JumpIfFalse, "rec")
        .Const(0).Return()
        .Label("rec").Const("down").Load("n").Const(1).Op(Opcode.Sub).Call(1).Const(1).Op(Opcode.Add).Return());

    [Fact]
    public void A_pure_recursion_too_deep_raises_the_general_RecursionError_with_its_traceback()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("down").Const(50_000).Call(1))
            .Print(p => p.Const("down").Const(1_000_000).Call(1)).Halt(), Down);
        var source = Programs.Emit(m).Source;
        Assert.Contains("private static long F0_down_P(long l0, int depth)", source);
        Assert.Contains("!Host.DepthOk(depth)", source);
        var r = Programs.RunBothWays(m);
        Assert.Equal("50000\n", r.Stdout);
        Assert.StartsWith("Runtime error: maximum recursion depth exceeded\n  at down, instruction 10\n", r.Stderr);
    }

    // inv(n): return 10 / n;  suminv(n): s = 0.0; for i in range(-2, n): s = s + inv(i); return s
    private static Action<AcodeBuilder> SumOfInverses => b => b
        .Function("inv", ["n"], f => f.Const(10).Load("n").Op(Opcode.Div).Return())
        .Function("suminv", ["n"], f => f.Const(0.0).Store("s")
            .Const("range").Const(-2).Load("n").Call(2).Op(Opcode.GetIter)
            .Label("loop").Jump(Opcode.ForIter, "end").Store("i")
            .Load("s").Const("inv").Load("i").Call(1).Op(Opcode.Add).Store("s").Jump(Opcode.Jump, "loop")
            .Label("end").Load("s").Return());

    [Fact]
    public void An_error_in_a_pure_call_is_raised_by_the_general_code_with_every_frame()
    {
        // suminv(-1) covers -2 only; suminv(3) reaches inv(0).
        var m = Programs.Module(c => c.Print(p => p.Const("suminv").Const(-1).Call(1))
            .Print(p => p.Const("suminv").Const(3).Call(1)).Halt(), SumOfInverses);
        var source = Programs.Emit(m).Source;
        Assert.Contains("private static double F0_inv_P(long l0, int depth)", source);
        Assert.Contains("private static double F1_suminv_P(long l0, int depth)", source);
        Assert.Contains("= F0_inv_P(", source);
        var r = Programs.RunBothWays(m);
        Assert.Equal("-5.0\n", r.Stdout);
        Assert.Equal("Runtime error: Division by zero\n  at inv, instruction 2\n  at suminv, instruction 12\n", r.Stderr);
    }

    // step(n): return 1 / n;  spin(n): c = 0; while step(n) == 0.0: c = c + 1; return c
    private static Action<AcodeBuilder> Spin => b => b
        .Function("step", ["n"], f => f.Const(1).Load("n").Op(Opcode.Div).Return())
        .Function("spin", ["n"], f => f.Const(0).Store("c")
            .Label("loop").Const("step").Load("n").Call(1).Const(0.0).Op(Opcode.Eq).Jump(Opcode.JumpIfFalse, "end")
            .Load("c").Const(1).Op(Opcode.Add).Store("c").Jump(Opcode.Jump, "loop")
            .Label("end").Load("c").Return());

    [Fact]
    public void A_failed_callee_fails_its_pure_caller_at_once()
    {
        // step(0) fails; had spin gone on with the failed call's placeholder result (0.0), it would never end.
        var m = Programs.Module(c => c.Print(p => p.Const("spin").Const(1).Call(1))
            .Print(p => p.Const("spin").Const(0).Call(1)).Halt(), Spin);
        Assert.Contains("F1_spin_P(long l0, int depth)", Programs.Emit(m).Source);
        var (r, left) = Programs.RunAndListLeaves(m, TimeSpan.FromSeconds(30));
        Assert.Equal("0\n", r.Stdout);
        Assert.Equal("Runtime error: Division by zero\n  at step, instruction 2\n  at spin, instruction 4\n", r.Stderr);
        // spin ran again in the general code, whose call of step failed in step's pure version and ran again too.
        Assert.Equal(["step", "spin"], left);
    }

    // total(xs, n): s = 0; for i in range(n): s = s + xs[i] * 1; return s   (the item is read as a number)
    private static Action<AcodeBuilder> Total => b => b.Function("total", ["xs", "n"], f => f
        .Const(0).Store("s")
        .Const("range").Load("n").Call(1).Op(Opcode.GetIter)
        .Label("loop").Jump(Opcode.ForIter, "end").Store("i")
        .Load("s").Load("xs").Load("i").Op(Opcode.GetItem).Const(1).Op(Opcode.Mul).Op(Opcode.Add).Store("s").Jump(Opcode.Jump, "loop")
        .Label("end").Load("s").Return());

    [Fact]
    public void A_pure_function_reads_list_items_and_leaves_any_other_item_to_the_general_code()
    {
        var m = Programs.Module(c => c
            .Print(p => p.Const("total").Const(1).Const(2.5).Const(3).Op(Opcode.BuildList, 3).Const(3).Call(2))
            .Print(p => p.Const("total").Const(1).Const(BigInteger.Pow(2, 70)).Op(Opcode.BuildList, 2).Const(2).Call(2))
            .Print(p => p.Const("total").Const(1).Const(2).Op(Opcode.BuildList, 2).Const(3).Call(2)).Halt(), Total);
        var source = Programs.Emit(m).Source;
        Assert.Contains("F0_total_P(AquaList l0, long l1, int depth)", source);
        Assert.Contains("if (!TypedItems.TryGetNum(", source);
        var r = Programs.RunBothWays(m);
        Assert.Equal($"6.5\n{BigInteger.Pow(2, 70) + 1}\n", r.Stdout);
        Assert.Equal("Runtime error: Cannot get item from list: list index out of range\n  at total, instruction 11\n", r.Stderr);
    }

    // bump(xs): xs[0] = xs[0] + 1; return 1;  calls(xs): return bump(xs) + 1;  twice(n): return n * 2
    private static Action<AcodeBuilder> Effects => b => b
        .Function("bump", ["xs"], f => f.Load("xs").Const(0).Load("xs").Const(0).Op(Opcode.GetItem).Const(1).Op(Opcode.Add)
            .Op(Opcode.SetItem).Const(1).Return())
        .Function("calls", ["xs"], f => f.Const("bump").Load("xs").Call(1).Const(1).Op(Opcode.Add).Return())
        .Function("twice", ["n"], f => f.Load("n").Const(2).Op(Opcode.Mul).Return());

    [Fact]
    public void A_write_makes_a_function_impure_and_so_every_function_that_calls_it()
    {
        var m = Programs.Module(c => c.Const(5).Op(Opcode.BuildList, 1).Store("xs")
            .Print(p => p.Const("calls").Load("xs").Call(1))
            .Print(p => p.Const("twice").Const(21).Call(1))
            .Print(p => p.Load("xs")).Halt(), Effects);
        var source = Programs.Emit(m).Source;
        Assert.DoesNotContain("F0_bump_P(", source);
        Assert.DoesNotContain("F1_calls_P(", source);
        Assert.Contains("F2_twice_P(", source);
        Assert.Equal("2\n42\n[6]\n", Programs.RunBothWays(m).Stdout);
    }
}
