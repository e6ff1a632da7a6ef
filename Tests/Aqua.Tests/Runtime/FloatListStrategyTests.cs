using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Runtime.V;

namespace Aqua.Tests.Runtime;

/// <summary>
/// AquaList's float mode (double[] while every item is a float or an int exact as a double, ints
/// marked so that they read back as ints): whatever the strategy, a list must behave as a general
/// list holding the same items (ACODE.md 6.6). Each test runs the same operations on a float-mode
/// list and on a general one and compares what Python would show.
/// </summary>
public class FloatListStrategyTests
{
    /// <summary>A general list holding <paramref name="items"/> (a str, added and removed, generalizes it for good).</summary>
    private static AquaList General(params Value[] items)
    {
        var list = new AquaList([.. items, S("x")]);
        list.RemoveAt(list.Count - 1);
        Assert.False(list.IsIntMode || list.IsFloatMode);
        return list;
    }

    private static string Show(AquaList l) =>
        Text.Repr(Value.Object(l)) + " " + string.Join(",", Enumerable.Range(0, l.Count).Select(i => Ops.TypeName(l[i])));

    [Fact]
    public void CreationPicksFloatModeForNumsWithAFloat()
    {
        Assert.True(new AquaList([F(1.0)]).IsFloatMode);
        Assert.True(new AquaList([I(0), I(0), F(39.47)]).IsFloatMode);
        Assert.True(new AquaList([I(1L << 53), F(0.5), I(-(1L << 53))]).IsFloatMode);
        // Ints alone are int mode; an int past 2^53, a bool or anything else is general.
        Assert.True(new AquaList([I(1)]).IsIntMode);
        Assert.False(new AquaList([I((1L << 53) + 1), F(0.5)]).IsFloatMode);
        Assert.False(new AquaList([B(true), F(0.5)]).IsFloatMode);
        Assert.False(new AquaList([None, F(0.5)]).IsFloatMode);
        Assert.Equal("[0, 0, 1.5, -0.0] int,int,float,float", Show(new AquaList([I(0), I(0), F(1.5), F(-0.0)])));
    }

    [Fact]
    public void AnIntListGivenAFloatGoesToFloatModeWhenItsIntsAreExact()
    {
        var l = new AquaList([I(1), I(2)]);
        l.Add(F(2.5));
        Assert.True(l.IsFloatMode);
        Assert.Equal("[1, 2, 2.5] int,int,float", Show(l));

        var big = new AquaList([I(long.MaxValue)]);
        big.Add(F(2.5));
        Assert.False(big.IsFloatMode || big.IsIntMode);
        Assert.Equal("[9223372036854775807, 2.5] int,float", Show(big));

        var set = new AquaList([I(3), I(4)]);
        Items.SetItem(Value.Object(set), I(0), F(1.0));
        Assert.True(set.IsFloatMode);
        Assert.Equal("[1.0, 4] float,int", Show(set));

        var empty = new AquaList();
        empty.Add(F(0.25));
        Assert.True(empty.IsFloatMode);
    }

    [Fact]
    public void NumsReadThroughTypedAccessKeepTheirKind()
    {
        var l = new AquaList([I(0), F(0.5), I(-3)]);
        Assert.True(TypedItems.TryGetNum(l, 0, out Num a) && a.IsInt && a.V == 0);
        Assert.True(TypedItems.TryGetNum(l, 1, out Num b) && !b.IsInt && b.V == 0.5);
        Assert.True(TypedItems.TryGetNum(l, 2, out Num c) && c.IsInt && c.V == -3);
        Assert.False(TypedItems.TryGetNum(l, 3, out _));
        Assert.False(TypedItems.TryGetNum(l, -1, out _));
        // A float written over an int makes it a float; over every int, the list is floats alone.
        TypedItems.SetFloat(l, 0, 1.25);
        TypedItems.SetFloat(l, 2, -0.0);
        Assert.Equal("[1.25, 0.5, -0.0] float,float,float", Show(l));
        TypedItems.SetNum(l, 1, Num.Int(7));
        Assert.Equal("[1.25, 7, -0.0] float,int,float", Show(l));
        Assert.True(TypedItems.TryGetNum(l, 1, out Num d) && d.IsInt && d.V == 7);
        Assert.StartsWith("!IndexError", Check.Outcome(() => { TypedItems.SetFloat(l, 3, 1.0); return None; }));
    }

