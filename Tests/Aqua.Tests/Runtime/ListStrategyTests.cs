using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Runtime.V;

namespace Aqua.Tests.Runtime;

/// <summary>
/// AquaList's int-mode storage (long[] while every item is a small int) and its switch to general
/// Value[] storage: results must be Python's whatever the strategy (ACODE.md 6.6).
/// </summary>
public class ListStrategyTests
{
    private static AquaList Ints(params long[] items)
    {
        var list = new AquaList(items.Select(i => Value.Int(i)).ToArray());
        Assert.True(list.IsIntMode);
        return list;
    }

    private static Value Obj(AquaList l) => Value.Object(l);

    private static string Repr(AquaList l) => Text.Repr(Value.Object(l));

    private static Value Call(AquaList l, string name, params Value[] args) => ListMethods.Call(l, name, args);

    [Fact]
    public void CreationPicksTheStrategy()
    {
        Assert.True(new AquaList().IsIntMode);
        Assert.True(new AquaList(8).IsIntMode);
        Assert.True(new AquaList(Array.Empty<Value>()).IsIntMode);
        Assert.True(new AquaList([I(1), I(-2), I(long.MaxValue), I(long.MinValue)]).IsIntMode);
        // bool, float, str, big int, None and nested lists are not small ints.
        Assert.False(new AquaList([I(1), B(true)]).IsIntMode);
        Assert.False(new AquaList([I(1), F(1.0)]).IsIntMode);
        Assert.False(new AquaList([S("a")]).IsIntMode);
        Assert.False(new AquaList([Big("99999999999999999999")]).IsIntMode);
        Assert.False(new AquaList([None]).IsIntMode);
        Assert.False(new AquaList([L()]).IsIntMode);
        Assert.Equal("[1, True]", Repr(new AquaList([I(1), B(true)])));
    }

    [Theory]
    [InlineData("b:1", "[1, True, 3]")]
    [InlineData("f:2.0", "[1, 2.0, 3]")]
    [InlineData("s:x", "[1, 'x', 3]")]
    [InlineData("n", "[1, None, 3]")]
    [InlineData("i:123456789012345678901234567890", "[1, 123456789012345678901234567890, 3]")]
    [InlineData("i:-7", "[1, -7, 3]")]
    public void SetItemSwitchesOnlyForNonSmallInts(string spec, string expected)
    {
        var l = Ints(1, 2, 3);
        Value alias = Obj(l);
        Value v = P(spec);
        Items.SetItem(Obj(l), I(1), v);
        Assert.Equal(expected, Repr(l));
        Assert.Equal(v.IsSmallInt, l.IsIntMode);
        Assert.Equal(expected, Text.Repr(alias));
        Assert.Equal(Ops.TypeName(v), Ops.TypeName(Items.GetItem(alias, I(1))));
        // Writes after the switch (ints again) are seen through the alias; the list stays general.
        Items.SetItem(Obj(l), I(-1), I(30));
        Assert.Equal(I(30), Items.GetItem(alias, I(2)));
        Assert.Equal(v.IsSmallInt, l.IsIntMode);
    }

    [Fact]
    public void NegativeIndexesAndErrorsInIntMode()
    {
        var l = Ints(10, 20, 30);
        Assert.Equal(I(30), Items.GetItem(Obj(l), I(-1)));
        Assert.Equal(I(10), Items.GetItem(Obj(l), I(-3)));
        Assert.Equal(I(20), Items.GetItem(Obj(l), B(true)));
        Items.SetItem(Obj(l), I(-2), I(99));
        Items.SetItem(Obj(l), B(false), I(5));
        Assert.Equal("[5, 99, 30]", Repr(l));
        Assert.True(l.IsIntMode);
        Assert.StartsWith("!IndexError", Check.Outcome(() => Items.GetItem(Obj(l), I(3))));
        Assert.StartsWith("!IndexError", Check.Outcome(() => Items.GetItem(Obj(l), I(-4))));
        Assert.StartsWith("!TypeError", Check.Outcome(() => Items.GetItem(Obj(l), F(1.0))));
        Assert.StartsWith("!TypeError", Check.Outcome(() => I(Ops.Hash(Obj(l)))));
    }

