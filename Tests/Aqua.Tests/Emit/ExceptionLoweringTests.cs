using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Diagnostics;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>try/catch/finally and runtime errors (ACODE.md 6.7, 6.9), compiled and run.</summary>
public sealed class ExceptionLoweringTests
{
    /// <summary>try { body } catch [type as] e { handler } (finally { fin }), as the original compiler writes it.</summary>
    private static CodeBuilder Try(CodeBuilder c, Action<CodeBuilder> body, string? type, Action<CodeBuilder> handler,
        Action<CodeBuilder>? fin = null)
    {
        c.Op(Opcode.TryBegin);
        body(c);
        c.Op(Opcode.TryEnd);
        c.Op(Opcode.CatchBegin, type is null ? null : c.ConstantIndex(type)).Store("e");
        handler(c);
        c.Op(Opcode.CatchEnd);
        if (fin is not null)
        {
            c.Op(Opcode.FinallyBegin);
            fin(c);
            c.Op(Opcode.FinallyEnd);
        }
        return c;
    }

    [Fact]
    public void A_typed_catch_catches_a_runtime_error_of_its_type()
    {
        var m = Programs.Module(c => Try(c,
            b => b.Print(p => p.Const(1).Const(0).Op(Opcode.Div)),
            "ZeroDivisionError",
            h => h.Print(p => p.Const("caught:"), p => p.Load("e"))).Halt());
        Assert.Equal("caught: Division by zero\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void A_typed_catch_of_another_type_lets_the_error_reach_the_outer_handler()
    {
        var m = Programs.Module(c => Try(c,
            outer => Try(outer,
                b => b.Print(p => p.Op(Opcode.BuildDict, 0).Const("k").Op(Opcode.GetItem)),
                "IndexError",
                h => h.Print(p => p.Const("wrong handler"))),
            "KeyError",
            h => h.Print(p => p.Const("outer:"), p => p.Load("e"))).Halt());
        Assert.Equal("outer: Cannot get item from dict: 'k'\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void Exception_catches_runtime_errors_and_thrown_values()
    {
        var m = Programs.Module(c =>
        {
            Try(c, b => b.Const(1).Const("a").Op(Opcode.Add).Pop(), "Exception", h => h.Print(p => p.Load("e")));
            Try(c, b => b.Const(42).Op(Opcode.Throw), "Exception", h => h.Print(p => p.Load("e")));
            c.Halt();
        });
        Assert.Equal("Cannot add int and str: unsupported operand type(s) for +: 'int' and 'str'\n42\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void A_thrown_value_is_bound_unchanged()
    {
        var m = Programs.Module(c => Try(c,
            b => b.Const(1).Const(2).Op(Opcode.BuildList, 2).Op(Opcode.Throw),
            null,
            h => h.Print(p => p.Const("type").Load("e").Call(1), p => p.Load("e"))).Halt());
        Assert.Equal("list [1, 2]\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void An_uncaught_throw_is_reported_as_a_runtime_error()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("before")).Const("boom").Op(Opcode.Throw).Halt());
        var r = Programs.Run(m);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("before\n", r.Stdout);
        Assert.Equal("Runtime error: boom\n", r.Stderr);
    }

    [Fact]
    public void Finally_runs_when_the_try_body_returns()
    {
        var m = Programs.Module(
            c => c.Print(p => p.Const("f").Call(0)).Halt(),
            b => b.Function("f", [], f => Try(f,
                body => body.Const(1).Return(),
                null,
                h => h.Print(p => p.Const("never")),
                fin => fin.Print(p => p.Const("finally"))).Const(null).Return()));
        Assert.Equal("finally\n1\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void Finally_runs_after_a_handler_and_on_the_normal_path()
    {
        var m = Programs.Module(c =>
        {
            Try(c, b => b.Const("x").Op(Opcode.Throw), null, h => h.Print(p => p.Const("handled")), f => f.Print(p => p.Const("fin 1")));
            Try(c, b => b.Print(p => p.Const("ok")), null, h => h.Print(p => p.Const("never")), f => f.Print(p => p.Const("fin 2")));
            c.Halt();
        });
        Assert.Equal("handled\nfin 1\nok\nfin 2\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void A_runtime_error_in_a_called_function_is_caught_by_the_caller()
    {
        var m = Programs.Module(
            c => Try(c, b => b.Print(p => p.Const("f").Call(0)), "IndexError", h => h.Print(p => p.Const("caught:"), p => p.Load("e"))).Halt(),
            b => b.Function("f", [], f => f.Op(Opcode.BuildList, 0).Const(3).Op(Opcode.GetItem).Return()));
        var r = Programs.Run(m);
        Assert.Equal("caught: Cannot get item from list: list index out of range\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Reraise_in_a_handler_passes_the_error_on()
    {
        var m = Programs.Module(c => Try(c,
            outer => Try(outer, b => b.Const("inner").Op(Opcode.Throw), null, h => h.Print(p => p.Const("first")).Op(Opcode.Reraise)),
            null,
            h => h.Print(p => p.Const("second:"), p => p.Load("e"))).Halt());
        Assert.Equal("first\nsecond: inner\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void A_loop_can_be_continued_from_inside_a_try_body()
    {
        // i = 0; while i < 3: try { i = i + 1; if i == 2: continue; print(i) } catch { }
        var m = Programs.Module(c =>
        {
            c.Const(0).Store("i").Label("head")
                .Load("i").Const(3).Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end");
            Try(c, b => b
                    .Load("i").Const(1).Op(Opcode.Add).Store("i")
                    .Load("i").Const(2).Op(Opcode.Eq).Jump(Opcode.JumpIfTrue, "head")
                    .Print(p => p.Load("i")),
                null, h => h.Print(p => p.Const("never")));
            c.Jump(Opcode.Jump, "head").Label("end").Print(p => p.Const("done")).Halt();
        });
        Assert.Equal("1\n3\ndone\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void Recursion_too_deep_is_a_catchable_RecursionError()
    {
        var m = Programs.Module(
            c => Try(c, b => b.Const("down").Const(0).Call(1).Pop(), "RecursionError", h => h.Print(p => p.Load("e"))).Halt(),
            b => b.Function("down", ["n"], f => f.Const("down").Load("n").Const(1).Op(Opcode.Add).Call(1).Return()));
        var r = Programs.Run(m);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("maximum recursion depth exceeded\n", r.Stdout);
    }

    [Fact]
    public void A_hundred_thousand_nested_calls_work()
    {
        // func deep(n): if n == 0: return 0; return deep(n - 1) + 1 (ACODE.md 6.9)
        var m = Programs.Module(
            c => c.Print(p => p.Const("deep").Const(100_000).Call(1)).Halt(),
            b => b.Function("deep", ["n"], f => f
                .Load("n").Const(0).Op(Opcode.Eq).Jump(Opcode.JumpIfFalse, "rec").Const(0).Return()
                .Label("rec").Const("deep").Load("n").Const(1).Op(Opcode.Sub).Call(1).Const(1).Op(Opcode.Add).Return()));
        var r = Programs.Run(m);
        Assert.Equal("", r.Stderr);
        Assert.Equal("100000\n", r.Stdout);
    }

    [Fact]
    public void Runaway_recursion_ends_with_a_clean_report()
    {
        var m = Programs.Module(
            c => c.Print(p => p.Const("start")).Const("down").Const(0).Call(1).Pop().Halt(),
            b => b.Function("down", ["n"], f => f.Const("down").Load("n").Const(1).Op(Opcode.Add).Call(1).Return()));
        var r = Programs.Run(m);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("start\n", r.Stdout);
        Assert.StartsWith("Runtime error: maximum recursion depth exceeded\n  at down, instruction 4\n", r.Stderr);
    }

    [Fact]
    public void The_traceback_names_each_active_function_innermost_first()
    {
        var m = Programs.Module(
            c => c.Const("outer").Call(0).Pop().Halt(),
            b => b
                .Function("inner", [], f => f.Const(1).Const(0).Op(Opcode.Div).Return())
                .Function("outer", [], f => f.Const("inner").Call(0).Return()));
        var r = Programs.Run(m);
        Assert.Equal("Runtime error: Division by zero\n  at inner, instruction 2\n  at outer, instruction 1\n", r.Stderr);
    }

    [Fact]
    public void An_error_raised_in_finally_while_another_unwinds_names_only_the_active_calls()
    {
        // g: try { h() } catch IndexError as e {} finally { k() }. h's ZeroDivisionError unwinds
        // through the finally, whose call to k raises an IndexError: h is no longer active.
        var m = Programs.Module(
            c => c.Const("g").Call(0).Pop().Halt(),
            b => b
                .Function("h", [], f => f.Const(1).Const(0).Op(Opcode.Div).Return())
                .Function("k", [], f => f.Op(Opcode.BuildList, 0).Const(3).Op(Opcode.GetItem).Return())
                .Function("g", [], f => Try(f, body => body.Const("h").Call(0).Pop(), "IndexError", _ => { },
                    fin => fin.Const("k").Call(0).Pop()).Const(null).Return()));
        var r = Programs.Run(m);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("Runtime error: Cannot get item from list: list index out of range\n  at k, instruction 2\n  at g, instruction 10\n", r.Stderr);
    }

    [Fact]
    public void An_error_after_a_caught_one_names_only_the_active_calls()
    {
        // g: try { h() } catch e {}; then 1 % 0 in g itself.
        var m = Programs.Module(
            c => c.Const("g").Call(0).Pop().Halt(),
            b => b
                .Function("h", [], f => f.Const(1).Const(0).Op(Opcode.Div).Return())
                .Function("g", [], f => Try(f, body => body.Const("h").Call(0).Pop(), null, _ => { })
                    .Const(1).Const(0).Op(Opcode.Mod).Return()));
        var r = Programs.Run(m);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("Runtime error: integer modulo by zero\n  at g, instruction 10\n", r.Stderr);
    }

    [Fact]
    public void Return_inside_finally_is_rejected_with_a_diagnostic()
    {
        var m = Programs.Module(
            c => c.Halt(),
            b => b.Function("f", [], f => Try(f, body => body.Print(p => p.Const("t")), null, h => { },
                fin => fin.Const(1).Return()).Const(null).Return()));
        var e = Assert.Throws<DiagnosticException>(() => Programs.Emit(m));
        Assert.Contains("RETURN inside a finally block is not supported", e.Diagnostic.Message);
        Assert.Equal("function 'f', instruction 11", e.Diagnostic.Where);
    }

    [Fact]
    public void A_jump_into_a_try_block_is_rejected()
    {
        var m = Programs.Module(c => c
            .Jump(Opcode.Jump, "inside")
            .Op(Opcode.TryBegin).Label("inside").Print(p => p.Const("x")).Op(Opcode.TryEnd)
            .Op(Opcode.CatchBegin).Pop().Op(Opcode.CatchEnd).Halt());
        var e = Assert.Throws<DiagnosticException>(() => Programs.Emit(m));
        Assert.Equal("main code, instruction 0", e.Diagnostic.Where);
        Assert.Contains("jump into a try block from outside it", e.Diagnostic.Message);
    }

    [Fact]
    public void Unbalanced_markers_are_rejected()
    {
        var open = Programs.Module(c => c.Op(Opcode.TryBegin).Print(p => p.Const("x")).Halt());
        Assert.Contains("TRY_BEGIN has no matching TRY_END", Assert.Throws<DiagnosticException>(() => Programs.Emit(open)).Diagnostic.Message);
        var stray = Programs.Module(c => c.Op(Opcode.CatchEnd).Halt());
        Assert.Contains("CATCH_END without a matching opening marker", Assert.Throws<DiagnosticException>(() => Programs.Emit(stray)).Diagnostic.Message);
    }
}