    private static readonly Value[] Kinds =
    [
        F(0.5), F(-0.0), F(double.NaN), F(double.PositiveInfinity), F(1e300), I(0), I(-1), I(1L << 53), I(-(1L << 53)),
        I((1L << 53) + 1), I(long.MinValue), B(true), B(false), S("s"), None, Big("123456789012345678901234567890"),
    ];

    /// <summary>
    /// Random sequences of list operations, on a float-mode list and on a general list with the same
    /// items: after each, both show the same items of the same types. Dropping the int-slot bit of a
    /// removed or overwritten item, or generalizing with a wrong capacity, makes them differ.
    /// </summary>
    [Fact]
    public void EveryOperationMatchesAGeneralList()
    {
        var random = new Random(2026);
        for (int round = 0; round < 400; round++)
        {
            Value[] start = Enumerable.Range(0, random.Next(1, 70))
                .Select(i => random.Next(3) == 0 ? I(random.Next(-5, 5)) : F(random.Next(-50, 50) / 4.0)).ToArray();
            if (!start.Any(v => v.IsFloat)) start[0] = F(0.75);
            var fast = new AquaList((Value[])start.Clone());
            var slow = General(start);
            Assert.True(fast.IsFloatMode);
            for (int step = 0; step < 40; step++)
            {
                string op = Apply(random, fast, slow);
                Assert.Equal(op + " " + Show(slow), op + " " + Show(fast));
                if (random.Next(5) == 0)
                {
                    var copy = fast.Copy();
                    Assert.Equal(Show(fast), Show(copy));
                    if (fast.IsFloatMode) Assert.True(copy.IsFloatMode);
                }
            }
        }
    }

    /// <summary>One operation with the same random choices on both lists; its name.</summary>
    private static string Apply(Random random, AquaList fast, AquaList slow)
    {
        Value item = random.Next(4) == 0 ? Kinds[random.Next(Kinds.Length)] : random.Next(2) == 0 ? I(random.Next(-9, 9)) : F(random.Next(-9, 9) * 0.5);
        int at = fast.Count == 0 ? 0 : random.Next(fast.Count);
        string Add()
        {
            fast.Add(item); slow.Add(item);
            return $"add {Text.Repr(item)}";
        }
        switch (random.Next(12))
        {
            case 0 or 1 or 2:
                if (fast.Count == 0) return Add();
                fast[at] = item; slow[at] = item;
                return $"set {at} {Text.Repr(item)}";
            case 3 or 4:
                return Add();
            case 5:
                fast.Insert(at, item); slow.Insert(at, item);
                return $"insert {at} {Text.Repr(item)}";
            case 6:
                if (fast.Count == 0) return Add();
                fast.RemoveAt(at); slow.RemoveAt(at);
                return $"remove {at}";
            case 7:
                fast.Reverse(); slow.Reverse();
                return "reverse";
            case 8:
                fast.AddRange(fast); slow.AddRange(slow);
                return "extend by itself";
            case 9:
                var more = new AquaList([item, F(0.125), I(2)]);
                fast.AddRange(more); slow.AddRange(General(item, F(0.125), I(2)));
                return $"extend {Text.Repr(item)}";
            case 10:
                if (random.Next(4) != 0) return Add();
                fast.Clear(); slow.Clear();
                return "clear";
            default:
                int k = random.Next(-1, fast.Count + 1);
                Assert.Equal(Check.Outcome(() => Items.GetItem(Value.Object(slow), I(k))), Check.Outcome(() => Items.GetItem(Value.Object(fast), I(k))));
                Assert.Equal(Ops.IsEqual(Value.Object(slow), Value.Object(new AquaList(slow.ToArray()))), Ops.IsEqual(Value.Object(fast), Value.Object(new AquaList(slow.ToArray()))));
                Assert.Equal(Items.Contains(item, Value.Object(slow)), Items.Contains(item, Value.Object(fast.Copy())));
                return $"read {k}";
        }
    }
}
