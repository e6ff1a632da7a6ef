using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Runtime.V;

namespace Aqua.Tests.Runtime;

/// <summary>== != &lt; &gt; &lt;= &gt;= against CPython 3.11 (ACODE.md 2.6, 2.7); table in Generated/ComparisonCases.g.cs.</summary>
public class ComparisonTests
{
    public static TheoryData<string, Value, Value, string> Cases => Generated.ComparisonCases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string op, Value a, Value b, string expected)
    {
        Assert.Equal(expected, Check.BoolOutcome(() => op switch
        {
            "Eq" => Ops.IsEqual(a, b),
            "Ne" => Ops.IsNotEqual(a, b),
            "Lt" => Ops.IsLess(a, b),
            "Gt" => Ops.IsGreater(a, b),
            "Le" => Ops.IsLessOrEqual(a, b),
            "Ge" => Ops.IsGreaterOrEqual(a, b),
            _ => throw new ArgumentException(op),
        }));
        if (expected.StartsWith('!')) return;
        // The Value-returning forms agree and give bools.
        Value v = op switch
        {
            "Eq" => Ops.Eq(a, b),
            "Ne" => Ops.Ne(a, b),
            "Lt" => Ops.Lt(a, b),
            "Gt" => Ops.Gt(a, b),
            "Le" => Ops.Le(a, b),
            _ => Ops.Ge(a, b),
        };
        Assert.Equal("bool " + expected, Check.Describe(v));
    }

    [Fact]
    public void CatalogueMessage()
    {
        // ACODE.md 3.3: 1 < "a"
        Check.Throws(ErrorType.TypeError, "Cannot compare int < str: '<' not supported between instances of 'int' and 'str'",
            () => Ops.IsLess(I(1), S("a")));
        Check.Throws(ErrorType.TypeError, "Cannot compare NoneType >= int: '>=' not supported between instances of 'NoneType' and 'int'",
            () => Ops.Ge(None, I(1)));
    }

    [Fact]
    public void InnerItemsThatCannotBeOrderedNameTheInnerTypes()
    {
        // Python: [1,2] < [1,"a"] -> '<' not supported between instances of 'int' and 'str'
        Check.Throws(ErrorType.TypeError, "Cannot compare list < list: '<' not supported between instances of 'int' and 'str'",
            () => Ops.IsLess(L(I(1), I(2)), L(I(1), S("a"))));
        Check.Throws(ErrorType.TypeError, "Cannot compare tuple > tuple: '>' not supported between instances of 'NoneType' and 'int'",
            () => Ops.IsGreater(T(L(None)), T(L(I(1)))));
        // Equal prefixes decide by length without touching the types: [None] <= [None, 1] is True
        Assert.True(Ops.IsLessOrEqual(L(None), L(None, I(1))));
    }

    [Fact]
    public void ExactNumericEquality()
    {
        Assert.False(Ops.IsEqual(Big("9007199254740993"), F(9007199254740992.0))); // 2**53+1 != float(2**53)
        Assert.True(Ops.IsEqual(I(1), F(1.0)));
        Assert.True(Ops.IsEqual(B(true), F(1.0)));
        Assert.True(Ops.IsEqual(Big("18446744073709551616"), F(18446744073709551616.0)));
        Assert.True(Ops.IsLess(Big("9007199254740993"), F(9007199254740994.0)));
        Assert.False(Ops.IsEqual(F(double.NaN), F(double.NaN)));
        Assert.True(Ops.IsNotEqual(F(double.NaN), F(double.NaN)));
        Assert.False(Ops.IsEqual(I(1), S("1")));
        Assert.False(Ops.IsEqual(None, I(0)));
        Assert.False(Ops.IsEqual(L(I(1)), T(I(1)))); // [1] != (1,)
    }

    [Fact]
    public void StringsOrderByCodePoint()
    {
        // U+1F600 is above U+E000 in code points though its UTF-16 surrogates are below.
        Assert.True(Ops.IsLess(S("\uE000"), S("\U0001F600")));
        Assert.True(Ops.IsLess(S("a\uFFFF"), S("a\U00010000")));
        Assert.True(Ops.IsLess(S("ab"), S("abc")));
        Assert.True(Ops.IsLess(S("B"), S("a")));
        Assert.False(Ops.IsLess(S("abc"), S("abc")));
    }

    [Fact]
    public void ContainersCompareStructurally()
    {
        Assert.True(Ops.IsEqual(D(S("a"), I(1), S("b"), I(2)), D(S("b"), I(2), S("a"), F(1.0)))); // order does not matter
        Assert.False(Ops.IsEqual(D(S("a"), I(1)), D(S("a"), I(2))));
        Assert.False(Ops.IsEqual(D(S("a"), I(1)), D(S("b"), I(1))));
        Assert.True(Ops.IsEqual(L(L(I(1)), T(S("x"))), L(L(F(1.0)), T(S("x")))));
        Assert.True(Ops.IsLess(L(I(1), I(2)), L(I(1), I(3))));
        Assert.True(Ops.IsLess(T(I(1), I(2)), T(I(1), I(2), I(0))));
        var instance = new object();
        Assert.True(Ops.IsEqual(Value.Object(instance), Value.Object(instance))); // identity
        Assert.False(Ops.IsEqual(Value.Object(instance), Value.Object(new object())));
    }

    [Fact]
    public void SelfContainingListsDoNotOverflowTheStack()
    {
        var a = new AquaList();
        a.Add(Value.Object(a));
        Assert.True(Ops.IsEqual(Value.Object(a), Value.Object(a))); // identity shortcut on items, as CPython
        var b = new AquaList();
        b.Add(Value.Object(b));
        // CPython: RecursionError: maximum recursion depth exceeded in comparison
        Check.Throws(ErrorType.RecursionError, "maximum recursion depth exceeded in comparison",
            () => Ops.IsEqual(Value.Object(a), Value.Object(b)));
    }
}

/// <summary>The helpers other runtime parts build on (sort, min/max, math).</summary>
public class RawHelperTests
{
    [Fact]
    public void RawComparisonsCarryCPythonsOwnMessage()
    {
        // Python: min(1, "a") -> TypeError: '<' not supported between instances of 'str' and 'int'
        Check.Throws(ErrorType.TypeError, "'<' not supported between instances of 'str' and 'int'", () => Ops.IsLessRaw(S("a"), I(1)));
        Check.Throws(ErrorType.TypeError, "'>' not supported between instances of 'int' and 'NoneType'",
            () => Ops.IsGreaterRaw(L(I(1)), L(None)));
        Assert.True(Ops.IsLessRaw(F(1.5), I(2)));
        Assert.False(Ops.IsGreaterRaw(S("a"), S("b")));
    }

    [Fact]
    public void TryToDouble()
    {
        Assert.True(Ops.TryToDouble(B(true), out double d) && d == 1.0);
        Assert.True(Ops.TryToDouble(Big("9007199254740993"), out d) && d == 9007199254740992.0); // ties to even
        Assert.False(Ops.TryToDouble(S("1"), out _));
        // Python: float(10**400) -> OverflowError: int too large to convert to float
        Check.Throws(ErrorType.OverflowError, "int too large to convert to float",
            () => Ops.TryToDouble(Value.Int(System.Numerics.BigInteger.Pow(10, 400)), out _));
    }
}
