using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>
/// Lists in specialised code: a value the typing proves to be a list (a list literal, a list times
/// an int, a parameter every call passes a list, a callee's list result) is held as an AquaList;
/// items are read and written with no type test, and `xs[i] == k` compares the item in place.
/// Every other container, index or item takes the general way and gives what the general code gives.
/// </summary>
public sealed class ListKindTests
{
    // via2(f, a, b): return f(a, b); via3(f, a, b, c): return f(a, b, c): dynamic calls, which the typing does not see
    private static AcodeBuilder Via(AcodeBuilder b) => b
        .Function("via2", ["f", "a", "b"], f => f.Load("f").Load("a").Load("b").Call(2).Return())
        .Function("via1", ["f", "a"], f => f.Load("f").Load("a").Call(1).Return())
        .Function("via3", ["f", "a", "b", "c"], f => f.Load("f").Load("a").Load("b").Load("c").Call(3).Return());

    // zeros(xs, n): c = 0; i = 0; while i < n: (if xs[i] == 0: c = c + 1); (if xs[i] != 1: c = c + 10); i = i + 1; return c
    private static Action<AcodeBuilder> Zeros => b => Via(b).Function("zeros", ["xs", "n"], f => f
        .Const(0).Store("c").Const(0).Store("i")
        .Label("loop").Load("i").Load("n").Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
        .Load("xs").Load("i").Op(Opcode.GetItem).Const(0).Op(Opcode.Eq).Jump(Opcode.JumpIfFalse, "ne")
        .Load("c").Const(1).Op(Opcode.Add).Store("c")
        .Label("ne").Load("xs").Load("i").Op(Opcode.GetItem).Const(1).Op(Opcode.Ne).Jump(Opcode.JumpIfFalse, "next")
        .Load("c").Const(10).Op(Opcode.Add).Store("c")
        .Label("next").Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "loop")
        .Label("end").Load("c").Return());

    [Fact]
    public void List_items_compared_with_an_int_constant_are_compared_in_place_with_Python_equality()
    {
        // [0, 1, 0.0, "0", False, 0, 1.0]: == 0 holds for 0, 0.0, False, 0 (4); != 1 for all but 1 and 1.0 (5).
        // A tuple takes the general version (the guard wants a list); n past the end raises IndexError at the read.
        var m = Programs.Module(c => c
            .Print(p => p.Const("zeros").Const(0).Const(1).Const(0.0).Const("0").Const(false).Const(0).Const(1.0)
                .Op(Opcode.BuildList, 7).Const(7).Call(2))
            .Print(p => p.Const("via2").LoadFunc("zeros").Const(0).Const(0).Const(1).Op(Opcode.BuildTuple, 3).Const(3).Call(3))
            .Print(p => p.Const("zeros").Const(0).Const(2).Op(Opcode.BuildList, 2).Const(3).Call(2)).Halt(), Zeros);
        var source = Programs.Emit(m).Source;
        Assert.Contains("F3_zeros_T(AquaList l0, long l1, int depth)", source);
        Assert.Contains("TypedItems.EqualsInt(", source);
        var r = Programs.RunBothWays(m);
        Assert.Equal("54\n22\n", r.Stdout); // values from CPython 3.11
        Assert.Contains("list index out of range", r.Stderr);
        Assert.Contains("at zeros, instruction 10", r.Stderr); // the GET_ITEM
    }

    // repeat(n): a = [0] * n; b = n * [7]; return a + b
    private static Action<AcodeBuilder> Repeat => b => Via(b).Function("repeat", ["n"], f => f
        .Const(0).Op(Opcode.BuildList, 1).Load("n").Op(Opcode.Mul).Store("a")
        .Load("n").Const(7).Op(Opcode.BuildList, 1).Op(Opcode.Mul).Store("b")
        .Load("a").Load("b").Op(Opcode.Add).Return());

    [Fact]
    public void A_list_times_an_int_is_a_list_for_every_count()
    {
        var m = Programs.Module(c => c
            .Print(p => p.Const("repeat").Const(2).Call(1))
            .Print(p => p.Const("repeat").Const(0).Call(1))
            .Print(p => p.Const("repeat").Const(-3).Call(1))
            .Print(p => p.Const("via1").LoadFunc("repeat").Const(1.5).Call(2)).Halt(), Repeat);
        var source = Programs.Emit(m).Source;
        Assert.Contains("AquaList l1 = null;", source);
        Assert.Contains("Typed.RepeatList(", source);
        var r = Programs.RunBothWays(m);
        Assert.Equal("[0, 0, 7, 7]\n[]\n[]\n", r.Stdout);
        Assert.Contains("can't multiply sequence by non-int of type 'float'", r.Stderr);
    }

    // fill(n): xs = [0] * n; put(xs, n - 1, 5); if xs: return xs; return [-1]
    // put(ys, i, v): ys[i] = v; return ys
    private static Action<AcodeBuilder> Fill => b => Via(b)
        .Function("put", ["ys", "i", "v"], f => f.Load("ys").Load("i").Load("v").Op(Opcode.SetItem).Load("ys").Return())
        .Function("fill", ["n"], f => f
            .Const(0).Op(Opcode.BuildList, 1).Load("n").Op(Opcode.Mul).Store("xs")
            .Const("put").Load("xs").Load("n").Const(1).Op(Opcode.Sub).Const(5).Call(3).Store("xs")
            .Load("xs").Jump(Opcode.JumpIfFalse, "empty").Load("xs").Return()
            .Label("empty").Const(-1).Op(Opcode.BuildList, 1).Return());

    [Fact]
    public void Lists_pass_between_specialised_functions_and_keep_Python_truth()
    {
        // fill(0) writes xs[-1] of an empty list: IndexError in put, called from fill.
        var m = Programs.Module(c => c
            .Print(p => p.Const("fill").Const(3).Call(1))
            .Print(p => p.Const("fill").Const(1).Call(1))
            .Print(p => p.Const("via3").LoadFunc("put").Const("ab").Const(0).Const(1).Call(4))
            .Print(p => p.Const("fill").Const(0).Call(1)).Halt(), Fill);
        var source = Programs.Emit(m).Source;
        Assert.Contains("F3_put_T(AquaList l0, long l1, long l2, int depth)", source);
        Assert.Contains("(l0.Count != 0)", source.Replace("s0l", "l0"));
        var r = Programs.RunBothWays(m);
        Assert.Equal("[0, 0, 5]\n[5]\n", r.Stdout);
        Assert.Contains("'str' object does not support item assignment", r.Stderr);
    }

    // rows(grid, n): s = 0; i = 0; while i < n: row = grid[i]; s = s + row[0] * row[1]; row[0] = s; i = i + 1
    //                return s
    private static Action<AcodeBuilder> Rows => b => Via(b).Function("rows", ["grid", "n"], f => f
        .Const(0).Store("s").Const(0).Store("i")
        .Label("loop").Load("i").Load("n").Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
        .Load("grid").Load("i").Op(Opcode.GetItem).Store("row")
        .Load("s").Load("row").Const(0).Op(Opcode.GetItem).Load("row").Const(1).Op(Opcode.GetItem).Op(Opcode.Mul).Op(Opcode.Add).Store("s")
        .Load("row").Const(0).Load("s").Op(Opcode.SetItem)
        .Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "loop")
        .Label("end").Load("s").Return());

    [Fact]
    public void An_item_of_a_list_that_is_indexed_in_turn_is_read_as_a_list_and_anything_else_leaves()
    {
        // [[1, 2], [3, 4]]: both rows are lists (14). [[1.5, 2], {0: 3, 1: 4}]: the dict row leaves for
        // the general code at its read (15.0). A tuple grid takes the general version (30). A grid
        // shorter than n raises IndexError at the read of the row.
        var m = Programs.Module(c => c
            .Print(p => p.Const("rows").Const(1).Const(2).Op(Opcode.BuildList, 2).Const(3).Const(4).Op(Opcode.BuildList, 2)
                .Op(Opcode.BuildList, 2).Const(2).Call(2))
            .Print(p => p.Const("rows").Const(1.5).Const(2).Op(Opcode.BuildList, 2).Const(0).Const(3).Const(1).Const(4).Op(Opcode.BuildDict, 2)
                .Op(Opcode.BuildList, 2).Const(2).Call(2))
            .Print(p => p.Const("via2").LoadFunc("rows").Const(5).Const(6).Op(Opcode.BuildList, 2).Op(Opcode.BuildTuple, 1).Const(1).Call(3))
            .Print(p => p.Const("rows").Const(1).Const(2).Op(Opcode.BuildList, 2).Op(Opcode.BuildList, 1).Const(3).Call(2)).Halt(), Rows);
        var source = Programs.Emit(m).Source;
        Assert.Contains("TypedItems.TryGetList(ref ", source);
        Assert.Contains("AquaList l4 = null;", source); // row (grid, n, s, i, row)
        var r = Programs.RunBothWays(m);
        Assert.Equal("14\n15.0\n30\n", r.Stdout); // values from CPython 3.11
        Assert.Contains("list index out of range", r.Stderr);
        Assert.Contains("at rows, instruction 10", r.Stderr); // the GET_ITEM of the row
        var (_, left) = Programs.RunAndListLeaves(m);
        Assert.Equal(["rows"], left);
    }

    // rows2(grid, n): row = n; s = row; i = 0; while i < n: row = grid[i]; s = s + row[0] * row[1]; i = i + 1
    //                 return s
    private static Action<AcodeBuilder> RowsFromAnything => b => b.Function("rows2", ["grid", "n"], f => f
        .Load("n").Store("row").Load("row").Store("s").Const(0).Store("i")
        .Label("loop").Load("i").Load("n").Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
        .Load("grid").Load("i").Op(Opcode.GetItem).Store("row")
        .Load("s").Load("row").Const(0).Op(Opcode.GetItem).Load("row").Const(1).Op(Opcode.GetItem).Op(Opcode.Mul).Op(Opcode.Add).Store("s")
        .Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "loop")
        .Label("end").Load("s").Return());

    [Fact]
    public void An_item_is_not_speculated_to_be_a_list_for_a_variable_that_holds_other_things()
    {
        // row also holds n (an int that is read): it is anything, so the row read stays general and
        // the dict row does not make the function leave. 2 + 2 + 3 * 4 = 16.
        var m = Programs.Module(c => c
            .Print(p => p.Const("rows2").Const(1).Const(2).Op(Opcode.BuildList, 2).Const(0).Const(3).Const(1).Const(4).Op(Opcode.BuildDict, 2)
                .Op(Opcode.BuildList, 2).Const(2).Call(2)).Halt(), RowsFromAnything);
        Assert.DoesNotContain("TryGetList", Programs.Emit(m).Source);
        var (r, left) = Programs.RunAndListLeaves(m);
        Assert.Equal("16\n", r.Stdout);
        Assert.Empty(left);
    }
}
