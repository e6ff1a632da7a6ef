using System.Numerics;
using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Runtime.V;

namespace Aqua.Tests.Runtime;

/// <summary>Text.Str and Text.Repr (ACODE.md 2.11, 6.5), expectations from CPython 3.11.</summary>
public class TextTests
{
    public static TheoryData<string, string> StrReprCases => Generated.StrReprCases;

    [Theory]
    [MemberData(nameof(StrReprCases))]
    public void StrReprMatchesCPython(string s, string expected)
    {
        Assert.Equal(expected, Text.StrRepr(s));
        Assert.Equal(expected, Text.Repr(S(s)));
        Assert.Equal(s, Text.Str(S(s)));
    }

    [Fact]
    public void LoneSurrogatesAreEscaped()
    {
        // Python: repr('\ud800') == "'\\ud800'"; repr('x\udc00y') == "'x\\udc00y'"
        Assert.Equal("'\\ud800'", Text.StrRepr("\ud800"));
        Assert.Equal("'\\udfff'", Text.StrRepr("\udfff"));
        Assert.Equal("'x\\udc00y'", Text.StrRepr("x\udc00y"));
        Assert.Equal("'\\udc00\\ud800'", Text.StrRepr("\udc00\ud800")); // a low then a high is no pair
        Assert.Equal("'\U0001F600'", Text.StrRepr("\U0001F600")); // a pair is one printable code point
    }

