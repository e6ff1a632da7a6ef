using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>Opcodes and call resolution through the whole pipeline (ACODE.md 2.6, 6.2, 6.3).</summary>
public sealed class OpcodeLoweringTests
{
    private static string Run(Action<CodeBuilder> main, Action<AcodeBuilder>? functions = null)
    {
        var r = Programs.RunThroughFile(Programs.Module(main, functions));
        Assert.True(r.ExitCode == 0, r.Stderr);
        return r.Stdout;
    }

    [Fact]
    public void Len_opcode_counts_code_points() =>
        Assert.Equal("3 2\n", Run(c => c.Const("print")
            .Const(1).Const(2).Const(3).Op(Opcode.BuildList, 3).Op(Opcode.Len)
            .Const("a😀").Op(Opcode.Len).Call(2).Pop().Halt()));

    [Fact]
    public void Load_var_and_store_var_are_global_in_main_and_local_in_a_function()
    {
        var output = Run(
            c => c.Const("main").Op(Opcode.StoreVar, c.GlobalSlot("g")).Const("f").Const(0).Call(1).Pop()
                .Const("print").Op(Opcode.LoadVar, c.GlobalSlot("g")).Call(1).Pop().Halt(),
            b => b.Function("f", ["x"], f => f.Const("local").Op(Opcode.StoreVar, 0)
                .Const("print").Op(Opcode.LoadVar, 0).Call(1).Pop().Const(null).Return()));
        Assert.Equal("local\nmain\n", output);
    }

    [Fact]
    public void Type_check_passes_the_value_through_or_fails_with_expected_got()
    {
        Assert.Equal("5\n", Run(c => c.Const("print").Const(5).Op(Opcode.Pop, c.ConstantIndex("int")).Call(1).Pop().Halt()));
        var r = Programs.Run(Programs.Module(c => c.Const("x").Op(Opcode.Pop, c.ConstantIndex("int")).Pop().Halt()));
        Assert.Equal("Runtime error: Expected int, got str\n", r.Stderr);
    }

    [Fact]
    public void Build_dict_inserts_from_the_last_pair_down() =>
        Assert.Equal("{'b': 2, 'a': 1}\n", Run(c => c.Print(p => p.Const("a").Const(1).Const("b").Const(2).Op(Opcode.BuildDict, 2)).Halt()));

    [Fact]
    public void Import_from_binds_each_name_to_its_own_value()
    {
        // from math import pi, sqrt → LOAD_CONST "math"; LOAD_CONST ["pi", "sqrt"]; IMPORT_FROM; STORE pi; STORE sqrt
        var names = new ListConstant([new StringConstant("pi"), new StringConstant("sqrt")]);
        Assert.Equal("3.141592653589793 4.0\n", Run(c => c
            .Const("math").Const(names).Op(Opcode.ImportFrom).Store("pi").Store("sqrt")
            .Print(p => p.Load("pi"), p => p.Load("sqrt").Const(16).Call(1)).Halt()));
    }

    [Fact]
    public void Import_module_and_method_call_on_a_module() =>
        Assert.Equal("<module 'math'> 3.0\n", Run(c => c
            .Const("math").Op(Opcode.ImportModule).Store("math")
            .Print(p => p.Load("math"), p => p.Load("math").Const(9).CallMethod("sqrt", 1)).Halt()));

    [Fact]
    public void Classes_objects_attributes_and_methods()
    {
        // class Point: func __init__(self, x): self.x = x / func get(self): return self.x
        var methods = new DictConstant([new("__init__", new StringConstant("Point.__init__")), new("get", new StringConstant("Point.get"))]);
        var output = Run(
            c => c.Const(methods).Op(Opcode.CreateClass, c.ConstantIndex("Point")).Store("Point")
                .Const("Point").Const(7).Call(1).Store("p")
                .Print(p => p.Load("p").CallMethod("get", 0), p => p.Load("p").Op(Opcode.GetAttr, p.ConstantIndex("x")), p => p.Load("p"))
                .Load("Point").Op(Opcode.CreateObject).Store("bare")
                .Print(p => p.Const("type").Load("bare").Call(1), p => p.Load("Point"))
                .Halt(),
            b => b
                .Function("Point.__init__", ["self", "x"], f => f.Load("self").Load("x").Const("x").Op(Opcode.SetAttr).Const(99).Return())
                .Function("Point.get", ["self"], f => f.Load("self").Op(Opcode.GetAttr, f.ConstantIndex("x")).Return()));
        // __init__'s return value is dropped: C(...) is always the instance (6.7).
        Assert.Equal("7 7 <Point object>\nAquaObject <class 'Point'>\n", output);
    }

    [Fact]
    public void A_builtin_shadows_a_user_function_of_the_same_name()
    {
        // 6.3: builtins come before the function table.
        Assert.Equal("2\n", Run(
            c => c.Print(p => p.Const("max").Const(1).Const(2).Call(2)).Halt(),
            b => b.Function("max", ["a", "b"], f => f.Const("user max").Return())));
    }

