using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>
/// Float bodies (Emit/Typed/FloatListBody.cs): a loop's straight tail of constant-index item
/// reads and writes and float arithmetic gets a version over the lists' double arrays, taken when
/// every list it touches holds floats only and enough of them. Each program runs specialised and
/// general (which never has a float body), and the values are CPython 3.11's.
/// </summary>
public sealed class FloatBodyTests
{
    // step(a, b, n, dt):
    //   d = 0.0
    //   for i in range(n):
    //     d = a[0] - b[0]; s = d * d + 1.0; m = dt / (s * s ** 0.5)
    //     a[1] = a[1] - d * m; b[1] = b[1] + d * m * 2
    //     a[0] = a[0] + dt * a[1]; b[0] = b[0] + dt * b[1]
    //   return d
    private static Action<AcodeBuilder> Step => b => b.Function("step", ["a", "b", "n", "dt"], f => f
        .Const(0.0).Store("d")
        .Const("range").Load("n").Call(1).Op(Opcode.GetIter)
        .Label("loop").Jump(Opcode.ForIter, "done").Store("i")
        .Load("a").Const(0).Op(Opcode.GetItem).Load("b").Const(0).Op(Opcode.GetItem).Op(Opcode.Sub).Store("d")
        .Load("d").Load("d").Op(Opcode.Mul).Const(1.0).Op(Opcode.Add).Store("s")
        .Load("dt").Load("s").Load("s").Const(0.5).Op(Opcode.Pow).Op(Opcode.Mul).Op(Opcode.Div).Store("m")
        .Load("a").Const(1).Load("a").Const(1).Op(Opcode.GetItem).Load("d").Load("m").Op(Opcode.Mul).Op(Opcode.Sub).Op(Opcode.SetItem)
        .Load("b").Const(1).Load("b").Const(1).Op(Opcode.GetItem).Load("d").Load("m").Op(Opcode.Mul).Const(2).Op(Opcode.Mul)
            .Op(Opcode.Add).Op(Opcode.SetItem)
        .Load("a").Const(0).Load("a").Const(0).Op(Opcode.GetItem).Load("dt").Load("a").Const(1).Op(Opcode.GetItem).Op(Opcode.Mul)
            .Op(Opcode.Add).Op(Opcode.SetItem)
        .Load("b").Const(0).Load("b").Const(0).Op(Opcode.GetItem).Load("dt").Load("b").Const(1).Op(Opcode.GetItem).Op(Opcode.Mul)
            .Op(Opcode.Add).Op(Opcode.SetItem)
        .Jump(Opcode.Jump, "loop")
        .Label("done").Load("d").Return());

    private static Action<CodeBuilder> List(params object[] items) => p =>
    {
        foreach (var item in items) p.Const(item);
        p.Op(Opcode.BuildList, items.Length);
    };

    /// <summary>a = [..]; b = [..]; print(step(a, b, n, 0.01)); print(a); print(b)</summary>
    private static Action<CodeBuilder> StepAndShow(object[] a, object[] b, int n) => c =>
    {
        List(a)(c);
        c.Store("a");
        List(b)(c);
        c.Store("b")
            .Print(p => p.Const("step").Load("a").Load("b").Const(n).Const(0.01).Call(4))
            .Print(p => p.Load("a")).Print(p => p.Load("b"));
    };

    [Fact]
    public void A_loop_of_float_item_arithmetic_gets_a_float_version_with_the_results_of_the_general_code()
    {
        var m = Programs.Module(c =>
        {
            StepAndShow([1.0, 0.5], [0.0, 0.25], 100)(c);
            // Ints first: the typed code runs until the writes have made every item a float.
            StepAndShow([1, 0], [0, 0.25], 100)(c);
            // The same list as both: its writes are seen by the reads after them.
            List(2.0, 1.0)(c);
            c.Store("a").Print(p => p.Const("step").Load("a").Load("a").Const(10).Const(0.01).Call(4)).Print(p => p.Load("a"));
            // No iteration: d keeps the value it had before the loop.
            StepAndShow([1, 2], [0, 3], 0)(c);
            // One iteration over int items: d is the int 2 (an int read as a float would print 2.0).
            StepAndShow([3, 0.5], [1, 0.25], 1)(c);
            c.Halt();
        }, Step);
        var method = SpecialisationTests.MethodText(Programs.Emit(m).Source, "private static Value F0_step_T(");
        Assert.Contains("l0?.FloatsOnly(2) is { } ", method);
        Assert.Contains("l1?.FloatsOnly(2) is { } ", method);
        var (result, left) = Programs.RunAndListLeaves(m);
        Assert.Empty(left);
        Assert.Equal(
            "0.7217704811637158\n[1.3211507597792898, 0.13939327247179584]\n[0.6076984804414202, 0.9712134550564082]\n"
            + "0.20808334717665133\n[0.815009517416891, -0.3518264975326265]\n[0.6199809651662185, 0.9536529950652527]\n"
            + "0.0\n[2.1999999999999957, 1.0]\n"
            + "0.0\n[1, 2]\n[0, 3]\n"
            + "2\n[3.00498211145618, 0.4982111456180002]\n[1.00253577708764, 0.25357770876399965]\n",
            result.Stdout);
        Assert.Equal(result.Stdout, Programs.RunBothWays(m).Stdout);
    }

