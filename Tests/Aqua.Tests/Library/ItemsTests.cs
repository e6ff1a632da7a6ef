using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Library.V;

namespace Aqua.Tests.Library;

/// <summary>GET_ITEM, SET_ITEM, IN, LEN, BUILD_DICT, LIST_APPEND (ACODE.md 2.6, 3.3); expectations are CPython 3.11's.</summary>
public class ItemsTests
{
    [Fact]
    public void ListIndexingIncludingNegativeAndBool()
    {
        var l = L(I(10), I(20), I(30));
        Assert.Equal("10", Repr(Items.GetItem(l, I(0))));
        Assert.Equal("30", Repr(Items.GetItem(l, I(-1))));    // [10,20,30][-1] == 30
        Assert.Equal("20", Repr(Items.GetItem(l, B(true))));  // [10,20,30][True] == 20
        Assert.Equal("10", Repr(Items.GetItem(l, I(-3))));
    }

    [Fact]
    public void GetItemErrors()
    {
        Throws(ErrorType.IndexError, "Cannot get item from list: list index out of range", () => Items.GetItem(L(I(1)), I(5)));
        Throws(ErrorType.IndexError, "Cannot get item from list: list index out of range", () => Items.GetItem(L(I(1)), I(-2)));
        Throws(ErrorType.IndexError, "Cannot get item from str: string index out of range", () => Items.GetItem(S("ab"), I(5)));
        Throws(ErrorType.IndexError, "Cannot get item from tuple: tuple index out of range", () => Items.GetItem(T(I(1)), I(5)));
        Throws(ErrorType.TypeError, "Cannot get item from list: list indices must be integers or slices, not str", () => Items.GetItem(L(I(1)), S("a")));
        Throws(ErrorType.TypeError, "Cannot get item from list: list indices must be integers or slices, not float", () => Items.GetItem(L(I(1)), F(1.0)));
        Throws(ErrorType.TypeError, "Cannot get item from str: string indices must be integers, not 'float'", () => Items.GetItem(S("ab"), F(1.0)));
        Throws(ErrorType.TypeError, "Cannot get item from tuple: tuple indices must be integers or slices, not float", () => Items.GetItem(T(I(1)), F(1.0)));
        Throws(ErrorType.TypeError, "Cannot get item from int: 'int' object is not subscriptable", () => Items.GetItem(I(5), I(0)));
        Throws(ErrorType.TypeError, "Cannot get item from NoneType: 'NoneType' object is not subscriptable", () => Items.GetItem(None, I(0)));
        Throws(ErrorType.IndexError, "Cannot get item from list: cannot fit 'int' into an index-sized integer", () => Items.GetItem(L(I(1)), Big("100000000000000000000")));
    }

    [Fact]
    public void DictLookup()
    {
        var d = D((S("a"), I(1)), (I(1), S("one")));
        Assert.Equal("1", Repr(Items.GetItem(d, S("a"))));
        Assert.Equal("'one'", Repr(Items.GetItem(d, F(1.0))));  // {1:'one'}[1.0] == 'one'
        Assert.Equal("'one'", Repr(Items.GetItem(d, B(true))));
        Throws(ErrorType.KeyError, "Cannot get item from dict: 'b'", () => Items.GetItem(d, S("b")));
        Throws(ErrorType.KeyError, "Cannot get item from dict: 2", () => Items.GetItem(d, I(2)));
        Throws(ErrorType.TypeError, "Cannot get item from dict: unhashable type: 'list'", () => Items.GetItem(d, L(I(1))));
    }

    [Fact]
    public void StringIndexingIsByCodePoint()
    {
        var s = S("a😀é");
        Assert.Equal("'😀'", Repr(Items.GetItem(s, I(1))));  // "a😀é"[1] == '😀'
        Assert.Equal("'é'", Repr(Items.GetItem(s, I(2))));
        Assert.Equal("'é'", Repr(Items.GetItem(s, I(-1))));
        Assert.Equal("3", Repr(Items.Len(s)));                // len("a😀é") == 3
        Throws(ErrorType.IndexError, "Cannot get item from str: string index out of range", () => Items.GetItem(s, I(3)));
        var longText = S(string.Concat(Enumerable.Repeat("x😀", 100)));
        Assert.Equal("'😀'", Repr(Items.GetItem(longText, I(199))));
        Assert.Equal("'x'", Repr(Items.GetItem(longText, I(198))));
    }

