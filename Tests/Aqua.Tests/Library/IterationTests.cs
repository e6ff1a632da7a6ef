using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Library.V;

namespace Aqua.Tests.Library;

/// <summary>GET_ITER / FOR_ITER (ACODE.md 2.9, 6.6).</summary>
public class IterationTests
{
    private static string Loop(Value iterable)
    {
        Value it = Iteration.GetIter(iterable);
        var seen = new List<string>();
        while (Iteration.Next(it, out Value x)) seen.Add(Repr(x));
        return string.Join(",", seen);
    }

    [Fact]
    public void IteratesListsTuplesStrings()
    {
        Assert.Equal("1,'a',None", Loop(L(I(1), S("a"), None)));
        Assert.Equal("1,2", Loop(T(I(1), I(2))));
        Assert.Equal("'a','😀','é'", Loop(S("a😀é")));   // list("a😀é") == ['a', '😀', 'é']
        Assert.Equal("", Loop(L()));
        Assert.Equal("", Loop(S("")));
    }

    [Fact]
    public void DictYieldsKeysInInsertionOrder()
    {
        // for k in {"b": 1, "a": 2} yields 'b', 'a' (6.6; the opt VM failed, B10)
        Assert.Equal("'b','a'", Loop(D((S("b"), I(1)), (S("a"), I(2)))));
    }

    [Fact]
    public void GrowingListVisitsNewItems()
    {
        // l = [1, 2]; for x in l: if x < 4: l.append(x + 2)  → visits 1, 2, 3, 4, 5
        var l = L(I(1), I(2));
        Value it = Iteration.GetIter(l);
        var seen = new List<long>();
        while (Iteration.Next(it, out Value x))
        {
            seen.Add(x.AsLong);
            if (x.AsLong < 4) Items.ListAppend(l, I(x.AsLong + 2));
        }
        Assert.Equal([1L, 2, 3, 4, 5], seen);
    }

    [Fact]
    public void ShrinkingListEndsEarly()
    {
        // l = [1, 2, 3]; for x in l: l.pop()  → visits 1, 2 (CPython)
        var l = L(I(1), I(2), I(3));
        Value it = Iteration.GetIter(l);
        int count = 0;
        while (Iteration.Next(it, out _))
        {
            count++;
            Method(l, "pop");
        }
        Assert.Equal(2, count);
    }

    [Fact]
    public void ExhaustedIteratorStaysExhausted()
    {
        Value it = Iteration.GetIter(L(I(1)));
        Assert.True(Iteration.Next(it, out _));
        Assert.False(Iteration.Next(it, out _));
        Assert.False(Iteration.Next(it, out _));
    }

    [Fact]
    public void NotIterable()
    {
        Throws(ErrorType.TypeError, "'int' object is not iterable", () => Iteration.GetIter(I(5)));
        Throws(ErrorType.TypeError, "'NoneType' object is not iterable", () => Iteration.GetIter(None));
        Throws(ErrorType.TypeError, "'float' object is not iterable", () => Iteration.GetIter(F(1.5)));
    }
}
