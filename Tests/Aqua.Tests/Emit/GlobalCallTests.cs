using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>
/// A call through the global a `func` statement set is direct while the global still holds that
/// function, and resolved by name otherwise (a global rebound to another type falls back).
/// </summary>
public sealed class GlobalCallTests
{
    private static Action<AcodeBuilder> Functions => b => b
        .Function("double", ["x"], f => f.Load("x").Const(2).Op(Opcode.Mul).Return())
        .Function("triple", ["x"], f => f.Load("x").Const(3).Op(Opcode.Mul).Return());

    [Fact]
    public void The_call_is_guarded_and_direct()
    {
        var m = Programs.Module(c => c.LoadFunc("double").Store("f").Print(p => p.Load("f").Const(4).Call(1)).Halt(), Functions);
        Assert.Contains("? F0_double(", Programs.Emit(m).Source);
        Assert.Equal("8\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void A_global_rebound_to_a_string_naming_another_function_calls_that_one()
    {
        // f = "triple" (a plain string constant, not the LOAD_FUNC object): resolved by name.
        var m = Programs.Module(c => c.LoadFunc("double").Store("f").Print(p => p.Load("f").Const(4).Call(1))
            .Const("triple").Store("f").Print(p => p.Load("f").Const(4).Call(1)).Halt(), Functions);
        Assert.Equal("8\n12\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void A_global_rebound_to_an_int_is_not_callable()
    {
        var m = Programs.Module(c => c.LoadFunc("double").Store("f").Print(p => p.Load("f").Const(4).Call(1))
            .Const(5).Store("f").Print(p => p.Load("f").Const(4).Call(1)).Halt(), Functions);
        var r = Programs.Run(m);
        Assert.Equal("8\n", r.Stdout);
        Assert.Equal("Runtime error: 'int' object is not callable\n", r.Stderr);
    }

    [Fact]
    public void A_global_holding_different_functions_is_always_resolved_by_name()
    {
        var m = Programs.Module(c => c.LoadFunc("double").Store("f").Print(p => p.Load("f").Const(4).Call(1))
            .LoadFunc("triple").Store("f").Print(p => p.Load("f").Const(4).Call(1)).Halt(), Functions);
        Assert.DoesNotContain("ReferenceEquals", Programs.Emit(m).Source);
        Assert.Equal("8\n12\n", Programs.Run(m).Stdout);
    }

    [Fact]
    public void A_class_of_the_same_name_keeps_the_call_dynamic()
    {
        var m = Programs.Module(c => c.LoadFunc("double").Store("f")
            .Const(new DictConstant([])).Op(Opcode.CreateClass, c.ConstantIndex("double")).Pop()
            .Print(p => p.Load("f").Call(0)).Halt(), Functions);
        Assert.DoesNotContain("ReferenceEquals", Programs.Emit(m).Source);
        Assert.Equal("<double object>\n", Programs.Run(m).Stdout);
    }
}