    [Fact]
    public void SpecExamplesOfStringRepr()
    {
        // ACODE.md 2.11: ["it's", 'say "hi"', 'tab\t', 'nl\n'] and 'both\'"'
        Assert.Equal("[\"it's\", 'say \"hi\"', 'tab\\t', 'nl\\n']", Text.Str(L(S("it's"), S("say \"hi\""), S("tab\t"), S("nl\n"))));
        Assert.Equal("'both\\'\"'", Text.StrRepr("both'\""));
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(-5L, "-5")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    public void SmallInts(long n, string expected)
    {
        Assert.Equal(expected, Text.Str(I(n)));
        Assert.Equal(expected, Text.Repr(I(n)));
    }

    [Fact]
    public void Scalars()
    {
        Assert.Equal("True", Text.Str(B(true)));
        Assert.Equal("False", Text.Repr(B(false)));
        Assert.Equal("None", Text.Str(None));
        Assert.Equal("100000000000000000000", Text.Str(Big("100000000000000000000")));
        Assert.Equal("-100000000000000000000", Text.Repr(Big("-100000000000000000000")));
        Assert.Equal("2.5", Text.Str(F(2.5)));
    }

    [Fact]
    public void IntDigitLimitOf311()
    {
        // CPython 3.11: str(10**4299) works (4300 digits); str(10**4300) raises ValueError.
        Assert.Equal(4300, Text.Str(Value.Int(BigInteger.Pow(10, 4299))).Length);
        Assert.Equal(4301, Text.Str(Value.Int(-BigInteger.Pow(10, 4300) + 1)).Length); // 4300 nines and a sign
        const string message = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
        Check.Throws(ErrorType.ValueError, message, () => Text.Str(Value.Int(BigInteger.Pow(10, 4300))));
        Check.Throws(ErrorType.ValueError, message, () => Text.Repr(L(Value.Int(-BigInteger.Pow(10, 4300)))));
        Check.Throws(ErrorType.ValueError, message, () => Text.Str(Value.Int(BigInteger.Pow(2, 100000))));
    }

    [Fact]
    public void Containers()
    {
        // Python: str([1, 2.5, 'a', None, [3, 'b']]) and friends
        Assert.Equal("[1, 2.5, 'a', None, [3, 'b']]", Text.Str(L(I(1), F(2.5), S("a"), None, L(I(3), S("b")))));
        Assert.Equal("(1, 2)", Text.Str(T(I(1), I(2))));
        Assert.Equal("(1,)", Text.Str(T(I(1))));
        Assert.Equal("()", Text.Str(T()));
        Assert.Equal("[]", Text.Str(L()));
        Assert.Equal("{}", Text.Str(D()));
        Assert.Equal("{'x': {'y': [100, {'z': 5}]}}", Text.Str(D(S("x"), D(S("y"), L(I(100), D(S("z"), I(5)))))));
        Assert.Equal("{1: True, (1, 'a'): None, 2.5: -0.0}", Text.Repr(D(I(1), B(true), T(I(1), S("a")), None, F(2.5), F(-0.0))));
        Assert.Equal("[(), ([],), {}]", Text.Repr(L(T(), T(L()), D())));
    }

    [Fact]
    public void SelfContainingContainers()
    {
        // Python: a = []; a.append(a) -> [[...]]; d = {}; d['k'] = d -> {'k': {...}}
        var a = new AquaList();
        a.Add(Value.Object(a));
        Assert.Equal("[[...]]", Text.Str(Value.Object(a)));
        var d = new AquaDict();
        d.Set(S("k"), Value.Object(d));
        Assert.Equal("{'k': {...}}", Text.Str(Value.Object(d)));
        // Python: l = []; t = (l,); l.append(t) -> str(t) == '([(...)],)'
        var l = new AquaList();
        var t = Value.Object(new AquaTuple([Value.Object(l)]));
        l.Add(t);
        Assert.Equal("([(...)],)", Text.Str(t));
        // The same list twice (not a cycle) prints in full both times: [[1], [1]]
        Value shared = L(I(1));
        Assert.Equal("[[1], [1]]", Text.Str(L(shared, shared)));
    }

    private sealed class Thing : IAquaText, IAquaObject
    {
        public string TypeName => "AquaObject";
        public string Str() => "<Point object>";
        public string Repr() => "<Point object>";
    }

    [Fact]
    public void OtherObjectsUseTheirInterfaces()
    {
        var thing = Value.Object(new Thing());
        Assert.Equal("<Point object>", Text.Str(thing));
        Assert.Equal("[<Point object>]", Text.Str(L(thing)));
        Assert.Equal("AquaObject", Ops.TypeName(thing));
        Assert.True(Ops.Truthy(thing));
    }

    [Fact]
    public void TypeNames()
    {
        Assert.Equal(["int", "int", "float", "str", "bool", "NoneType", "list", "tuple", "dict", "Object"],
            new[] { I(1), Big("99999999999999999999"), F(1), S(""), B(false), None, L(), T(), D(), Value.Object(new object()) }
                .Select(Ops.TypeName).ToArray());
    }

    [Theory]
    [InlineData("b:0", false)]
    [InlineData("b:1", true)]
    [InlineData("n", false)]
    [InlineData("i:0", false)]
    [InlineData("i:-1", true)]
    [InlineData("i:100000000000000000000", true)]
    [InlineData("f:0.0", false)]
    [InlineData("f:-0.0", false)]
    [InlineData("f:NaN", true)]
    [InlineData("f:0.5", true)]
    [InlineData("s:", false)]
    [InlineData("s:0", true)]
    public void Truthiness(string spec, bool expected) => Assert.Equal(expected, Ops.Truthy(P(spec)));

    [Fact]
    public void TruthinessOfContainersAndOperandReturningAndOr()
    {
        Assert.False(Ops.Truthy(L()));
        Assert.True(Ops.Truthy(L(None)));
        Assert.False(Ops.Truthy(T()));
        Assert.True(Ops.Truthy(T(B(false))));
        Assert.False(Ops.Truthy(D()));
        Assert.True(Ops.Truthy(D(I(0), I(0))));
        Assert.True(Ops.Truthy(Value.Object(new object())));
        // ACODE.md 2.6: 0 or "x" is "x"; [] or {} is {}; not 0 is True
        Assert.Equal("x", Text.Str(Ops.Or(I(0), S("x"))));
        Assert.Equal("{}", Text.Str(Ops.Or(L(), D())));
        Assert.Equal("0", Text.Str(Ops.And(I(0), S("x"))));
        Assert.Equal("True", Text.Str(Ops.Not(I(0))));
    }
}
