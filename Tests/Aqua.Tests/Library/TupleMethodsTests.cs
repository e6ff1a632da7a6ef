using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Library.V;

namespace Aqua.Tests.Library;

/// <summary>tuple.index and tuple.count (ACODE.md 6.6); expectations are CPython 3.11's.</summary>
public class TupleMethodsTests
{
    [Fact]
    public void IndexAndCount()
    {
        var t = T(I(1), S("a"), F(1.0), I(2));
        Assert.Equal("0", Repr(Method(t, "index", I(1))));
        Assert.Equal("2", Repr(Method(t, "index", I(1), I(1))));   // (1,'a',1.0,2).index(1, 1) == 2
        Assert.Equal("2", Repr(Method(t, "count", B(true))));
        Throws(ErrorType.ValueError, "tuple.index(x): x not in tuple", () => Method(t, "index", I(9)));
        Throws(ErrorType.ValueError, "tuple.index(x): x not in tuple", () => Method(t, "index", I(2), I(0), I(3)));
        Throws(ErrorType.TypeError, "index expected at least 1 argument, got 0", () => Method(t, "index"));
        Throws(ErrorType.TypeError, "tuple.count() takes exactly one argument (0 given)", () => Method(t, "count"));
        Throws(ErrorType.AttributeError, "'tuple' object has no attribute 'append'", () => Method(t, "append", I(1)));
    }
}
