using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>`s = s + e` in a function builds in place, and nothing can tell (the result is CPython's).</summary>
public sealed class StringAccumulationTests
{
    /// <summary>func build(n, piece): s = ""; i = 0; while i &lt; n: s = s + piece; [body]; i = i + 1; return s</summary>
    private static AcodeModule Build(Action<CodeBuilder>? inLoop = null, object? piece = null, long n = 100) => Programs.Module(
        c => c.Print(p => p.Const("build").Const(n).Const(piece ?? "ab").Call(2)).Halt(),
        b => b.Function("build", ["n", "piece"], f =>
        {
            f.Const("").Store("s").Const(0).Store("i")
                .Label("head").Load("i").Load("n").Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
                .Load("s").Load("piece").Op(Opcode.Add).Store("s");
            inLoop?.Invoke(f);
            f.Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "head")
                .Label("end").Load("s").Return();
        }));

    [Fact]
    public void The_append_is_compiled_to_an_accumulator()
    {
        var source = Programs.Emit(Build()).Source;
        Assert.Contains("Strings.Accumulate(", source);
        Assert.Contains("Strings.Flatten(l2)", source); // the return reads a plain string
    }

    [Fact]
    public void The_result_is_the_concatenation()
    {
        Assert.Equal(string.Concat(Enumerable.Repeat("ab", 1000)) + "\n", Programs.Run(Build(n: 1000)).Stdout);
    }

    [Fact]
    public void A_copy_taken_during_the_loop_keeps_its_value()
    {
        // t = s inside the loop: t must not change as s grows.
        var m = Build(f => f.Load("s").Store("t"), n: 300);
        var source = Programs.Emit(m).Source;
        var r = Programs.Run(m);
        Assert.Equal(string.Concat(Enumerable.Repeat("ab", 300)) + "\n", r.Stdout);
        Assert.Contains("Strings.Flatten(", source);
    }

    [Fact]
    public void Reads_in_the_loop_see_the_current_text()
    {
        // print(len(s)) every 100 iterations
        var m = Build(f => f.Load("i").Const(100).Op(Opcode.Mod).Const(99).Op(Opcode.Eq).Jump(Opcode.JumpIfFalse, "skip")
            .Print(p => p.Const("len").Load("s").Call(1)).Label("skip"), n: 300);
        Assert.Equal("200\n400\n600\n" + string.Concat(Enumerable.Repeat("ab", 300)) + "\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void Adding_a_non_string_is_the_same_error_as_without_the_builder()
    {
        var r = Programs.Run(Build(piece: 5L, n: 3));
        Assert.StartsWith("Runtime error: Cannot add str and int: can only concatenate str (not \"int\") to str", r.Stderr);
        // Also once the builder exists (past its threshold): `s` is long, then an int arrives.
        var m = Programs.Module(
            c => c.Print(p => p.Const("f").Call(0)).Halt(),
            b => b.Function("f", [], f => f.Const("").Store("s")
                .Load("s").Const(new string('x', 300)).Op(Opcode.Add).Store("s")
                .Load("s").Const("y").Op(Opcode.Add).Store("s")
                .Load("s").Const(1).Op(Opcode.Add).Store("s")
                .Load("s").Return()));
        Assert.StartsWith("Runtime error: Cannot add str and int: can only concatenate str (not \"int\") to str", Programs.Run(m).Stderr);
    }

    [Fact]
    public void Int_counters_are_not_accumulators()
    {
        Assert.DoesNotContain("Flatten(l3)", Programs.Emit(Build()).Source); // i is slot 3
    }
}