    [Fact]
    public void AppendInsertExtendStayIntOrSwitch()
    {
        var l = new AquaList();
        Value alias = Obj(l);
        for (int i = 0; i < 100; i++) Call(l, "append", I(i));
        Assert.True(l.IsIntMode);
        Call(l, "insert", I(0), I(-1));
        Call(l, "insert", I(-1), I(-2));
        Call(l, "insert", I(1000), I(-3));
        Assert.True(l.IsIntMode);
        Assert.Equal(103, l.Count);
        Assert.Equal(I(-1), l[0]);
        Assert.Equal(I(-2), l[100]);
        Assert.Equal(I(-3), l[102]);
        Call(l, "extend", L(I(7), I(8)));
        Call(l, "extend", T(I(9)));
        Assert.True(l.IsIntMode);
        Assert.Equal(106, l.Count);

        // An append of a str switches; the alias sees the same list.
        Call(l, "append", S("s"));
        Assert.False(l.IsIntMode);
        Assert.Equal(107, Items.Length(alias));
        Assert.Equal(S("s"), Items.GetItem(alias, I(-1)));
        Assert.Equal(I(9), Items.GetItem(alias, I(-2)));
        Assert.Equal(I(50), Items.GetItem(alias, I(51)));

        var m = Ints(1, 2);
        Call(m, "insert", I(1), F(1.5));
        Assert.Equal("[1, 1.5, 2]", Repr(m));
        Assert.False(m.IsIntMode);

        var n = Ints(1, 2);
        Call(n, "extend", L(I(3), B(false), I(4)));
        Assert.Equal("[1, 2, 3, False, 4]", Repr(n));
        Assert.False(n.IsIntMode);

        var e = new AquaList();
        Call(e, "append", B(true));
        Assert.Equal("[True]", Repr(e));
        Assert.False(e.IsIntMode);
    }

    [Fact]
    public void ExtendLeavesTheSourceStrategyAlone()
    {
        var source = Ints(1, 2, 3);
        var general = new AquaList([S("a")]);
        Call(general, "extend", Obj(source));
        Assert.Equal("['a', 1, 2, 3]", Repr(general));
        Assert.True(source.IsIntMode);

        var target = Ints(0);
        Call(target, "extend", Obj(general));
        Assert.Equal("[0, 'a', 1, 2, 3]", Repr(target));
        Assert.False(target.IsIntMode);
    }

    [Fact]
    public void ExtendBySelf()
    {
        var l = Ints(1, 2, 3);
        Call(l, "extend", Obj(l));
        Call(l, "extend", Obj(l));
        Assert.Equal("[1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3]", Repr(l));
        Assert.True(l.IsIntMode);

        var g = new AquaList([I(1), S("b")]);
        Call(g, "extend", Obj(g));
        Assert.Equal("[1, 'b', 1, 'b']", Repr(g));
    }

    [Fact]
    public void IterationSeesAppendsAndTheSwitch()
    {
        // for x in l: if x < 5: l.append(x + 10) ... then a str is appended mid-loop.
        var l = Ints(1, 2, 3);
        var seen = new List<string>();
        var it = Iteration.GetIterator(Obj(l));
        while (it.MoveNext(out Value x))
        {
            seen.Add(Text.Repr(x));
            if (x.IsSmallInt && x.Bits < 5) Call(l, "append", I(x.Bits + 10));
            if (x.IsSmallInt && x.Bits == 12) Call(l, "append", S("end"));
        }
        Assert.Equal("1 2 3 11 12 13 'end'", string.Join(" ", seen));
        Assert.False(it.MoveNext(out _));

        // A shrinking list ends the loop early.
        var s = Ints(1, 2, 3, 4);
        var it2 = Iteration.GetIterator(Obj(s));
        int steps = 0;
        while (it2.MoveNext(out _))
        {
            steps++;
            Call(s, "pop");
        }
        Assert.Equal(2, steps);
    }

    [Fact]
    public void SortReversePopInIntMode()
    {
        var l = Ints(5, -1, 3, 3, long.MinValue, 0, long.MaxValue, 2);
        Call(l, "sort");
        Assert.Equal("[-9223372036854775808, -1, 0, 2, 3, 3, 5, 9223372036854775807]", Repr(l));
        Assert.True(l.IsIntMode);
        Call(l, "reverse");
        Assert.Equal("[9223372036854775807, 5, 3, 3, 2, 0, -1, -9223372036854775808]", Repr(l));
        Assert.True(l.IsIntMode);
        Assert.Equal(I(long.MinValue), Call(l, "pop"));
        Assert.Equal(I(9223372036854775807), Call(l, "pop", I(0)));
        Assert.Equal(I(2), Call(l, "pop", I(-3)));
        Assert.Equal("[5, 3, 3, 0, -1]", Repr(l));
        Assert.True(l.IsIntMode);
        Assert.StartsWith("!IndexError: pop index out of range", Check.Outcome(() => Call(l, "pop", I(5))));
        Call(l, "clear");
        Assert.Equal("[]", Repr(l));
        Assert.StartsWith("!IndexError: pop from empty list", Check.Outcome(() => Call(l, "pop")));

        // Mixed int/float sorts as before (generic path), and a failed sort leaves the list as it was.
        var m = new AquaList([I(3), F(1.5), I(2)]);
        Call(m, "sort");
        Assert.Equal("[1.5, 2, 3]", Repr(m));
        var bad = new AquaList([I(3), S("a"), I(1)]);
        Assert.StartsWith("!TypeError", Check.Outcome(() => Call(bad, "sort")));
        Assert.Equal("[3, 'a', 1]", Repr(bad));
    }

