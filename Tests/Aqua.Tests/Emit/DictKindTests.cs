using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>
/// Dicts in specialised code: a dict literal read, written or tested with `in` by an int key probes
/// by the unboxed int (TypedDicts). A key the int probe cannot decide (a float or bool key of the same
/// hash, an int beyond the small-int hash) and a missing key to read take the general operation, so
/// every result and error is the general code's.
/// </summary>
public sealed class DictKindTests
{
    // probe(k): d = {1.0: 10, -1: 20, 2**62: 30, "s": 40}; r = 0; if k in d: r = d[k]
    //           d[k] = 5; d[k + 1] = 6; return [r, d]
    // via1(f, a): return f(a): a dynamic call, which the typing does not see
    private static Action<AcodeBuilder> Probe => b => b
        .Function("via1", ["f", "a"], f => f.Load("f").Load("a").Call(1).Return())
        .Function("probe", ["k"], f => f
        .Const(1.0).Const(10).Const(-1).Const(20).Const(1L << 62).Const(30).Const("s").Const(40).Op(Opcode.BuildDict, 4).Store("d")
        .Const(0).Store("r")
        .Load("k").Load("d").Op(Opcode.In).Jump(Opcode.JumpIfFalse, "set")
        .Load("d").Load("k").Op(Opcode.GetItem).Store("r")
        .Label("set").Load("d").Load("k").Const(5).Op(Opcode.SetItem)
        .Load("d").Load("k").Const(1).Op(Opcode.Add).Const(6).Op(Opcode.SetItem)
        .Load("r").Load("d").Op(Opcode.BuildList, 2).Return());