    [Fact]
    public void SetItem()
    {
        var l = L(I(1), I(2));
        Items.SetItem(l, I(-1), S("x"));
        Assert.Equal("[1, 'x']", Repr(l));
        var d = D();
        Items.SetItem(d, S("b"), I(2));
        Items.SetItem(d, S("a"), I(1));
        Items.SetItem(d, S("b"), I(3)); // an update keeps the position
        Assert.Equal("{'b': 3, 'a': 1}", Repr(d));
        Throws(ErrorType.IndexError, "Cannot set item in list: list assignment index out of range", () => Items.SetItem(l, I(2), I(0)));
        Throws(ErrorType.TypeError, "Cannot set item in str: 'str' object does not support item assignment", () => Items.SetItem(S("ab"), I(0), S("c")));
        Throws(ErrorType.TypeError, "Cannot set item in tuple: 'tuple' object does not support item assignment", () => Items.SetItem(T(I(1)), I(0), I(1)));
        Throws(ErrorType.TypeError, "Cannot set item in int: 'int' object does not support item assignment", () => Items.SetItem(I(5), I(0), I(1)));
        Throws(ErrorType.TypeError, "Cannot set item in list: list indices must be integers or slices, not str", () => Items.SetItem(l, S("a"), I(1)));
        Throws(ErrorType.TypeError, "Cannot set item in dict: unhashable type: 'list'", () => Items.SetItem(d, L(), I(1)));
    }

    [Fact]
    public void In()
    {
        Assert.True(Items.Contains(S("ell"), S("hello")));     // "ell" in "hello"
        Assert.True(Items.Contains(S(""), S("hello")));        // "" in "hello"
        Assert.True(Items.Contains(F(2.0), L(I(1), I(2))));    // 2.0 in [1, 2]
        Assert.True(Items.Contains(I(1), T(B(true))));         // 1 in (True,)
        Assert.False(Items.Contains(S("1"), L(I(1))));
        Assert.True(Items.Contains(I(1), D((F(1.0), None))));  // 1 in {1.0: None}
        Assert.False(Items.Contains(S("x"), D((S("a"), I(1)))));
        var inner = L();
        Assert.True(Items.Contains(inner, L(inner)));
        Assert.Equal("True", Repr(Items.In(L(I(1)), L(L(I(1))))));  // [1] in [[1]]
        Throws(ErrorType.TypeError, "Cannot check if int is in str: 'in <string>' requires string as left operand, not int", () => Items.In(I(1), S("a")));
        Throws(ErrorType.TypeError, "Cannot check if int is in int: argument of type 'int' is not iterable", () => Items.In(I(1), I(5)));
        Throws(ErrorType.TypeError, "Cannot check if list is in dict: unhashable type: 'list'", () => Items.In(L(I(1)), D()));
    }

    [Fact]
    public void Len()
    {
        Assert.Equal("2", Repr(Items.Len(L(I(1), I(2)))));
        Assert.Equal("0", Repr(Items.Len(T())));
        Assert.Equal("1", Repr(Items.Len(D((I(1), I(2))))));
        Assert.Equal("0", Repr(Items.Len(S(""))));
        Throws(ErrorType.TypeError, "Object of type int has no len(): object of type 'int' has no len()", () => Items.Len(I(5)));
        Throws(ErrorType.TypeError, "Object of type NoneType has no len(): object of type 'NoneType' has no len()", () => Items.Len(None));
    }

    [Fact]
    public void BuildDictInsertsFromTheLastPairDown()
    {
        // ACODE.md 2.6 / B6: {"a": 1, "b": 2} prints {'b': 2, 'a': 1}; a duplicate key keeps the FIRST source value.
        Assert.Equal("{'b': 2, 'a': 1}", Repr(Items.BuildDict([S("a"), I(1), S("b"), I(2)])));
        Assert.Equal("{'a': 1}", Repr(Items.BuildDict([S("a"), I(1), S("a"), I(2)])));
        Assert.Equal("{}", Repr(Items.BuildDict([])));
        Assert.Throws<AquaError>(() => Items.BuildDict([L(), I(1)]));
    }

    [Fact]
    public void ListAppend()
    {
        var l = L();
        Items.ListAppend(l, I(1));
        Items.ListAppend(l, S("a"));
        Assert.Equal("[1, 'a']", Repr(l));
        Throws(ErrorType.TypeError, "Cannot append to tuple", () => Items.ListAppend(T(), I(1)));
    }
}
