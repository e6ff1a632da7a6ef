using Aqua.Runtime;
using Xunit;

namespace Aqua.Tests.Runtime;

/// <summary>TypedItems (typed code's GET_ITEM/SET_ITEM with an unboxed index) against Items with a boxed one.</summary>
public class TypedItemsTests
{
    private static IEnumerable<Func<Value>> Objects() =>
    [
        () => Value.Object(new AquaList([Value.Int(1), Value.Int(2), Value.Int(3)])),
        () => Value.Object(new AquaList([Value.Float(0.5), Value.Int(2), Value.Str("x")])),
        () => Value.Object(new AquaList()),
        () => Value.Str("abc"),
        () => Value.Object(new AquaTuple([Value.Int(4), Value.Float(5.5)])),
        () => Items.BuildDict([Value.Int(1), Value.Str("one"), Value.Int(-1), Value.Str("minus")]),
        () => Value.Int(7),
        () => Value.None,
    ];

    private static readonly long[] Indexes = [0, 1, 2, 3, 4, -1, -3, -4, long.MaxValue, long.MinValue];

    private static string Outcome(Func<Value> run)
    {
        try
        {
            return "ok " + Text.Repr(run());
        }
        catch (AquaError e)
        {
            return $"{e.Type}: {e.Message}";
        }
    }

    [Fact]
    public void Get_and_General_match_GetItem_for_every_object_and_index()
    {
        foreach (var make in Objects())
            foreach (long i in Indexes)
            {
                string expected = Outcome(() => Items.GetItem(make(), Value.Int(i)));
                Assert.Equal(expected, Outcome(() => TypedItems.Get(make(), i)));
                Assert.Equal(expected, Outcome(() => TypedItems.General(make(), i)));
                // Only a list item read with a non-negative index in range, holding a float or an exact int, is a Num.
                bool isNum = TypedItems.TryGetNum(make(), i, out Num n);
                Assert.Equal(isNum, make().Ref is AquaList && i >= 0 && expected.StartsWith("ok ") && Num.Fits(Items.GetItem(make(), Value.Int(i))));
                if (isNum) Assert.Equal(expected, "ok " + Text.Repr(n.ToValue()));
            }
    }

    [Fact]
    public void Every_set_matches_SetItem_with_the_boxed_value()
    {
        var sets = new (string Name, Value Boxed, Action<Value, long> Typed)[]
        {
            ("float", Value.Float(-0.0), (o, i) => TypedItems.SetFloat(o, i, -0.0)),
            ("int", Value.Int(9), (o, i) => TypedItems.SetInt(o, i, 9)),
            ("num int", Value.Int(6), (o, i) => TypedItems.SetNum(o, i, Num.Int(6))),
            ("num float", Value.Float(2.5), (o, i) => TypedItems.SetNum(o, i, Num.Float(2.5))),
            ("str", Value.Str("s"), (o, i) => TypedItems.Set(o, i, Value.Str("s"))),
        };
        foreach (var (name, boxed, typed) in sets)
            foreach (var make in Objects())
                foreach (long i in Indexes)
                {
                    Value a = make(), b = make();
                    string expected = Outcome(() => { Items.SetItem(a, Value.Int(i), boxed); return a; });
                    Assert.Equal(name + " " + expected, name + " " + Outcome(() => { typed(b, i); return b; }));
                }
    }

    /// <summary>Lists in both storage strategies, with items of every kind the typed accessors tell apart.</summary>
    private static IEnumerable<Func<AquaList>> Lists() =>
    [
        () => new AquaList([Value.Int(1), Value.Int(0), Value.Int(1L << 60)]),
        () => new AquaList([Value.Float(1.0), Value.True, Value.Int(1L << 60), Value.Int(1)]),
        () => new AquaList([Value.Object(new AquaList([Value.Int(5)])), Value.Str("x"), Value.Float(-0.5)]),
        () => new AquaList(),
        // General storage with spare slots that held floats and lists: typed reads test the slot
        // without the count, so a removed item must not be read back.
        () => Shrunk(l => { l.RemoveAt(3); l.RemoveAt(2); }),
        () => Shrunk(l => l.RemoveAt(0)),
        () => Shrunk(l => { l.Clear(); l.Add(Value.Float(4.5)); }),
        () => Grown(),
        // Float mode: floats alone, floats with int slots, and one that came from int mode with room past its count.
        () => new AquaList([Value.Float(0.5), Value.Float(-0.0), Value.Float(3.0)]),
        () => new AquaList([Value.Float(1.5), Value.Int(0), Value.Float(-2.0), Value.Int(-7)]),
        () => FromIntMode(),
    ];

