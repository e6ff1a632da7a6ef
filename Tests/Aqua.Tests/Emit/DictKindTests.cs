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
}
