using System.Numerics;
using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>
/// What an exit from specialised code hands to the resume version: a local the general code does
/// not read from the resume point on, and that the loop around the exit does not carry from one
/// iteration to the next, is emptied; every other local is passed on. Every case runs both ways:
/// an emptied variable that the general code did read would change the output.
/// </summary>
public sealed class ExitStateTests
{
    // mix(n): keep = n + 1; x = 1; i = 0; t = 0; u = 0; total = 0
    //   while i < n: t = i * 2; x = x * 3; u = t + 1; total = total + u; i = i + 1
    //   print(keep); print(total); return x
    // x * 3 overflows 64 bits at i = 40 and leaves at the MUL: t, i, total, keep and n are read
    // after it; u is written before it is read again, in this iteration and in the next; x is
    // written first too (its value is the MUL's operand on the stack), but the loop carries it.
    private static Action<AcodeBuilder> Mix => b => b.Function("mix", ["n"], f => f
        .Load("n").Const(1).Op(Opcode.Add).Store("keep")
        .Const(1).Store("x").Const(0).Store("i").Const(0).Store("t").Const(0).Store("u").Const(0).Store("total")
        .Label("loop").Load("i").Load("n").Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
        .Load("i").Const(2).Op(Opcode.Mul).Store("t")
        .Load("x").Const(3).Op(Opcode.Mul).Store("x")
        .Load("t").Const(1).Op(Opcode.Add).Store("u")
        .Load("total").Load("u").Op(Opcode.Add).Store("total")
        .Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "loop")
        .Label("end").Print(p => p.Load("keep")).Print(p => p.Load("total")).Load("x").Return());

    [Fact]
    public void An_exit_empties_the_dead_locals_the_loop_does_not_carry()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("mix").Const(50).Call(1)).Halt(), Mix);
        var method = SpecialisationTests.MethodText(Programs.Emit(m).Source, "private static Value F0_mix_T(");
        // Slots: n l0, keep l1, x l2, i l3, t l4, u l5, total l6. The exit of x * 3 is instruction 24.
        var exit = method.Split('\n').Single(line => line.Contains("exitAt = 24;"));
        Assert.Contains("l5 = default;", exit);
        foreach (var live in new[] { "l0", "l1", "l2", "l3", "l4", "l6" })
            Assert.DoesNotContain($"{live} = default;", exit);
        var (result, left) = Programs.RunAndListLeaves(m);
        Assert.Equal(["mix"], left);
        Assert.Equal($"51\n2500\n{BigInteger.Pow(3, 50)}\n", result.Stdout);
        Assert.Equal(result.Stdout, Programs.RunBothWays(m).Stdout);
    }

    // two(n): s = 0; for i in range(n): s = s + i
    //         x = 1; for j in range(n): x = x * 3
    //         print(s); return x
    private static Action<AcodeBuilder> TwoLoops => b => b.Function("two", ["n"], f => f
        .Const(0).Store("s")
        .Const("range").Load("n").Call(1).Op(Opcode.GetIter)
        .Label("first").Jump(Opcode.ForIter, "firstDone").Store("i").Load("s").Load("i").Op(Opcode.Add).Store("s").Jump(Opcode.Jump, "first")
        .Label("firstDone").Const(1).Store("x")
        .Const("range").Load("n").Call(1).Op(Opcode.GetIter)
        .Label("second").Jump(Opcode.ForIter, "secondDone").Store("j").Load("x").Const(3).Op(Opcode.Mul).Store("x").Jump(Opcode.Jump, "second")
        .Label("secondDone").Print(p => p.Load("s")).Load("x").Return());

    [Fact]
    public void An_exit_in_a_range_loop_empties_its_item_and_a_finished_loops_variables()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("two").Const(50).Call(1)).Halt(), TwoLoops);
        var method = SpecialisationTests.MethodText(Programs.Emit(m).Source, "private static Value F0_two_T(");
        var exit = method.Split('\n').Single(line => line.Contains("Typed.TryMul("));
        // Slots: n l0, s l1, i l2, x l3, j l4. s is printed after the loop and x is carried by it;
        // n (range(n) was evaluated), i (the first loop's) and j (FOR_ITER writes it) are dead.
        foreach (var live in new[] { "l1", "l3" })
            Assert.DoesNotContain($"{live} = default;", exit);
        foreach (var dead in new[] { "l0", "l2", "l4" })
            Assert.Contains($"{dead} = default;", exit);
        var (result, left) = Programs.RunAndListLeaves(m);
        Assert.Equal(["two"], left);
        Assert.Equal($"1225\n{BigInteger.Pow(3, 50)}\n", result.Stdout);
        Assert.Equal(result.Stdout, Programs.RunBothWays(m).Stdout);
    }
}
