using System.Numerics;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Emit;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>
/// Type-specialised functions: typed code where the kinds are proven, and every way of leaving it
/// (an int that overflows 64 bits, a callee that returns another kind, a range with big bounds,
/// arguments of other kinds) gives exactly what the general code gives.
/// </summary>
public sealed class SpecialisationTests
{
    private static readonly EmitOptions General = new(Specialise: false);

    // grow(n): x = 1; i = 0; while i < n: x = x * 3; i = i + 1; return x
    private static Action<AcodeBuilder> Grow => b => b.Function("grow", ["n"], f => f
        .Const(1).Store("x").Const(0).Store("i")
        .Label("loop").Load("i").Load("n").Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
        .Load("x").Const(3).Op(Opcode.Mul).Store("x")
        .Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "loop")
        .Label("end").Load("x").Return());

    // The same loop printing x at the end: no longer pure (PureVersionTests), so specialised with a resume version.
    private static Action<AcodeBuilder> GrowAndPrint => b => b.Function("grow", ["n"], f => f
        .Const(1).Store("x").Const(0).Store("i")
        .Label("loop").Load("i").Load("n").Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
        .Load("x").Const(3).Op(Opcode.Mul).Store("x")
        .Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "loop")
        .Label("end").Print(p => p.Load("x")).Load("x").Return());

    [Fact]
    public void Int_locals_are_longs_with_overflow_checks()
    {
        var source = Programs.Emit(Programs.Module(c => c.Print(p => p.Const("grow").Const(5).Call(1)).Halt(), GrowAndPrint)).Source;
        Assert.Contains("private static Value F0_grow_T(long l0, int depth)", source);
        Assert.Contains("long l1 = 0L;", source);
        Assert.Contains("Typed.TryMul(", source);
        Assert.Contains("F0_grow_R(", source);
        Assert.DoesNotContain("F0_grow_P(", source);
        Assert.DoesNotContain("_T(", Programs.Emit(Programs.Module(c => c.Print(p => p.Const("grow").Const(5).Call(1)).Halt(), GrowAndPrint), General).Source);
    }

    [Fact]
    public void An_overflow_in_a_specialised_loop_continues_exactly_with_big_ints()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("grow").Const(5).Call(1))
            .Print(p => p.Const("grow").Const(50).Call(1)).Halt(), GrowAndPrint);
        Assert.Equal($"243\n243\n{BigInteger.Pow(3, 50)}\n{BigInteger.Pow(3, 50)}\n", Programs.RunBothWays(m).Stdout);
    }

    [Fact]
    public void An_overflow_in_a_loop_continues_exactly_with_big_ints()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("grow").Const(5).Call(1))
            .Print(p => p.Const("grow").Const(50).Call(1))
            .Print(p => p.Const("grow").Const(3).Call(1)).Halt(), Grow);
        Assert.Equal($"243\n{BigInteger.Pow(3, 50)}\n27\n", Programs.RunBothWays(m).Stdout);
    }

    // fact(n): if n < 2: return 1; return n * fact(n - 1)
    private static Action<AcodeBuilder> Fact => b => b.Function("fact", ["n"], f => f
        .Load("n").Const(2).Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "rec").Const(1).Return()
        .Label("rec").Load("n").Const("fact").Load("n").Const(1).Op(Opcode.Sub).Call(1).Op(Opcode.Mul).Return());

    [Fact]
    public void A_callee_that_returns_a_big_int_hands_its_callers_over_to_general_code()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("fact").Const(10).Call(1))
            .Print(p => p.Const("fact").Const(30).Call(1)).Halt(), Fact);
        BigInteger f30 = 1;
        for (int i = 2; i <= 30; i++) f30 *= i;
        Assert.Equal($"3628800\n{f30}\n", Programs.RunBothWays(m).Stdout);
    }

    [Fact]
    public void Leaving_with_constants_on_the_stack_loads_them_again_for_the_general_code()
    {
        // label(n) = "x" + str(n * 2^62): the multiplication overflows while the constant "x" and
        // the callee name 'str' are on the stack. The specialised code does not keep them for its
        // exits; the exit loads them again and empties the slots above the stack. The general code
        // then makes the call (resolved by name at compile time) and adds to the "x" it was given.
        var m = Programs.Module(c => c.Print(p => p.Const("label").Const(1).Call(1))
            .Print(p => p.Const("label").Const(3).Call(1)).Halt(),
            b => b.Function("label", ["n"], f => f
                .Const("x").Const("str").Load("n").Const(4611686018427387904L).Op(Opcode.Mul).Call(1)
                .Op(Opcode.Add).Return()));
        Assert.Contains("F0_label_T(long l0, int depth)", Programs.Emit(m).Source);
        Assert.Equal("x4611686018427387904\nx13835058055282163712\n", Programs.RunBothWays(m).Stdout);
    }

    // deep(n): if n == 0: return 9223372036854775807 + 1; return deep(n - 1) + 0
    private static Action<AcodeBuilder> Deep => b => b.Function("deep", ["n"], f => f
        .Load("n").Const(0).Op(Opcode.Eq).Jump(Opcode.JumpIfFalse, "rec").Const(long.MaxValue).Const(1).Op(Opcode.Add).Return()
        .Label("rec").Const("deep").Load("n").Const(1).Op(Opcode.Sub).Call(1).Const(0).Op(Opcode.Add).Return());

    [Fact]
    public void Leaving_in_every_frame_of_a_deep_recursion_keeps_the_call_depth_balanced()
    {
        // 150,000 frames each hand over to their resume version on the way back; if any of them
        // were counted twice, the second recursion (190,000 deep, limit 200,000) would fail.
        var m = Programs.Module(c => c.Print(p => p.Const("deep").Const(150_000).Call(1))
            .Print(p => p.Const("deep").Const(190_000).Call(1)).Halt(), Deep);
        var r = Programs.Run(m);
        Assert.Equal("", r.Stderr);
        Assert.Equal("9223372036854775808\n9223372036854775808\n", r.Stdout);
    }

    [Fact]
    public void Typed_frames_keep_the_call_depth_right_for_the_general_code_around_them()
    {
        // Typed frames get their depth as an argument and only write Host.Depth; general code counts
        // with ++/--. outer(1000) recurses in typed code, then probe() (general: it has a try) starts
        // a typed runaway recursion and catches its RecursionError, three times. spin() (general)
        // then calls the typed twice() 20,000 times: a return that left Host.Depth one too deep would
        // add up to 20,000 frames there, and spin's own call of deep(190,000) needs the count right
        // (limit 200,000).
        var m = Programs.Module(c => c
            .Const(0).Store("i")
            .Label("loop").Load("i").Const(3).Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
            .Print(p => p.Const("outer").Const(1000).Call(1))
            .Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "loop")
            .Label("end").Print(p => p.Const("spin").Call(0)).Halt(),
            b =>
            {
                Deep(b);
                b.Function("down", ["n"], f => f.Const("down").Load("n").Const(1).Op(Opcode.Add).Call(1).Return())
                .Function("probe", [], f =>
                {
                    f.Op(Opcode.TryBegin).Const("down").Const(0).Call(1).Pop().Op(Opcode.TryEnd);
                    f.Op(Opcode.CatchBegin, f.ConstantIndex("RecursionError")).Store("e").Print(p => p.Load("e")).Op(Opcode.CatchEnd);
                    f.Const(7).Return();
                })
                .Function("outer", ["k"], f => f
                    .Load("k").Const(0).Op(Opcode.Eq).Jump(Opcode.JumpIfFalse, "rec").Const("probe").Call(0).Return()
                    .Label("rec").Const("outer").Load("k").Const(1).Op(Opcode.Sub).Call(1).Const(1).Op(Opcode.Add).Return())
                .Function("spin", [], f =>
                {
                    f.Op(Opcode.TryBegin).Const(0).Store("j")
                        .Label("again").Load("j").Const(20_000).Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "done")
                        .Const("twice").Load("j").Call(1).Pop()
                        .Load("j").Const(1).Op(Opcode.Add).Store("j").Jump(Opcode.Jump, "again")
                        .Label("done").Op(Opcode.TryEnd);
                    f.Op(Opcode.CatchBegin, null).Store("e").Op(Opcode.CatchEnd);
                    f.Const("deep").Const(190_000).Call(1).Return();
                });
                Inc(b);
            });
        var r = Programs.RunBothWays(m);
        Assert.Equal("", r.Stderr);
        Assert.Equal(string.Concat(Enumerable.Repeat("maximum recursion depth exceeded\n1007\n", 3)) + "9223372036854775808\n", r.Stdout);
        Assert.Contains("F3_outer_T(s1i, depth + 1)", Programs.Emit(m).Source);
    }

    // inc(x): return x + 1; twice(x): return inc(x) + inc(x)
    private static Action<AcodeBuilder> Inc => b => b
        .Function("inc", ["x"], f => f.Load("x").Const(1).Op(Opcode.Add).Return())
        .Function("twice", ["x"], f => f.Const("inc").Load("x").Call(1).Const("inc").Load("x").Call(1).Op(Opcode.Add).Return());

    [Fact]
    public void Arguments_of_another_kind_take_the_general_version()
    {
        // twice(3) types inc's parameter as int; a call by name with a float or a string
        // reaches the general version, which does what the value's type says.
        var m = Programs.Module(c => c.Print(p => p.Const("twice").Const(3).Call(1))
            .Const("inc").Store("h")
            .Print(p => p.Load("h").Const(2.5).Call(1))
            .Print(p => p.Load("h").Const(new BigInteger(long.MaxValue)).Call(1))
            .Print(p => p.Load("h").Const("s").Call(1)).Halt(), Inc);
        var r = Programs.RunBothWays(m);
        Assert.Equal("8\n3.5\n9223372036854775808\n", r.Stdout);
        Assert.Contains("can only concatenate str", r.Stderr);
        Assert.Contains("at inc, instruction 2", r.Stderr);
    }

    // total(a, b): s = 0; for i in range(a, b): s = s + i; return s
    private static Action<AcodeBuilder> Total => b => b.Function("total", ["a", "b"], f => f
        .Const(0).Store("s").Const("range").Load("a").Load("b").Call(2).Op(Opcode.GetIter)
        .Label("loop").Jump(Opcode.ForIter, "end").Store("i").Load("s").Load("i").Op(Opcode.Add).Store("s").Jump(Opcode.Jump, "loop")
        .Label("end").Load("s").Return());

    [Fact]
    public void A_range_with_big_bounds_leaves_the_typed_loop()
    {
        var big = BigInteger.Pow(2, 63) - 2;
        var m = Programs.Module(c => c.Print(p => p.Const("total").Const(0).Const(10).Call(2))
            .Print(p => p.Const("total").Const(big).Const(big + 3).Call(2)).Halt(), Total);
        Assert.Contains(".MoveNext(out s", Programs.Emit(m).Source);
        Assert.Equal($"45\n{3 * big + 3}\n", Programs.RunBothWays(m).Stdout);
    }

    // mix(a, f): return [a > f, a == f, a / 3, f * a, a % -7, f % 2]
    private static Action<AcodeBuilder> Mix => b => b.Function("mix", ["a", "f"], f => f
        .Load("a").Load("f").Op(Opcode.Gt)
        .Load("a").Load("f").Op(Opcode.Eq)
        .Load("a").Const(3).Op(Opcode.Div)
        .Load("f").Load("a").Op(Opcode.Mul)
        .Load("a").Const(-7).Op(Opcode.Mod)
        .Load("f").Const(2).Op(Opcode.Mod)
        .Op(Opcode.BuildList, 6).Return());

    [Fact]
    public void Int_and_float_operations_are_exact_where_doubles_are_not()
    {
        // 2^53 + 1 is no double: comparing it with 2^53 as a double would say equal (values from CPython 3.11).
        var m = Programs.Module(c => c
            .Print(p => p.Const("mix").Const(9007199254740993L).Const(9007199254740992.0).Call(2))
            .Print(p => p.Const("mix").Const(4611686018427387905L).Const(-0.5).Call(2))
            .Print(p => p.Const("mix").Const(-10).Const(-3.25).Call(2)).Halt(), b => Mix(b));
        Assert.Contains("mix\" specialised: (int, float)", Programs.Emit(m).Source);
        Assert.Equal(
            "[True, False, 3002399751580331.0, 8.112963841460668e+31, -2, 0.0]\n"
            + "[True, False, 1.5372286728091292e+18, -2.305843009213694e+18, -2, 1.5]\n"
            + "[False, False, -3.3333333333333335, 32.5, -3, 0.75]\n", Programs.RunBothWays(m).Stdout);
    }

    // div(a, b): return a / b % b
    private static Action<AcodeBuilder> Div => b => b.Function("div", ["a", "b"], f => f
        .Load("a").Load("b").Op(Opcode.Div).Load("b").Op(Opcode.Mod).Return());

    [Fact]
    public void Errors_in_specialised_code_read_as_in_general_code()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("div").Const(7.0).Const(2.0).Call(2))
            .Print(p => p.Const("div").Const(1.0).Const(0.0).Call(2)).Halt(), Div);
        var r = Programs.RunBothWays(m);
        Assert.Equal("1.5\n", r.Stdout);
        Assert.StartsWith("Runtime error: ", r.Stderr);
        Assert.Contains("at div, instruction 2", r.Stderr);
    }

    // late(n): x = 3037000500; x = x * x (overflows); return 1 % (n - n)
    private static Action<AcodeBuilder> Late => b => b.Function("late", ["n"], f => f
        .Const(3037000500L).Store("x").Load("x").Load("x").Op(Opcode.Mul).Store("x")
        .Const(1).Load("n").Load("n").Op(Opcode.Sub).Op(Opcode.Mod).Return());

    [Fact]
    public void An_error_after_leaving_names_the_function_once()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("late").Const(4).Call(1)).Halt(), Late);
        var r = Programs.RunBothWays(m);
        Assert.Equal(1, r.Stderr.Split('\n').Count(line => line.Contains("at late,")));
    }

    [Fact]
    public void Globals_only_main_uses_are_typed_locals_and_an_overflow_hands_main_over()
    {
        // x = 1; i = 0; while i < 70: x = x * 2; i = i + 1; print(x, i)
        var m = Programs.Module(c => c.Const(1).Store("x").Const(0).Store("i")
            .Label("loop").Load("i").Const(70).Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
            .Load("x").Const(2).Op(Opcode.Mul).Store("x").Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "loop")
            .Label("end").Print(p => p.Load("x"), p => p.Load("i")).Halt());
        var source = Programs.Emit(m).Source;
        Assert.Contains("long v0 = 0L;", source);
        Assert.Contains("RunMain_R(", source);
        Assert.Equal($"{BigInteger.Pow(2, 70)} 70\n", Programs.RunBothWays(m).Stdout);
    }

    [Fact]
    public void A_global_a_function_reads_stays_shared()
    {
        // g = 5; show(); g = g + 1.5; show()   where show(): print(g)
        var m = Programs.Module(c => c.Const(5).Store("g").Const("show").Call(0).Pop()
            .Load("g").Const(1.5).Op(Opcode.Add).Store("g").Const("show").Call(0).Pop().Halt(),
            b => b.Function("show", [], f => f.Print(p => p.Load("g")).Const(null).Return()));
        Assert.DoesNotContain("RunMain_R", Programs.Emit(m).Source);
        Assert.Equal("5\n6.5\n", Programs.RunBothWays(m).Stdout);
    }

    // run(n): acc = 1; i = 1; while i < n: acc = f(acc, i); i = i + 1; return acc   (f a global)
    private static Action<AcodeBuilder> ThroughGlobal => b => b
        .Function("add", ["a", "b"], f => f.Load("a").Load("b").Op(Opcode.Add).Return())
        .Function("mul", ["a", "b"], f => f.Load("a").Load("b").Op(Opcode.Mul).Return())
        .Function("run", ["n"], f => f.Const(1).Store("acc").Const(1).Store("i")
            .Label("loop").Load("i").Load("n").Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
            .Load("f").Load("acc").Load("i").Call(2).Store("acc")
            .Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "loop")
            .Label("end").Load("acc").Return());

    [Fact]
    public void A_call_through_a_rebound_global_follows_the_new_value()
    {
        var m = Programs.Module(c => c.LoadFunc("add").Store("f").Print(p => p.Const("run").Const(5).Call(1))
            .Const("mul").Store("f").Print(p => p.Const("run").Const(5).Call(1))
            .Const(2.5).Store("f").Print(p => p.Const("run").Const(5).Call(1)).Halt(), ThroughGlobal);
        // run is pure (PureVersionTests): it calls add's pure version while the global still holds add.
        Assert.Contains("if (!ReferenceEquals(s0.Ref, K1.Ref)) goto Fail; s0i = F0_add_P(s1i, s2i, depth + 1);", Programs.Emit(m).Source);
        var r = Programs.RunBothWays(m);
        Assert.Equal("11\n24\n", r.Stdout);
        Assert.StartsWith("Runtime error: 'float' object is not callable", r.Stderr);
    }

    // fw(f, v): return [f * v, f + v, v - f, v / 4, f % v, v ** f, "%s" % f]   (f is a float, v anything)
    private static Action<AcodeBuilder> FloatWithAnything => b => b.Function("fw", ["f", "v"], f => f
        .Load("f").Load("v").Op(Opcode.Mul)
        .Load("f").Load("v").Op(Opcode.Add)
        .Load("v").Load("f").Op(Opcode.Sub)
        .Load("v").Const(4).Op(Opcode.Div)
        .Load("f").Load("v").Op(Opcode.Mod)
        .Load("v").Load("f").Op(Opcode.Pow)
        .Const("%s").Load("f").Op(Opcode.Mod)
        .Op(Opcode.BuildList, 7).Return());

    [Fact]
    public void Arithmetic_of_a_float_with_any_value_is_a_float_or_the_general_error()
    {
        var m = Programs.Module(c => c
            .Print(p => p.Const("fw").Const(1.5).Const(2).Call(2))
            .Print(p => p.Const("fw").Const(2.5).Const(true).Call(2))
            .Print(p => p.Const("fw").Const(0.5).Const(BigInteger.Pow(2, 70)).Call(2))
            .Print(p => p.Const("fw").Const(1.5).Const("s").Call(2)).Halt(), FloatWithAnything);
        Assert.Contains("Typed.TryDouble(", Programs.Emit(m).Source);
        var r = Programs.RunBothWays(m);
        Assert.Equal(
            "[3.0, 3.5, 0.5, 0.5, 1.5, 2.8284271247461903, '1.5']\n"
            + "[2.5, 3.5, -1.5, 0.25, 0.5, 1.0, '2.5']\n"
            + "[5.902958103587057e+20, 1.1805916207174113e+21, 1.1805916207174113e+21, 2.9514790517935283e+20, 0.5, 34359738368.0, '0.5']\n",
            r.Stdout);
        Assert.StartsWith("Runtime error: Cannot multiply float and str", r.Stderr);
    }

    // roots(x, n): n = n + 0; x = x + 0.0; return [x ** 0.5, x ** 0.25, n ** 0.5, (x * n) ** 0.5]
    private static Action<AcodeBuilder> Roots => b => b.Function("roots", ["x", "n"], f => f
        .Load("n").Const(0).Op(Opcode.Add).Store("n")
        .Load("x").Const(0.0).Op(Opcode.Add).Store("x")
        .Load("x").Const(0.5).Op(Opcode.Pow)
        .Load("x").Const(0.25).Op(Opcode.Pow)
        .Load("n").Const(0.5).Op(Opcode.Pow)
        .Load("x").Load("n").Op(Opcode.Mul).Const(0.5).Op(Opcode.Pow)
        .Op(Opcode.BuildList, 4).Return());

    [Fact]
    public void A_square_root_by_the_constant_one_half_is_taken_inline_with_pows_results_and_errors()
    {
        var m = Programs.Module(c => c
            .Print(p => p.Const("roots").Const(2.0).Const(9).Call(2))
            .Print(p => p.Const("roots").Const(0.0).Const(0).Call(2))
            .Print(p => p.Const("roots").Const(double.PositiveInfinity).Const(4).Call(2))
            .Print(p => p.Const("roots").Const(-4.0).Const(1).Call(2)).Halt(), Roots);
        var source = Programs.Emit(m).Source;
        Assert.Contains("Typed.PowHalf(", source);
        Assert.Contains("Typed.Pow(", source); // ** 0.25
        var r = Programs.RunBothWays(m);
        Assert.Equal(
            "[1.4142135623730951, 1.189207115002721, 3.0, 4.242640687119285]\n"
            + "[0.0, 0.0, 0.0, 0.0]\n"
            + "[inf, inf, 2.0, inf]\n", r.Stdout);
        Assert.StartsWith("Runtime error: complex numbers are not supported", r.Stderr);
    }

    // show(n, x): n = n + 0; return [str(n), str(n * n), str(x)]   (n an int, x anything)
    private static Action<AcodeBuilder> Show => b => b.Function("show", ["n", "x"], f => f
        .Load("n").Const(0).Op(Opcode.Add).Store("n")
        .Const("str").Load("n").Call(1)
        .Const("str").Load("n").Load("n").Op(Opcode.Mul).Call(1)
        .Const("str").Load("x").Call(1)
        .Op(Opcode.BuildList, 3).Return());

    [Fact]
    public void Str_of_an_int_is_formatted_unboxed_and_anything_else_calls_the_builtin()
    {
        var m = Programs.Module(c => c
            .Print(p => p.Const("show").Const(-42).Const(1.5).Call(2))
            .Print(p => p.Const("show").Const(4_000_000_000L).Const("s").Call(2)) // n * n beyond 64 bits: the general code
            .Print(p => p.Const("show").Const(0).Const(true).Call(2)).Halt(), Show);
        var source = Programs.Emit(m).Source;
        Assert.Contains("Typed.FormatInt(", source);
        Assert.Contains("Builtins.Str(", source); // str(x) of a Value
        var r = Programs.RunBothWays(m);
        Assert.Equal("['-42', '1764', '1.5']\n['4000000000', '16000000000000000000', 's']\n['0', '0', 'True']\n", r.Stdout);
    }

    // A function named str does not shadow the builtin (ACODE.md 6.3); a class named str does, once it exists.
    [Fact]
    public void Str_of_an_int_keeps_the_call_rules_for_a_function_or_class_named_str()
    {
        var function = Programs.Module(c => c.Print(p => p.Const("show").Const(7).Const(1).Call(2)).Halt(),
            b => { Show(b); b.Function("str", ["v"], f => f.Const("mine").Return()); });
        Assert.Contains("Typed.FormatInt(", Programs.Emit(function).Source);
        Assert.Equal("['7', '49', '1']\n", Programs.RunBothWays(function).Stdout);

        var methods = new DictConstant([]);
        var cls = Programs.Module(c => c.Print(p => p.Const("show").Const(7).Const(1).Call(2))
            .Const(methods).Op(Opcode.CreateClass, c.ConstantIndex("str")).Pop()
            .Print(p => p.Const("show").Const(7).Const(1).Call(2)).Halt(), Show);
        Assert.DoesNotContain("Typed.FormatInt(", Programs.Emit(cls).Source);
        var r = Programs.RunBothWays(cls);
        // Once the class exists, str(...) calls it: the general code's error for a class without __init__.
        Assert.Equal("['7', '49', '1']\n", r.Stdout);
        Assert.StartsWith("Runtime error: Class 'str' has no constru", r.Stderr);
    }

    /// <summary>A generated method's text, from its header to its closing brace.</summary>
    internal static string MethodText(string source, string header)
    {
        var method = source[source.IndexOf(header, StringComparison.Ordinal)..];
        return method[..method.IndexOf("\n    }\n", StringComparison.Ordinal)];
    }

    // inc(x): return x + 1 if x > 0 else x + 2, whose result crosses blocks as a Value: not a typed
    // result, so no pure version (PureVersionTests); twice(x): return inc(x) + inc(x)
    private static Action<AcodeBuilder> IncEitherWay => b => b
        .Function("inc", ["x"], f => f.Load("x").Const(0).Op(Opcode.Gt).Jump(Opcode.JumpIfFalse, "small")
            .Load("x").Const(1).Op(Opcode.Add).Jump(Opcode.Jump, "end")
            .Label("small").Load("x").Const(2).Op(Opcode.Add)
            .Label("end").Return())
        .Function("twice", ["x"], f => f.Const("inc").Load("x").Call(1).Const("inc").Load("x").Call(1).Op(Opcode.Add).Return());

    [Fact]
    public void A_leaf_is_inlinable_and_still_leaves_on_overflow()
    {
        // inc cannot raise or call: no try, no call count, marked for inlining; twice's int arguments
        // make it specialised, and long.MaxValue overflows inside it.
        var m = Programs.Module(c => c.Print(p => p.Const("twice").Const(3).Call(1))
            .Print(p => p.Const("twice").Const(long.MaxValue).Call(1))
            .Print(p => p.Const("twice").Const(4).Call(1)).Halt(), IncEitherWay);
        var source = Programs.Emit(m).Source;
        var leaf = MethodText(source, "private static Value F0_inc_T(");
        Assert.DoesNotContain("try", leaf);
        Assert.Contains("return F0_inc_X(", leaf);
        // The leaf counts its call only when it leaves: its exit method does, before resuming.
        Assert.Contains("Host.Enter();\n        return F0_inc_R(", MethodText(source, "private static Value F0_inc_X("));
        Assert.Contains("AggressiveInlining)]\n    private static Value F0_inc_T(", source);
        Assert.Equal($"8\n{2 * (BigInteger)long.MaxValue + 2}\n10\n", Programs.RunBothWays(m).Stdout);
    }

    // dflt(n): y = 0; x = "unused"; x = n * 0.5; big = n * n * n; y = x + 1; return [x, y, big]
    // (the first stores of y and x are dead: overwritten before any read)
    private static Action<AcodeBuilder> DeadDefaults => b => b.Function("dflt", ["n"], f => f
        .Const(0).Store("y").Const("unused").Store("x")
        .Load("n").Const(0.5).Op(Opcode.Mul).Store("x")
        .Load("n").Load("n").Op(Opcode.Mul).Load("n").Op(Opcode.Mul).Store("big")
        .Load("x").Const(1).Op(Opcode.Add).Store("y")
        .Load("x").Load("y").Load("big").Op(Opcode.BuildList, 3).Return());

    [Fact]
    public void A_default_overwritten_before_any_read_does_not_untype_its_variable()
    {
        // The second call overflows n * n * n and finishes in the resume version.
        var m = Programs.Module(c => c.Print(p => p.Const("dflt").Const(4).Call(1))
            .Print(p => p.Const("dflt").Const(3_000_000).Call(1)).Halt(), DeadDefaults);
        var source = Programs.Emit(m).Source;
        Assert.Contains("double l1 = 0.0;", source); // y
        Assert.Contains("double l2 = 0.0;", source); // x
        Assert.Equal("[2.0, 3.0, 64]\n[1500000.0, 1500001.0, 27000000000000000000]\n", Programs.RunBothWays(m).Stdout);
    }

    // cmpv(n, v): return [n < v, v > n, n == v, v != n, n * v, v - n, n + v]   (n an int, v anything)
    private static Action<AcodeBuilder> IntWithAnything => b => b.Function("cmpv", ["n", "v"], f => f
        .Load("n").Load("v").Op(Opcode.Lt)
        .Load("v").Load("n").Op(Opcode.Gt)
        .Load("n").Load("v").Op(Opcode.Eq)
        .Load("v").Load("n").Op(Opcode.Ne)
        .Load("n").Load("v").Op(Opcode.Mul)
        .Load("v").Load("n").Op(Opcode.Sub)
        .Load("n").Load("v").Op(Opcode.Add)
        .Op(Opcode.BuildList, 7).Return());

    [Fact]
    public void An_int_against_any_value_compares_and_computes_as_the_general_code()
    {
        var m = Programs.Module(c => c
            .Print(p => p.Const("cmpv").Const(2).Const(2.0).Call(2))
            .Print(p => p.Const("cmpv").Const(9007199254740993L).Const(9007199254740992.0).Call(2))
            .Print(p => p.Const("cmpv").Const(3).Const(5).Call(2))
            .Print(p => p.Const("cmpv").Const(1).Const(true).Call(2))
            .Print(p => p.Const("cmpv").Const(-4).Const(double.NaN).Call(2))
            .Print(p => p.Const("cmpv").Const(7).Const(BigInteger.Pow(2, 64)).Call(2))
            .Print(p => p.Const("cmpv").Const(2).Const("ab").Call(2)).Halt(), IntWithAnything);
        Assert.Contains(".IsSmallInt ? ", Programs.Emit(m).Source);
        var r = Programs.RunBothWays(m);
        Assert.Equal(
            "[False, False, True, False, 4.0, 0.0, 4.0]\n"
            + "[False, False, False, True, 8.112963841460668e+31, 0.0, 1.8014398509481984e+16]\n"
            + "[True, True, False, True, 15, 2, 8]\n"
            + "[False, False, True, False, 1, 0, 2]\n"
            + "[False, False, False, True, nan, nan, nan]\n"
            + "[True, True, False, True, 129127208515966861312, 18446744073709551609, 18446744073709551623]\n",
            r.Stdout);
        Assert.StartsWith("Runtime error: ", r.Stderr);
    }
    // acc(n, f): x = 1; if f > 0: x = 0.5; i = 0; while i < n: x = x * 3; i = i + 1; return [x, x * -1.5]
    private static Action<AcodeBuilder> Acc => b => b.Function("acc", ["n", "f"], f => f
        .Const(1).Store("x").Load("f").Const(0).Op(Opcode.Gt).Jump(Opcode.JumpIfFalse, "int").Const(0.5).Store("x")
        .Label("int").Const(0).Store("i")
        .Label("loop").Load("i").Load("n").Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
        .Load("x").Const(3).Op(Opcode.Mul).Store("x")
        .Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "loop")
        .Label("end").Load("x").Load("x").Const(-1.5).Op(Opcode.Mul).Op(Opcode.BuildList, 2).Return());

    [Fact]
    public void A_variable_that_is_an_int_or_a_float_is_a_Num_and_leaves_when_its_int_stops_being_exact()
    {
        // x holds an int on one path and a float on the other; 3^34 is past 2^53, where a double no
        // longer holds every int, so the int path continues in general code with exact big ints.
        var m = Programs.Module(c => c.Print(p => p.Const("acc").Const(5).Const(0).Call(2))
            .Print(p => p.Const("acc").Const(5).Const(1).Call(2))
            .Print(p => p.Const("acc").Const(40).Const(0).Call(2)).Halt(), Acc);
        var source = Programs.Emit(m).Source;
        Assert.Contains("Num l2 = default;", source);
        Assert.Contains("Num.TryMul(", source);
        // values from CPython 3.11
        Assert.Equal("[243, -364.5]\n[121.5, -182.25]\n[12157665459056928801, -1.8236498188585394e+19]\n", Programs.RunBothWays(m).Stdout);
    }

    // zero(f): z = 0; if f > 0: z = 2.5; z = z * -5; return z * -1.5
    private static Action<AcodeBuilder> Zero => b => b.Function("zero", ["f"], f => f
        .Const(0).Store("z").Load("f").Const(0).Op(Opcode.Gt).Jump(Opcode.JumpIfFalse, "int").Const(2.5).Store("z")
        .Label("int").Load("z").Const(-5).Op(Opcode.Mul).Store("z").Load("z").Const(-1.5).Op(Opcode.Mul).Return());

    [Fact]
    public void An_int_zero_times_a_negative_int_is_a_positive_zero_when_it_becomes_a_float()
    {
        // The int 0 * -5 is 0, and 0 * -1.5 is -0.0; the double product 0.0 * -5.0 would be -0.0 and give 0.0.
        var m = Programs.Module(c => c.Print(p => p.Const("zero").Const(0).Call(1))
            .Print(p => p.Const("zero").Const(1).Call(1)).Halt(), Zero);
        Assert.Contains("Num.TryMul(", Programs.Emit(m).Source);
        Assert.Equal("-0.0\n18.75\n", Programs.RunBothWays(m).Stdout);
    }

    // cmp(a, b, f): x = a; if f > 0: x = 0.5; return [x < b, x == b, x > b - 2, b / x]
    private static Action<AcodeBuilder> NumCompare => b => b.Function("cmp", ["a", "b", "f"], f => f
        .Load("a").Store("x").Load("f").Const(0).Op(Opcode.Gt).Jump(Opcode.JumpIfFalse, "int").Const(0.5).Store("x")
        .Label("int").Load("x").Load("b").Op(Opcode.Lt).Load("x").Load("b").Op(Opcode.Eq)
        .Load("x").Load("b").Const(2).Op(Opcode.Sub).Op(Opcode.Gt).Load("b").Load("x").Op(Opcode.Div)
        .Op(Opcode.BuildList, 4).Return());

    [Fact]
    public void A_Num_against_an_int_past_two_to_the_53_compares_and_divides_exactly()
    {
        // As doubles, 2^53 + 1 would round to 2^53: equal, and a wrongly rounded quotient.
        long big = 1L << 53;
        var m = Programs.Module(c => c.Print(p => p.Const("cmp").Const(3).Const(4).Const(0).Call(3))
            .Print(p => p.Const("cmp").Const(big).Const(big + 1).Const(0).Call(3))
            .Print(p => p.Const("cmp").Const(3).Const(big + 1).Const(0).Call(3))
            .Print(p => p.Const("cmp").Const(3).Const(7).Const(1).Call(3)).Halt(), NumCompare);
        Assert.Contains("Num l3 = default;", Programs.Emit(m).Source);
        // values from CPython 3.11
        Assert.Equal("[True, False, True, 1.3333333333333333]\n[True, False, True, 1.0]\n"
            + "[True, False, False, 3002399751580331.0]\n[True, False, False, 14.0]\n", Programs.RunBothWays(m).Stdout);
    }

    // sub(xs, ys, k): return xs[k] - ys[k]
    private static Action<AcodeBuilder> ItemSub => b => b.Function("sub", ["xs", "ys", "k"], f => f
        .Load("xs").Load("k").Op(Opcode.GetItem).Load("ys").Load("k").Op(Opcode.GetItem).Op(Opcode.Sub).Return());

    [Theory]
    [InlineData("bool", "0")]
    [InlineData("big", "1152921504606846975")]
    [InlineData("str", null)]
    public void Items_read_as_numbers_leave_the_typed_code_when_they_are_not(string item, string? expected)
    {
        // xs[k] - ys[k] reads both items as numbers (an int or a float). A bool, an int past 2^53 or
        // a string makes the function leave for its general code, which does what Python does.
        object special = item switch { "bool" => true, "big" => BigInteger.Pow(2, 60), _ => "a" };
        var m = Programs.Module(c => c
            .Print(p => p.Const("sub").Const(0).Const(2.5).Op(Opcode.BuildList, 2).Const(1).Const(0.5).Op(Opcode.BuildList, 2).Const(1).Call(3))
            .Print(p => p.Const("sub").Const(0).Const(2.5).Op(Opcode.BuildList, 2).Const(1).Const(0.5).Op(Opcode.BuildList, 2).Const(0).Call(3))
            .Print(p => p.Const("sub").Const(special).Op(Opcode.BuildList, 1).Const(1).Op(Opcode.BuildList, 1).Const(0).Call(3)).Halt(), ItemSub);
        Assert.Contains("TypedItems.TryGetNum(", Programs.Emit(m).Source);
        var r = Programs.RunBothWays(m);
        if (expected is null)
        {
            Assert.Equal("2.0\n-1\n", r.Stdout);
            Assert.StartsWith("Runtime error: ", r.Stderr);
            Assert.Contains("at sub, instruction 6", r.Stderr);
        }
        else
        {
            Assert.Equal($"2.0\n-1\n{expected}\n", r.Stdout);
        }
    }
    // bump(d, k): return d[k] + 1
    private static Action<AcodeBuilder> ItemBump => b => b.Function("bump", ["d", "k"], f => f
        .Load("d").Load("k").Op(Opcode.GetItem).Const(1).Op(Opcode.Add).Return());

    [Fact]
    public void An_item_of_a_dict_literal_is_not_speculated_to_be_a_number()
    {
        // d[k] + 1 would read the item as a number, but d is known to be a dict (a dict literal
        // passed at every call): only a list's item is read inline, so the read is not speculated
        // and the function does not leave, whatever the item is; a string item raises Python's error.
        var m = Programs.Module(c => c
            .Print(p => p.Const("bump").Const(1).Const(5).Op(Opcode.BuildDict, 1).Const(1).Call(2))
            .Print(p => p.Const("bump").Const(1).Const(2.5).Op(Opcode.BuildDict, 1).Const(1).Call(2))
            .Print(p => p.Const("bump").Const(1).Const("a").Op(Opcode.BuildDict, 1).Const(1).Call(2)).Halt(), ItemBump);
        Assert.DoesNotContain("TryGetNum", Programs.Emit(m).Source);
        var (r, left) = Programs.RunAndListLeaves(m);
        Assert.Equal("6\n3.5\n", r.Stdout);
        Assert.Contains("can only concatenate str (not \"int\") to str", r.Stderr);
        Assert.Empty(left);
        Assert.Equal(r.Stderr, Programs.RunBothWays(m).Stderr);
    }

    [Theory]
    [InlineData(Opcode.Add, 1L)]
    [InlineData(Opcode.Add, -1L)]
    [InlineData(Opcode.Add, 2L)]
    [InlineData(Opcode.Add, long.MaxValue)]
    [InlineData(Opcode.Add, long.MinValue)]
    [InlineData(Opcode.Add, 0L)]
    [InlineData(Opcode.Sub, 1L)]
    [InlineData(Opcode.Sub, -1L)]
    [InlineData(Opcode.Sub, 2L)]
    [InlineData(Opcode.Sub, long.MaxValue)]
    [InlineData(Opcode.Sub, long.MinValue)]
    [InlineData(Opcode.Sub, 0L)]
    public void A_constant_operand_overflows_at_exactly_the_right_bound(Opcode op, long constant)
    {
        // f(x) = x + c or x - c checks one bound instead of the general overflow test; around both
        // ends of the long range the result must be the exact (big) int.
        var xs = new[] { long.MinValue, long.MinValue + 1, long.MinValue + 2, -2L, -1L, 0L, 1L, 2L, long.MaxValue - 2, long.MaxValue - 1, long.MaxValue }
            .Concat(new[] { long.MaxValue, long.MinValue }.SelectMany(e => new[] { e - constant - 1, e - constant, e - constant + 1, e + constant - 1, e + constant, e + constant + 1 }
                .Select(v => unchecked(v)))).Distinct().ToArray();
        var m = Programs.Module(c =>
        {
            foreach (long x in xs) c.Print(p => p.Const("f").Const(x).Call(1));
            c.Halt();
        }, b => b.Function("f", ["x"], f => f.Load("x").Const(constant).Op(op).Return()));
        string f = Programs.Emit(m).Source;
        f = f[f.IndexOf("F0_f_T(long l0, int depth)", StringComparison.Ordinal)..];
        int end = f.IndexOf("F0_f_X", StringComparison.Ordinal);
        Assert.DoesNotContain("Typed.Try", end < 0 ? f : f[..end]);
        var expected = string.Concat(xs.Select(x => (op == Opcode.Add ? (BigInteger)x + constant : (BigInteger)x - constant) + "\n"));
        Assert.Equal(expected, Programs.RunBothWays(m).Stdout);
    }

    // get(c, i): return c[i]; putf(c, i): c[i] = i * 0.5; return c; puti(c, i): c[i] = i * 2; return c
    private static Action<AcodeBuilder> TypedIndexes => b => b
        .Function("get", ["c", "i"], f => f.Load("c").Load("i").Op(Opcode.GetItem).Return())
        .Function("putf", ["c", "i"], f => f.Load("c").Load("i").Load("i").Const(0.5).Op(Opcode.Mul).Op(Opcode.SetItem).Load("c").Return())
        .Function("puti", ["c", "i"], f => f.Load("c").Load("i").Load("i").Const(2).Op(Opcode.Mul).Op(Opcode.SetItem).Load("c").Return());

    [Fact]
    public void Int_indexes_stay_unboxed_for_every_kind_of_container()
    {
        // The typed code reads and writes items with a long index (TypedItems); lists in range take
        // the fast path, everything else (negative indexes, strings, tuples, dicts, a float into an
        // int list, an index out of range) the general operation with its error and frame.
        var m = Programs.Module(c => c
            .Print(p => p.Const("get").Const(1).Const(2).Const(3).Op(Opcode.BuildList, 3).Const(-1).Call(2))
            .Print(p => p.Const("get").Const("abc").Const(1).Call(2))
            .Print(p => p.Const("get").Const(1).Const("one").Op(Opcode.BuildDict, 1).Const(1).Call(2))
            .Print(p => p.Const("get").Const(4).Const(5).Op(Opcode.BuildTuple, 2).Const(0).Call(2))
            .Print(p => p.Const("putf").Const(1).Const(2).Const(3).Op(Opcode.BuildList, 3).Const(1).Call(2))
            .Print(p => p.Const("puti").Const(1.5).Const(2.5).Op(Opcode.BuildList, 2).Const(-2).Call(2))
            .Print(p => p.Const("putf").Op(Opcode.BuildDict, 0).Const(3).Call(2))
            .Print(p => p.Const("get").Const(7).Op(Opcode.BuildList, 1).Const(5).Call(2)).Halt(), TypedIndexes);
        var source = Programs.Emit(m).Source;
        Assert.Contains("TypedItems.Get(", source);
        Assert.Contains("TypedItems.SetFloat(", source);
        Assert.Contains("TypedItems.SetInt(", source);
        var r = Programs.RunBothWays(m);
        // values from CPython 3.11
        Assert.Equal("3\nb\none\n4\n[1, 0.5, 3]\n[-4, 2.5]\n{3: 1.5}\n", r.Stdout);
        Assert.StartsWith("Runtime error: ", r.Stderr);
        Assert.Contains("list index out of range", r.Stderr);
        Assert.Contains("at get, instruction 2", r.Stderr);
    }

    // inv(x): return 1 / (x - 1); its caller sumup(n) loops: i = n; while i > 0: total = total + inv(i); i = i - 1
    private static Action<AcodeBuilder> Inverse => b => b
        .Function("inv", ["x"], f => f.Const(1).Load("x").Const(1).Op(Opcode.Sub).Op(Opcode.Div).Return())
        .Function("sumup", ["n"], f => f.Const(0.0).Store("total").Load("n").Store("i")
            .Label("loop").Load("i").Const(0).Op(Opcode.Gt).Jump(Opcode.JumpIfFalse, "end")
            .Load("total").Const("inv").Load("i").Call(1).Op(Opcode.Add).Store("total")
            .Load("i").Const(1).Op(Opcode.Sub).Store("i").Jump(Opcode.Jump, "loop")
            .Label("end").Load("total").Return());

    [Fact]
    public void A_function_whose_only_error_is_a_division_by_zero_is_a_leaf_that_leaves_to_raise_it()
    {
        // inv has no frame record and is inlinable: its zero divisor leaves for the resume version,
        // which raises the error with inv's frame in the traceback.
        var m = Programs.Module(c => c.Print(p => p.Const("sumup").Const(3).Call(1)).Halt(), Inverse);
        var source = Programs.Emit(m).Source;
        var leaf = MethodText(source, "private static Value F0_inv_T(");
        Assert.DoesNotContain("try", leaf);
        Assert.Contains("AggressiveInlining)]\n    private static Value F0_inv_T(", source);
        var r = Programs.RunBothWays(m);
        Assert.Equal("", r.Stdout);
        Assert.Equal("Runtime error: Division by zero\n  at inv, instruction 4\n  at sumup, instruction 11\n", r.Stderr);
    }

    // ratio(x): print("r"); y = 1.5 / x; print(y); return y (not a leaf: it prints)
    private static Action<AcodeBuilder> Ratio => b => b.Function("ratio", ["x"], f => f
        .Print(p => p.Const("r")).Const(1.5).Load("x").Op(Opcode.Div).Store("y").Print(p => p.Load("y")).Load("y").Return());

    [Fact]
    public void A_float_division_by_zero_in_typed_code_raises_from_a_throw_only_helper()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("ratio").Const(3.0).Call(1)).Print(p => p.Const("ratio").Const(0.0).Call(1)).Halt(), Ratio);
        var method = MethodText(Programs.Emit(m).Source, "private static Value F0_ratio_T(");
        Assert.Contains(": Typed.DivisionByZero();", method);
        Assert.DoesNotContain("Ops.Div(", method);
        var r = Programs.RunBothWays(m);
        Assert.Equal("r\n0.5\n0.5\nr\n", r.Stdout);
        Assert.Equal("Runtime error: Division by zero\n  at ratio, instruction 6\n", r.Stderr);
    }

    // down(n): if n < 1: return 0; return down(n - 1) + 1 (specialised: its calls pass their depth)
    private static AcodeBuilder Down(AcodeBuilder b) => b.Function("down", ["n"], f => f
        .Load("n").Const(1).Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "rec").Const(0).Return()
        .Label("rec").Const("down").Load("n").Const(1).Op(Opcode.Sub).Call(1).Const(1).Op(Opcode.Add).Return());

    [Fact]
    public void An_error_in_main_after_a_typed_recursion_names_no_function()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("down").Const(20).Call(1)).Const(1).Const(0).Op(Opcode.Div).Pop().Halt(),
            b => Down(b));
        var r = Programs.RunBothWays(m);
        Assert.Equal("20\n", r.Stdout);
        Assert.Equal("Runtime error: Division by zero\n", r.Stderr);
    }

    [Fact]
    public void An_error_after_a_typed_recursion_returned_names_only_the_active_calls()
    {
        // g(): down(20); return "a" - 1 (general: no typed local). t(n): down(n); return g() (typed).
        var m = Programs.Module(c => c.Const("g").Call(0).Pop().Halt(), b => Down(b)
            .Function("g", [], f => f.Const("down").Const(20).Call(1).Pop().Const("a").Const(1).Op(Opcode.Sub).Return()));
        Assert.Matches(@"^Runtime error: [^\n]+\n  at g, instruction 6\n$", Programs.RunBothWays(m).Stderr);

        var viaTyped = Programs.Module(c => c.Const("t").Const(20).Call(1).Pop().Halt(), b => Down(b)
            .Function("g", [], f => f.Const("a").Const(1).Op(Opcode.Sub).Return())
            .Function("t", ["n"], f => f.Const("down").Load("n").Call(1).Pop().Const("g").Call(0).Return()));
        Assert.Matches(@"^Runtime error: [^\n]+\n  at g, instruction 2\n  at t, instruction 5\n$", Programs.RunBothWays(viaTyped).Stderr);
    }

    [Fact]
    public void The_traceback_of_a_typed_recursion_names_every_active_call()
    {
        // down(n) with 1 % n at the bottom: typed all the way down; the zero modulus leaves the
        // innermost call for its resume version, which raises.
        var m = Programs.Module(c => c.Print(p => p.Const("start")).Print(p => p.Const("down").Const(3).Call(1)).Halt(),
            b => b.Function("down", ["n"], f => f
                .Load("n").Const(1).Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "rec").Const(1).Load("n").Op(Opcode.Mod).Return()
                .Label("rec").Const("down").Load("n").Const(1).Op(Opcode.Sub).Call(1).Const(1).Op(Opcode.Add).Return()));
        var r = Programs.RunBothWays(m);
        Assert.Equal("start\n", r.Stdout);
        Assert.Equal("Runtime error: integer modulo by zero\n  at down, instruction 6\n"
            + "  at down, instruction 12\n  at down, instruction 12\n  at down, instruction 12\n", r.Stderr);
    }
}