    /// <summary>The specialised step, float version and typed code side by side, approved (a change to either shows as a diff).</summary>
    [Fact]
    public void The_translation_of_a_float_body_is_approved()
    {
        var m = Programs.Module(StepAndShow([1.0, 0.5], [0.0, 0.25], 1), Step);
        Approvals.Verify(SpecialisationTests.MethodText(Programs.Emit(m).Source, "private static Value F0_step_T("),
            $"{nameof(FloatBodyTests)}.step_specialised", "cs");
    }

    [Fact]
    public void A_list_too_short_or_not_of_floats_takes_the_typed_code_and_raises_its_error()
    {
        var shortList = Programs.Module(StepAndShow([1.0], [0.0, 0.25], 5), Step);
        var r = Programs.RunBothWays(shortList);
        Assert.Contains("list index out of range", r.Stderr);

        var withStr = Programs.Module(StepAndShow([1.0, "x"], [0.0, 0.25], 5), Step);
        r = Programs.RunBothWays(withStr);
        Assert.Contains("Cannot subtract float from", r.Stderr);
    }

    // halve(a, n): for i in range(n): a[1] = a[0] / a[1]; a[0] = a[0] - 1.0
    private static Action<AcodeBuilder> Halve => b => b.Function("halve", ["a", "n"], f => f
        .Const("range").Load("n").Call(1).Op(Opcode.GetIter)
        .Label("loop").Jump(Opcode.ForIter, "done").Store("i")
        .Load("a").Const(1).Load("a").Const(0).Op(Opcode.GetItem).Load("a").Const(1).Op(Opcode.GetItem).Op(Opcode.Div).Op(Opcode.SetItem)
        .Load("a").Const(0).Load("a").Const(0).Op(Opcode.GetItem).Const(1.0).Op(Opcode.Sub).Op(Opcode.SetItem)
        .Jump(Opcode.Jump, "loop")
        .Label("done").Load("a").Return());

    [Fact]
    public void A_zero_divisor_in_a_float_body_raises_with_the_division_in_the_traceback()
    {
        // [3.0, 1.0] -> [2.0, 3.0] -> [1.0, 0.666..] -> [0.0, 1.5] -> a[1] = 0.0 / 1.5 = 0.0, a[0] = -1.0 -> -1.0 / 0.0 raises.
        var m = Programs.Module(c => c.Print(p => p.Const("halve").Const(3.0).Const(1.0).Op(Opcode.BuildList, 2).Const(10).Call(2)).Halt(), Halve);
        Assert.Contains("FloatsOnly(2)", Programs.Emit(m).Source);
        var r = Programs.RunBothWays(m);
        Assert.Equal("", r.Stdout);
        Assert.Contains("Runtime error: Division by zero", r.Stderr);
        // The DIV is instruction 14 of halve (RunBothWays has compared the whole traceback with the general code's).
        Assert.Contains("at halve, instruction 14", r.Stderr);
    }

    // sum(a, n): t = 0.0; for i in range(n): t = t + a[i] * a[0]; return t  (an index that is not a constant)
    private static Action<AcodeBuilder> VariableIndex => b => b.Function("total", ["a", "n"], f => f
        .Const(0.0).Store("t")
        .Const("range").Load("n").Call(1).Op(Opcode.GetIter)
        .Label("loop").Jump(Opcode.ForIter, "done").Store("i")
        .Load("t").Load("a").Load("i").Op(Opcode.GetItem).Load("a").Const(0).Op(Opcode.GetItem).Op(Opcode.Mul).Op(Opcode.Add).Store("t")
        .Jump(Opcode.Jump, "loop")
        .Label("done").Load("t").Return());

    [Fact]
    public void An_item_at_a_variable_index_gets_no_float_version()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("total").Const(1.5).Const(2.0).Op(Opcode.BuildList, 2).Const(2).Call(2)).Halt(), VariableIndex);
        Assert.DoesNotContain("FloatsOnly(", Programs.Emit(m).Source);
        Assert.Equal("5.25\n", Programs.RunBothWays(m).Stdout);
    }
}