    [Fact]
    public void Int_keys_probe_a_dict_literal_unboxed_and_keys_of_other_kinds_take_the_general_way()
    {
        var m = Programs.Module(c => c
            .Print(p => p.Const("probe").Const(1).Call(1)) // equals the float key 1.0: kept, value replaced
            .Print(p => p.Const("probe").Const(-1).Call(1)) // -1 hashes as -2
            .Print(p => p.Const("probe").Const(1L << 62).Call(1)) // beyond the small-int hash
            .Print(p => p.Const("probe").Const(7).Call(1)) // absent: inserted in order
            .Print(p => p.Const("via1").LoadFunc("probe").Const(2.0).Call(2)).Halt(), Probe); // a float key: the general version
        var source = Programs.Emit(m).Source;
        Assert.Contains("TypedDicts.ContainsInt(", source);
        Assert.Contains("TypedDicts.GetInt(", source);
        Assert.Contains("TypedDicts.SetInt(", source);
        var r = Programs.RunBothWays(m);
        // BUILD_DICT inserts its pairs from the top of the stack down (ACODE.md), so 's' comes first.
        Assert.Equal(
            "[10, {'s': 40, 4611686018427387904: 30, -1: 20, 1.0: 5, 2: 6}]\n"
            + "[20, {'s': 40, 4611686018427387904: 30, -1: 5, 1.0: 10, 0: 6}]\n"
            + "[30, {'s': 40, 4611686018427387904: 5, -1: 20, 1.0: 10, 4611686018427387905: 6}]\n"
            + "[0, {'s': 40, 4611686018427387904: 30, -1: 20, 1.0: 10, 7: 5, 8: 6}]\n"
            + "[0, {'s': 40, 4611686018427387904: 30, -1: 20, 1.0: 10, 2.0: 5, 3.0: 6}]\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    // bools(k): d = {True: "t", 0: "z"}; if k in d: return d[k]; return "none"
    private static Action<AcodeBuilder> Bools => b => b.Function("bools", ["k"], f => f
        .Const(true).Const("t").Const(0).Const("z").Op(Opcode.BuildDict, 2).Store("d")
        .Load("k").Const(0).Op(Opcode.Add).Store("k")
        .Load("k").Load("d").Op(Opcode.In).Jump(Opcode.JumpIfFalse, "none")
        .Load("d").Load("k").Op(Opcode.GetItem).Return()
        .Label("none").Const("none").Return());

    [Fact]
    public void An_int_finds_the_bool_key_it_equals()
    {
        var m = Programs.Module(c => c
            .Print(p => p.Const("bools").Const(1).Call(1))
            .Print(p => p.Const("bools").Const(0).Call(1))
            .Print(p => p.Const("bools").Const(2).Call(1)).Halt(), Bools);
        Assert.Contains("TypedDicts.ContainsInt(", Programs.Emit(m).Source);
        Assert.Equal("t\nz\nnone\n", Programs.RunBothWays(m).Stdout);
    }

    // read(k): d = {1: 2}; k = k + 0; return d[k]
    private static Action<AcodeBuilder> Read => b => b.Function("read", ["k"], f => f
        .Const(1).Const(2).Op(Opcode.BuildDict, 1).Store("d")
        .Load("k").Const(0).Op(Opcode.Add).Store("k")
        .Load("d").Load("k").Op(Opcode.GetItem).Return());

    [Fact]
    public void A_missing_int_key_raises_the_general_error_with_its_frame()
    {
        var m = Programs.Module(c => c
            .Print(p => p.Const("read").Const(1).Call(1))
            .Print(p => p.Const("read").Const(3).Call(1)).Halt(), Read);
        Assert.Contains("TypedDicts.GetInt(", Programs.Emit(m).Source);
        var r = Programs.RunBothWays(m);
        Assert.Equal("2\n", r.Stdout);
        Assert.Equal("Runtime error: Cannot get item from dict: 3\n  at read, instruction 10\n", r.Stderr);
        Assert.NotEqual(0, r.ExitCode);
    }
    // name(k, n): d = {"a": 1, 2: 2, 1.5: 3}; n = n + 0; d[k + f"{n}"] = 9; d[k] = 10; return d
    // via2(f, a, b): return f(a, b): a dynamic call, which the typing does not see
    private static Action<AcodeBuilder> Names => b => b
        .Function("via2", ["f", "a", "b"], f => f.Load("f").Load("a").Load("b").Call(2).Return())
        .Function("name", ["k", "n"], f => f
        .Const("a").Const(1).Const(2).Const(2).Const(1.5).Const(3).Op(Opcode.BuildDict, 3).Store("d")
        .Load("n").Const(0).Op(Opcode.Add).Store("n")
        .Load("k").Load("n").Op(Opcode.FormatValue).Op(Opcode.Add).Store("key")
        .Load("d").Load("key").Const(9).Op(Opcode.SetItem)
        .Load("d").Load("k").Const(10).Op(Opcode.SetItem)
        .Load("d").Return());

    [Fact]
    public void Str_keys_write_a_dict_literal_by_their_str_hash_and_other_keys_take_the_general_way()
    {
        var m = Programs.Module(c => c
            .Print(p => p.Const("name").Const("a").Const(0).Call(2)) // "a0" inserted, "a" updated in place
            .Print(p => p.Const("name").Const("").Const(7).Call(2)) // "7" and "" inserted
            .Print(p => p.Const("via2").LoadFunc("name").Const(1.5).Const(1).Call(3)) // float + str: the general TypeError
            .Halt(), Names);
        var source = Programs.Emit(m).Source;
        Assert.Contains("TypedDicts.Set(", source);
        Assert.Contains("Typed.Concat(", source);
        Assert.Contains("Typed.FormatInt(", source);
        var r = Programs.RunBothWays(m);
        Assert.Equal("{1.5: 3, 2: 2, 'a': 10, 'a0': 9}\n{1.5: 3, 2: 2, 'a': 1, '7': 9, '': 10}\n", r.Stdout);
        Assert.StartsWith("Runtime error: Cannot add float and str", r.Stderr);
        Assert.NotEqual(0, r.ExitCode);
    }

    // put(k, n): n = n + 0; d = {1: n}; d[k] = "v"; return d -- the key is whatever the caller passes
    private static Action<AcodeBuilder> Put => b => b.Function("put", ["k", "n"], f => f
        .Load("n").Const(0).Op(Opcode.Add).Store("n")
        .Const(1).Load("n").Op(Opcode.BuildDict, 1).Store("d")
        .Load("d").Load("k").Const("v").Op(Opcode.SetItem)
        .Load("d").Return());

    [Fact]
    public void A_key_of_no_typed_kind_that_is_not_a_str_takes_the_general_SET_ITEM_and_its_error()
    {
        var m = Programs.Module(c => c
            .Print(p => p.Const("put").Const(1.0).Const(1).Call(2)) // equals the int key 1: kept, value replaced
            .Print(p => p.Const("put").Const(true).Const(1).Call(2))
            .Print(p => p.Const("put").Const(null).Const(1).Call(2))
            .Print(p => p.Const("put").Const(1).Op(Opcode.BuildList, 1).Const(1).Call(2)) // unhashable
            .Halt(), Put);
        Assert.Contains("TypedDicts.Set(", Programs.Emit(m).Source);
        var r = Programs.RunBothWays(m);
        Assert.Equal("{1: 'v'}\n{1: 'v'}\n{1: 1, None: 'v'}\n", r.Stdout);
        Assert.StartsWith("Runtime error: Cannot set item in dict: unhashable type: 'list'", r.Stderr);
    }
}
