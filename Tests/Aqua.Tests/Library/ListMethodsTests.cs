using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Library.V;

namespace Aqua.Tests.Library;

/// <summary>list methods through CALL_METHOD (ACODE.md 6.6); expectations are CPython 3.11's.</summary>
public class ListMethodsTests
{
    [Fact]
    public void AppendExtendInsert()
    {
        var l = L(I(1));
        Assert.Equal("None", Repr(Method(l, "append", I(2))));
        Method(l, "extend", T(I(3), I(4)));
        Method(l, "extend", S("ab"));
        Method(l, "extend", D((S("k"), I(0))));
        Assert.Equal("[1, 2, 3, 4, 'a', 'b', 'k']", Repr(l));
        var m = L(I(1), I(2));
        Method(m, "extend", m);                  // m.extend(m) == [1, 2, 1, 2]
        Assert.Equal("[1, 2, 1, 2]", Repr(m));
        var n = L(I(1), I(2), I(3));
        Method(n, "insert", I(0), S("a"));
        Method(n, "insert", I(-1), S("b"));      // before the last item
        Method(n, "insert", I(100), S("c"));     // clamped to the end
        Method(n, "insert", I(-100), S("d"));    // clamped to the start
        Assert.Equal("['d', 'a', 1, 2, 'b', 3, 'c']", Repr(n));
        Throws(ErrorType.TypeError, "list.append() takes exactly one argument (0 given)", () => Method(l, "append"));
        Throws(ErrorType.TypeError, "list.append() takes exactly one argument (2 given)", () => Method(l, "append", I(1), I(2)));
        Throws(ErrorType.TypeError, "'int' object is not iterable", () => Method(l, "extend", I(5)));
        Throws(ErrorType.TypeError, "insert expected 2 arguments, got 1", () => Method(l, "insert", I(1)));
        Throws(ErrorType.TypeError, "'str' object cannot be interpreted as an integer", () => Method(l, "insert", S("a"), I(1)));
    }

    [Fact]
    public void PopAndRemove()
    {
        var l = L(I(1), I(2), I(3), I(2));
        Assert.Equal("2", Repr(Method(l, "pop")));
        Assert.Equal("1", Repr(Method(l, "pop", I(0))));
        Assert.Equal("3", Repr(Method(l, "pop", I(-1))));
        Assert.Equal("[2]", Repr(l));
        Throws(ErrorType.IndexError, "pop index out of range", () => Method(l, "pop", I(5)));
        Method(l, "pop", B(false));
        Throws(ErrorType.IndexError, "pop from empty list", () => Method(l, "pop"));
        Throws(ErrorType.TypeError, "pop expected at most 1 argument, got 2", () => Method(l, "pop", I(1), I(2)));
        Throws(ErrorType.OverflowError, "Python int too large to convert to C ssize_t", () => Method(L(I(1)), "pop", Big("100000000000000000000")));

        var r = L(I(1), F(2.0), I(2), S("x"));
        Method(r, "remove", I(2));                // removes the first equal item: 2.0
        Assert.Equal("[1, 2, 'x']", Repr(r));
        Throws(ErrorType.ValueError, "list.remove(x): x not in list", () => Method(r, "remove", I(9)));
    }

    [Fact]
    public void IndexAndCount()
    {
        var l = L(S("a"), I(1), S("a"), B(true));
        Assert.Equal("0", Repr(Method(l, "index", S("a"))));
        Assert.Equal("2", Repr(Method(l, "index", S("a"), I(1))));
        Assert.Equal("1", Repr(Method(l, "index", B(true))));     // True == 1
        Assert.Equal("2", Repr(Method(l, "count", S("a"))));
        Assert.Equal("2", Repr(Method(l, "count", I(1))));        // 1 and True
        Assert.Equal("0", Repr(Method(l, "count", L())));
        Throws(ErrorType.ValueError, "'a' is not in list", () => Method(l, "index", S("a"), I(3)));
        Throws(ErrorType.ValueError, "3 is not in list", () => Method(l, "index", I(3)));
        Throws(ErrorType.ValueError, "'a' is not in list", () => Method(l, "index", S("a"), I(-1)));
        Throws(ErrorType.TypeError, "index expected at least 1 argument, got 0", () => Method(l, "index"));
        Throws(ErrorType.TypeError, "slice indices must be integers or have an __index__ method", () => Method(l, "index", I(1), S("a")));
        Throws(ErrorType.TypeError, "list.count() takes exactly one argument (0 given)", () => Method(l, "count"));
    }

    [Fact]
    public void Sort()
    {
        var l = L(I(3), F(1.5), I(-2), B(true), I(10));
        Method(l, "sort");
        Assert.Equal("[-2, True, 1.5, 3, 10]", Repr(l));
        var s = L(S("b"), S("B"), S("a"), S("é"), S(""));
        Method(s, "sort");
        Assert.Equal("['', 'B', 'a', 'b', 'é']", Repr(s));
        var nested = L(L(I(2)), L(I(1), I(5)), L(I(1)));
        Method(nested, "sort");
        Assert.Equal("[[1], [1, 5], [2]]", Repr(nested));
        Throws(ErrorType.TypeError, "sort() takes no positional arguments", () => Method(l, "sort", I(1)));
    }

    [Fact]
    public void SortIsStable()
    {
        // [1, True, 1.0] are all equal: sorted() keeps them in order → [1, True, 1.0]
        var l = L(I(1), B(true), F(1.0), I(0), F(0.0), B(false));
        Method(l, "sort");
        Assert.Equal("[0, 0.0, False, 1, True, 1.0]", Repr(l));
        var rng = new Random(3);
        var items = Enumerable.Range(0, 500).Select(i => (Key: rng.Next(20), Order: i)).ToArray();
        // Equal ints, distinguished by kind: even orders become ints, odd become floats of the same value.
        var values = items.Select(t => t.Order % 2 == 0 ? I(t.Key) : F(t.Key)).ToArray();
        var list = L(values);
        Method(list, "sort");
        var expected = items.OrderBy(t => t.Key).Select(t => t.Order % 2 == 0 ? I(t.Key) : F(t.Key)).ToArray();
        Assert.Equal(Repr(L(expected)), Repr(list));
    }

    [Fact]
    public void SortOfMixedTypesFailsAndLeavesTheList()
    {
        var l = L(I(1), S("a"), I(0));
        Throws(ErrorType.TypeError, "'<' not supported between instances of 'str' and 'int'", () => Method(l, "sort"));
        Assert.Equal("[1, 'a', 0]", Repr(l));
    }

    [Fact]
    public void ReverseClearCopy()
    {
        var l = L(I(1), I(2), I(3));
        Method(l, "reverse");
        Assert.Equal("[3, 2, 1]", Repr(l));
        Value c = Method(l, "copy");
        Method(l, "clear");
        Assert.Equal("[]", Repr(l));
        Assert.Equal("[3, 2, 1]", Repr(c));
        Throws(ErrorType.TypeError, "list.reverse() takes no arguments (1 given)", () => Method(l, "reverse", I(1)));
        Throws(ErrorType.TypeError, "list.clear() takes no arguments (1 given)", () => Method(l, "clear", I(1)));
        Throws(ErrorType.TypeError, "list.copy() takes no arguments (1 given)", () => Method(l, "copy", I(1)));
    }

    [Fact]
    public void UnknownMethod() =>
        Throws(ErrorType.AttributeError, "'list' object has no attribute 'foo'", () => Method(L(), "foo"));
}
