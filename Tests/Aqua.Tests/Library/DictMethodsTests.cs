using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Library.V;

namespace Aqua.Tests.Library;

/// <summary>dict methods (ACODE.md 6.6: keys/values/items return lists); expectations are CPython 3.11's.</summary>
public class DictMethodsTests
{
    private static Value Sample() => D((S("a"), I(1)), (S("b"), I(2)));

    [Fact]
    public void KeysValuesItemsAreLists()
    {
        var d = Sample();
        Assert.Equal("['a', 'b']", Repr(Method(d, "keys")));              // list(d.keys())
        Assert.Equal("[1, 2]", Repr(Method(d, "values")));
        Assert.Equal("[('a', 1), ('b', 2)]", Repr(Method(d, "items")));
        Assert.Equal("'list'", Repr(Builtins.Type([Method(d, "keys")])));
        Throws(ErrorType.TypeError, "dict.keys() takes no arguments (1 given)", () => Method(d, "keys", I(1)));
        Throws(ErrorType.TypeError, "dict.values() takes no arguments (1 given)", () => Method(d, "values", I(1)));
        Throws(ErrorType.TypeError, "dict.items() takes no arguments (1 given)", () => Method(d, "items", I(1)));
    }

    [Fact]
    public void Get()
    {
        var d = Sample();
        Assert.Equal("1", Repr(Method(d, "get", S("a"))));
        Assert.Equal("None", Repr(Method(d, "get", S("z"))));
        Assert.Equal("0", Repr(Method(d, "get", S("z"), I(0))));
        Throws(ErrorType.TypeError, "get expected at least 1 argument, got 0", () => Method(d, "get"));
        Throws(ErrorType.TypeError, "get expected at most 2 arguments, got 3", () => Method(d, "get", I(1), I(2), I(3)));
        Throws(ErrorType.TypeError, "unhashable type: 'list'", () => Method(d, "get", L(I(1))));
    }

    [Fact]
    public void Pop()
    {
        var d = Sample();
        Assert.Equal("1", Repr(Method(d, "pop", S("a"))));
        Assert.Equal("{'b': 2}", Repr(d));
        Assert.Equal("'dflt'", Repr(Method(d, "pop", S("a"), S("dflt"))));
        Throws(ErrorType.KeyError, "'x'", () => Method(d, "pop", S("x")));
        Throws(ErrorType.TypeError, "pop expected at least 1 argument, got 0", () => Method(d, "pop"));
    }

    [Fact]
    public void Update()
    {
        var d = Sample();
        Method(d, "update", D((S("b"), I(20)), (S("c"), I(3))));
        Assert.Equal("{'a': 1, 'b': 20, 'c': 3}", Repr(d));
        Method(d, "update", L(T(S("d"), I(4)), L(S("a"), I(0)), S("xy")));   // pairs from any 2-item iterable
        Assert.Equal("{'a': 0, 'b': 20, 'c': 3, 'd': 4, 'x': 'y'}", Repr(d));
        Method(d, "update");
        Method(d, "update", d);
        Assert.Equal("{'a': 0, 'b': 20, 'c': 3, 'd': 4, 'x': 'y'}", Repr(d));
        Throws(ErrorType.TypeError, "'int' object is not iterable", () => Method(d, "update", I(5)));
        Throws(ErrorType.TypeError, "cannot convert dictionary update sequence element #0 to a sequence", () => Method(d, "update", L(I(1))));
        Throws(ErrorType.ValueError, "dictionary update sequence element #0 has length 3; 2 is required", () => Method(d, "update", L(T(I(1), I(2), I(3)))));
        Throws(ErrorType.TypeError, "update expected at most 1 argument, got 2", () => Method(d, "update", D(), I(3)));
    }

    [Fact]
    public void ClearCopySetdefault()
    {
        var d = Sample();
        Value c = Method(d, "copy");
        Method(d, "clear");
        Assert.Equal("{}", Repr(d));
        Assert.Equal("{'a': 1, 'b': 2}", Repr(c));
        Assert.Equal("1", Repr(Method(c, "setdefault", S("a"), I(9))));
        Assert.Equal("9", Repr(Method(c, "setdefault", S("z"), I(9))));
        Assert.Equal("None", Repr(Method(c, "setdefault", S("n"))));
        Assert.Equal("{'a': 1, 'b': 2, 'z': 9, 'n': None}", Repr(c));
        Throws(ErrorType.TypeError, "setdefault expected at least 1 argument, got 0", () => Method(c, "setdefault"));
        Throws(ErrorType.TypeError, "unhashable type: 'list'", () => Method(c, "setdefault", L()));
        Throws(ErrorType.TypeError, "dict.copy() takes no arguments (1 given)", () => Method(c, "copy", I(1)));
        Throws(ErrorType.TypeError, "dict.clear() takes no arguments (1 given)", () => Method(c, "clear", I(1)));
    }

    [Fact]
    public void UnknownMethod() =>
        Throws(ErrorType.AttributeError, "'dict' object has no attribute 'has_key'", () => Method(D(), "has_key"));
}