    [Fact]
    public void A_class_shadows_a_builtin_once_it_exists()
    {
        var methods = new DictConstant([]);
        Assert.Equal("3\n<len object>\n", Run(c => c
            .Print(p => p.Const("len").Const("abc").Call(1))
            .Const(methods).Op(Opcode.CreateClass, c.ConstantIndex("len")).Pop()
            .Print(p => p.Const("len").Call(0))
            .Halt()));
    }

    [Fact]
    public void A_function_value_is_its_name_and_can_be_called_through_a_variable()
    {
        Assert.Equal("twice 8\n", Run(
            c => c.LoadFunc("twice").Store("f").Print(p => p.Load("f"), p => p.Load("f").Const(4).Call(1)).Halt(),
            b => b.Function("twice", ["x"], f => f.Load("x").Const(2).Op(Opcode.Mul).Return())));
    }

    [Fact]
    public void Any_string_naming_a_builtin_is_callable()
    {
        Assert.Equal("x\n", Run(c => c.Const("print").Store("f").Load("f").Const("x").Call(1).Pop().Halt()));
    }

    [Theory]
    [InlineData(1, "Runtime error: Function 'f' takes 2 arguments but 1 were given")]
    [InlineData(3, "Runtime error: Function 'f' takes 2 arguments but 3 were given")]
    public void A_direct_call_with_the_wrong_argument_count_is_a_runtime_error(int argc, string expected)
    {
        var m = Programs.Module(
            c =>
            {
                c.Print(p => p.Const("before")).Const("f");
                for (int i = 0; i < argc; i++) c.Const(i);
                c.Call(argc).Pop().Halt();
            },
            b => b.Function("f", ["a", "b"], f => f.Const(null).Return()));
        var r = Programs.Run(m);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("before\n", r.Stdout);
        Assert.StartsWith(expected, r.Stderr);
    }

    [Fact]
    public void Calling_an_unknown_name_is_a_NameError()
    {
        var r = Programs.Run(Programs.Module(c => c.Const("nope").Call(0).Pop().Halt()));
        Assert.Equal("Runtime error: Function 'nope' not found\n", r.Stderr);
    }

    [Fact]
    public void Calling_a_global_before_its_func_statement_ran_calls_None()
    {
        // ACODE.md 6.10: an undefined global is null, so the call fails.
        var r = Programs.Run(Programs.Module(
            c => c.Load("f").Call(0).Pop().LoadFunc("f").Store("f").Halt(),
            b => b.Function("f", [], f => f.Const(1).Return())));
        Assert.Equal("Runtime error: 'NoneType' object is not callable\n", r.Stderr);
    }

    [Fact]
    public void List_comprehension_shape_with_list_append()
    {
        // [x * x for x in [1, 2, 3] if x != 2]
        Assert.Equal("[1, 9]\n", Run(c => c
            .Const("print").Op(Opcode.BuildList, 0)
            .Const(1).Const(2).Const(3).Op(Opcode.BuildList, 3).Op(Opcode.GetIter)
            .Label("loop").Jump(Opcode.ForIter, "end").Store("x")
            .Load("x").Const(2).Op(Opcode.Ne).Jump(Opcode.JumpIfFalse, "skip")
            .Load("x").Load("x").Op(Opcode.Mul).Op(Opcode.ListAppend)
            .Label("skip").Jump(Opcode.Jump, "loop")
            .Label("end").Call(1).Pop().Halt()));
    }

    [Fact]
    public void And_or_evaluate_to_an_operand() =>
        Assert.Equal("x {} False\n", Run(c => c.Print(
            p => p.Const(0).Const("x").Op(Opcode.Or),
            p => p.Op(Opcode.BuildList, 0).Op(Opcode.BuildDict, 0).Op(Opcode.Or),
            p => p.Const(1).Const(false).Op(Opcode.And)).Halt()));

    [Fact]
    public void Format_value_is_str() =>
        Assert.Equal("v=[1, 'a']\n", Run(c => c.Print(p => p.Const("v=").Const(1).Const("a").Op(Opcode.BuildList, 2).Op(Opcode.FormatValue).Op(Opcode.Add)).Halt()));
}

/// <summary>The compiler's builtin table names methods the runtime really has.</summary>
public sealed class BuiltinTableTests
{
    [Fact]
    public void Every_builtin_maps_to_a_runtime_method_taking_the_argument_span()
    {
        var table = Aqua.Compiler.Emit.ProgramSymbols.Builtins;
        Assert.Equal(13, table.Count);
        foreach (var (name, method) in table)
        {
            var m = typeof(Aqua.Runtime.Builtins).GetMethod(method, [typeof(ReadOnlySpan<Aqua.Runtime.Value>)]);
            Assert.True(m is not null && m.ReturnType == typeof(Aqua.Runtime.Value), $"{name} → Builtins.{method}");
        }
    }
}
