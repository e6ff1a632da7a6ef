using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>
/// AND and OR between two bools in typed code are the bitwise operators (no select on the first
/// operand, which the JIT turns into a branch); with any other operand they keep Python's choice
/// of operand. Each program runs specialised and general; the expected lines are CPython 3.11's.
/// </summary>
public sealed class BoolOperatorTests
{
    // both(a, b, c): return [a < b and b < c, a < b or b < c, a < b and c, a < b or c]
    private static Action<AcodeBuilder> Both => b => b.Function("both", ["a", "b", "c"], f => f
        .Load("a").Load("b").Op(Opcode.Lt).Load("b").Load("c").Op(Opcode.Lt).Op(Opcode.And)
        .Load("a").Load("b").Op(Opcode.Lt).Load("b").Load("c").Op(Opcode.Lt).Op(Opcode.Or)
        .Load("a").Load("b").Op(Opcode.Lt).Load("c").Op(Opcode.And)
        .Load("a").Load("b").Op(Opcode.Lt).Load("c").Op(Opcode.Or)
        .Op(Opcode.BuildList, 4).Return());

    [Fact]
    public void And_and_or_of_two_bools_are_bitwise_and_give_every_combination_as_cpython()
    {
        var m = Programs.Module(c =>
        {
            foreach (var (a, b, x) in new[] { (1, 2, 3), (1, 2, 0), (2, 1, 3), (3, 2, 1), (1, 1, 0), (0, 1, 5) })
                c.Print(p => p.Const("both").Const(a).Const(b).Const(x).Call(3));
            c.Halt();
        }, Both);
        string method = SpecialisationTests.MethodText(Programs.Emit(m).Source, "private static Value F0_both_T(");
        Assert.Contains("s0b = s0b & s1b;", method);
        Assert.Contains("s1b = s1b | s2b;", method);
        // A bool with an int keeps the operand Python chooses: the int itself when it is the answer.
        Assert.DoesNotContain("s2b & ", method);
        var result = Programs.RunBothWays(m);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "[True, True, 3, True]\n[False, True, 0, True]\n[False, True, False, 3]\n"
            + "[False, False, False, 1]\n[False, False, False, 0]\n[True, True, 5, True]\n",
            result.Stdout);
    }
}