    [Fact]
    public void SearchMethodsInIntMode()
    {
        var l = Ints(4, 1, 4, 2, 4);
        Assert.Equal(I(3), Call(l, "count", I(4)));
        Assert.Equal(I(0), Call(l, "count", I(9)));
        Assert.Equal(I(1), Call(l, "count", B(true)));
        Assert.Equal(I(3), Call(l, "count", F(4.0)));
        Assert.Equal(I(0), Call(l, "index", I(4)));
        Assert.Equal(I(2), Call(l, "index", I(4), I(1)));
        Assert.Equal(I(4), Call(l, "index", I(4), I(-2)));
        Assert.Equal(I(3), Call(l, "index", F(2.0)));
        Assert.Equal("!ValueError: 4 is not in list", Check.Outcome(() => Call(l, "index", I(4), I(3), I(4))));
        Assert.Equal("!ValueError: 4 is not in list", Check.Outcome(() => Call(l, "index", I(4), I(10))));
        Assert.Equal("!ValueError: 7 is not in list", Check.Outcome(() => Call(l, "index", I(7))));
        Assert.True(Items.Contains(I(2), Obj(l)));
        Assert.False(Items.Contains(I(3), Obj(l)));
        Assert.True(Items.Contains(F(1.0), Obj(l)));
        Assert.True(Items.Contains(B(true), Obj(l)));
        Assert.False(Items.Contains(S("4"), Obj(l)));
        Call(l, "remove", I(4));
        Assert.Equal("[1, 4, 2, 4]", Repr(l));
        Call(l, "remove", F(2.0));
        Assert.Equal("[1, 4, 4]", Repr(l));
        Assert.Equal("!ValueError: list.remove(x): x not in list", Check.Outcome(() => Call(l, "remove", I(9))));
    }

    [Fact]
    public void CopyIsIndependent()
    {
        var l = Ints(1, 2, 3);
        var c = (AquaList)Call(l, "copy").Ref!;
        Assert.NotSame(l, c);
        Assert.True(c.IsIntMode);
        Items.SetItem(Obj(c), I(0), S("x"));
        Assert.Equal("[1, 2, 3]", Repr(l));
        Assert.Equal("['x', 2, 3]", Repr(c));
        Assert.True(l.IsIntMode);
        var d = (AquaList)Call(c, "copy").Ref!;
        Assert.Equal("['x', 2, 3]", Repr(d));
    }

    [Fact]
    public void RepetitionAndConcatenation()
    {
        Value ones = Ops.Mul(L(I(1)), I(5));
        Assert.Equal("[1, 1, 1, 1, 1]", Text.Repr(ones));
        Assert.True(((AquaList)ones.Ref!).IsIntMode);
        Assert.Equal("[1, 2, 1, 2, 1, 2]", Text.Repr(Ops.Mul(I(3), L(I(1), I(2)))));
        Assert.Equal("[]", Text.Repr(Ops.Mul(L(I(1)), I(0))));
        Assert.Equal("[]", Text.Repr(Ops.Mul(L(I(1)), I(-3))));
        Assert.Equal("[True, True]", Text.Repr(Ops.Mul(L(B(true)), I(2))));
        Assert.Equal("[0.5, 0.5]", Text.Repr(Ops.Mul(L(F(0.5)), I(2))));
        Value one = Ops.Mul(L(I(1)), B(true));
        Assert.Equal("[1, 1]", Text.Repr(Ops.Add(one, one)));

        // [[]] * 2 shares the inner list.
        Value inner = L();
        Value shared = Ops.Mul(L(inner), I(2));
        ((AquaList)inner.Ref!).Add(I(7));
        Assert.Equal("[[7], [7]]", Text.Repr(shared));

        // Each repetition is a new list; writes to it do not touch the source.
        Value src = L(I(0));
        Value rep = Ops.Mul(src, I(3));
        Items.SetItem(rep, I(1), I(5));
        Assert.Equal("[0]", Text.Repr(src));
        Assert.Equal("[0, 5, 0]", Text.Repr(rep));

        Value sum = Ops.Add(L(I(1), I(2)), L(S("a")));
        Assert.Equal("[1, 2, 'a']", Text.Repr(sum));
        Value ints = Ops.Add(L(I(1)), L(I(2)));
        Assert.True(((AquaList)ints.Ref!).IsIntMode);
        Assert.Equal("[1, 2]", Text.Repr(ints));
    }