    private static AquaList FromIntMode()
    {
        var list = new AquaList([Value.Int(4), Value.Int(5)]);
        list.Add(Value.Float(6.5));
        list.Add(Value.Float(7.5));
        // Removing from a float list with int items generalizes it; with floats alone it does not.
        list[0] = Value.Float(-4.0);
        list[1] = Value.Float(5.0);
        list.RemoveAt(3);
        list[1] = Value.Int(5);
        Assert.True(list.IsFloatMode);
        return list;
    }

    private static AquaList Shrunk(Action<AquaList> shrink)
    {
        var list = new AquaList([Value.Float(2.5), Value.Object(new AquaList([Value.Int(7)])), Value.Float(1.5), Value.Object(new AquaList())]);
        shrink(list);
        return list;
    }

    /// <summary>A general list whose storage grew past its count by appends.</summary>
    private static AquaList Grown()
    {
        var list = new AquaList();
        foreach (var item in new[] { Value.Float(0.25), Value.Str("y"), Value.Float(8.0), Value.Float(9.0), Value.Float(10.0) }) list.Add(item);
        list.RemoveAt(4);
        list.RemoveAt(3);
        return list;
    }

    [Fact]
    public void List_overloads_match_the_general_operations()
    {
        foreach (var make in Lists())
            foreach (long i in Indexes)
            {
                string expected = Outcome(() => Items.GetItem(Value.Object(make()), Value.Int(i)));
                bool isNum = TypedItems.TryGetNum(make(), i, out Num n);
                Assert.Equal(isNum, i >= 0 && expected.StartsWith("ok ") && Num.Fits(Items.GetItem(Value.Object(make()), Value.Int(i))));
                if (isNum) Assert.Equal(expected, "ok " + Text.Repr(n.ToValue()));

                AquaList list = make();
                bool isList = TypedItems.TryGetList(ref list, i);
                Assert.Equal(isList, i >= 0 && expected.StartsWith("ok [") );
                if (isList) Assert.Equal(expected, "ok " + Text.Repr(Value.Object(list)));
                else Assert.Equal(Text.Repr(Value.Object(make())), Text.Repr(Value.Object(list)));

                foreach (long k in new long[] { 0, 1, 1L << 60 })
                    Assert.Equal(
                        Outcome(() => Value.Bool(Ops.IsEqual(Items.GetItem(Value.Object(make()), Value.Int(i)), Value.Int(k)))),
                        Outcome(() => Value.Bool(TypedItems.EqualsInt(make(), i, k))));
            }
    }

    [Fact]
    public void List_overloads_of_every_set_match_SetItem_with_the_boxed_value()
    {
        var sets = new (string Name, Value Boxed, Action<AquaList, long> Typed)[]
        {
            ("float", Value.Float(-0.0), (l, i) => TypedItems.SetFloat(l, i, -0.0)),
            ("int", Value.Int(9), (l, i) => TypedItems.SetInt(l, i, 9)),
            ("min int", Value.Int(long.MinValue), (l, i) => TypedItems.SetInt(l, i, long.MinValue)),
            ("num int", Value.Int(6), (l, i) => TypedItems.SetNum(l, i, Num.Int(6))),
            ("num float", Value.Float(2.5), (l, i) => TypedItems.SetNum(l, i, Num.Float(2.5))),
        };
        foreach (var (name, boxed, typed) in sets)
            foreach (var make in Lists())
                foreach (long i in Indexes)
                {
                    AquaList a = make(), b = make();
                    string expected = Outcome(() => { Items.SetItem(Value.Object(a), Value.Int(i), boxed); return Value.Object(a); });
                    Assert.Equal(name + " " + expected, name + " " + Outcome(() => { typed(b, i); return Value.Object(b); }));
                    // The storage a write leaves (int mode, float mode or general) is the general write's too.
                    Assert.Equal(a.IsIntMode, b.IsIntMode);
                    Assert.Equal(a.IsFloatMode, b.IsFloatMode);
                }
    }
}