    [Fact]
    public void ComparisonsAcrossStrategies()
    {
        var a = Ints(1, 2, 3);
        var b = Ints(1, 2, 3);
        var g = new AquaList([I(1), I(2), S("x")]);
        Items.SetItem(Obj(g), I(2), I(3)); // general storage, int items
        Assert.False(g.IsIntMode);
        Assert.True(Ops.IsEqual(Obj(a), Obj(b)));
        Assert.True(Ops.IsEqual(Obj(a), Obj(g)));
        Assert.True(Ops.IsEqual(Obj(a), L(I(1), F(2.0), I(3))));
        Assert.False(Ops.IsEqual(Obj(a), Obj(Ints(1, 2))));
        Assert.False(Ops.IsEqual(Obj(a), T(I(1), I(2), I(3))));
        Assert.True(Ops.IsLess(Obj(Ints(1, 2)), Obj(a)));
        Assert.True(Ops.IsLess(Obj(Ints(1, 2, 2, 9)), Obj(a)));
        Assert.False(Ops.IsLess(Obj(a), Obj(b)));
        Assert.True(Ops.IsLessOrEqual(Obj(a), Obj(b)));
        Assert.True(Ops.IsGreater(Obj(Ints(2)), Obj(a)));
        Assert.True(Ops.IsGreaterOrEqual(Obj(Ints(1, 2, 3, -5)), Obj(a)));
        Assert.True(Ops.IsLess(Obj(Ints(long.MinValue)), Obj(Ints(long.MaxValue))));
        Assert.True(Ops.IsLess(Obj(new AquaList()), Obj(Ints(0))));
        Assert.StartsWith("!TypeError", Check.BoolOutcome(() => Ops.IsLess(Obj(Ints(1, 2)), L(I(1), S("a")))));
    }

    [Fact]
    public void SelfContainingListPrints()
    {
        var l = Ints(1, 2);
        Call(l, "append", Obj(l));
        Assert.Equal("[1, 2, [...]]", Repr(l));
        Assert.False(l.IsIntMode);
    }

    [Fact]
    public void RangeAndBuiltinsOverIntLists()
    {
        Value r = Builtins.Range([I(2), I(11), I(3)]);
        Assert.Equal("[2, 5, 8]", Text.Repr(r));
        Assert.True(((AquaList)r.Ref!).IsIntMode);
        Assert.Equal(I(15), Builtins.Sum([r]));
        Assert.Equal(I(8), Builtins.Max([r]));
        Assert.Equal(I(2), Builtins.Min([r]));
        // Still a working list after the builtins saw its items.
        Items.SetItem(r, I(0), I(1));
        Call((AquaList)r.Ref!, "append", I(4));
        Assert.Equal("[1, 5, 8, 4]", Text.Repr(r));
    }

    [Fact]
    public void BigListsRoundTrip()
    {
        // The sieve's pattern on an int-mode list, then a switch in the middle of a long list.
        Value flags = Ops.Mul(L(I(1)), I(101));
        Items.SetItem(flags, I(0), I(0));
        Items.SetItem(flags, I(1), I(0));
        for (int i = 2; i * i <= 100; i++)
            if (Items.GetItem(flags, I(i)).Bits == 1)
                for (int k = i * i; k <= 100; k += i) Items.SetItem(flags, I(k), I(0));
        int count = 0;
        for (int p = 2; p <= 100; p++) if (Ops.IsEqual(Items.GetItem(flags, I(p)), I(1))) count++;
        Assert.Equal(25, count);
        var list = (AquaList)flags.Ref!;
        Assert.True(list.IsIntMode);
        Items.SetItem(flags, I(50), F(0.5));
        Assert.False(list.IsIntMode);
        Assert.Equal(101, list.Count);
        Assert.Equal(I(1), Items.GetItem(flags, I(97)));
        Assert.Equal(F(0.5), Items.GetItem(flags, I(50)));
        Assert.Equal(I(0), Items.GetItem(flags, I(100)));
    }
}
