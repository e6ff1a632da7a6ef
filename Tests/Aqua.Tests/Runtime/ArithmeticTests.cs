using System.Numerics;
using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Runtime.V;

namespace Aqua.Tests.Runtime;

/// <summary>
/// Ops.Add/Sub/Mul/Div/Mod/Pow against CPython 3.11 (ACODE.md 2.6, 2.7, 6.4). The big table
/// (Generated/ArithmeticCases.g.cs) was produced by python3 running each operation; errors
/// carry the VM's wrapping of TypeErrors.
/// </summary>
public class ArithmeticTests
{
    public static TheoryData<string, Value, Value, string> Cases => Generated.ArithmeticCases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string op, Value a, Value b, string expected) =>
        Assert.Equal(expected, Check.Outcome(() => Apply(op, a, b)));

    internal static Value Apply(string op, Value a, Value b) => op switch
    {
        "Add" => Ops.Add(a, b),
        "Sub" => Ops.Sub(a, b),
        "Mul" => Ops.Mul(a, b),
        "Div" => Ops.Div(a, b),
        "Mod" => Ops.Mod(a, b),
        "Pow" => Ops.Pow(a, b),
        _ => throw new ArgumentException(op),
    };

    // Overflow boundaries of the 64-bit fast paths: CPython results, then back to the small form.
    [Theory]
    [InlineData("Add", "9223372036854775807", "1", "9223372036854775808")] // long.MaxValue + 1
    [InlineData("Sub", "-9223372036854775808", "1", "-9223372036854775809")] // long.MinValue - 1
    [InlineData("Mul", "-9223372036854775808", "-1", "9223372036854775808")] // long.MinValue * -1
    [InlineData("Sub", "0", "-9223372036854775808", "9223372036854775808")] // -long.MinValue as 0 - x
    [InlineData("Add", "-9223372036854775808", "-1", "-9223372036854775809")]
    [InlineData("Mul", "4294967296", "2147483648", "9223372036854775808")] // 2**32 * 2**31
    [InlineData("Mul", "-4294967296", "2147483648", "-9223372036854775808")] // fits exactly
    [InlineData("Mul", "3037000500", "3037000500", "9223372037000250000")]
    [InlineData("Add", "9223372036854775808", "-1", "9223372036854775807")] // back into range
    [InlineData("Sub", "-9223372036854775809", "-1", "-9223372036854775808")]
    [InlineData("Pow", "2", "63", "9223372036854775808")]
    [InlineData("Pow", "-2", "63", "-9223372036854775808")]
    [InlineData("Pow", "3", "39", "4052555153018976267")]
    [InlineData("Pow", "3", "40", "12157665459056928801")]
    [InlineData("Mod", "-9223372036854775808", "-1", "0")]
    public void PromotesAndNormalisesAtTheLongBoundary(string op, string a, string b, string expected)
    {
        Value r = Apply(op, Value.Int(BigInteger.Parse(a)), Value.Int(BigInteger.Parse(b)));
        Assert.Equal(expected, Text.Repr(r));
        BigInteger e = BigInteger.Parse(expected);
        Assert.Equal(e >= long.MinValue && e <= long.MaxValue, r.IsSmallInt);
    }

    [Fact]
    public void BoolIsAnInt()
    {
        Assert.Equal("int 2", Check.Describe(Ops.Add(B(true), B(true)))); // True + True == 2
        Assert.Equal("str a", Ops.TypeName(Ops.Mul(S("a"), B(true))) + " " + Text.Str(Ops.Mul(S("a"), B(true))));
        Assert.Equal("float 1.0", Check.Describe(Ops.Div(B(true), B(true))));
        Assert.Equal("int 1", Check.Describe(Ops.Pow(B(false), B(false))));
    }

    [Fact]
    public void UnaryMinusIsZeroMinusX()
    {
        Assert.Equal("float 0.0", Check.Describe(Ops.Sub(I(0), F(0.0)))); // never -0.0 (ACODE.md 2.7)
        Check.Throws(ErrorType.TypeError, "Cannot subtract str from int: unsupported operand type(s) for -: 'int' and 'str'",
            () => Ops.Sub(I(0), S("a")));
    }

    [Fact]
    public void CatalogueMessages()
    {
        // ACODE.md 3.3.
        Check.Throws(ErrorType.ZeroDivisionError, "Division by zero", () => Ops.Div(I(7), I(0)));
        Check.Throws(ErrorType.ZeroDivisionError, "Division by zero", () => Ops.Div(F(1.5), F(0.0)));
        Check.Throws(ErrorType.ZeroDivisionError, "Division by zero", () => Ops.Div(S("a"), I(0)));
        Check.Throws(ErrorType.ZeroDivisionError, "Division by zero", () => Ops.Div(L(), B(false)));
        Check.Throws(ErrorType.ZeroDivisionError, "integer modulo by zero", () => Ops.Mod(I(7), I(0)));
        Check.Throws(ErrorType.ZeroDivisionError, "float modulo", () => Ops.Mod(F(7.5), I(0)));
        Check.Throws(ErrorType.TypeError, "Cannot add str and int: can only concatenate str (not \"int\") to str", () => Ops.Add(S("a"), I(1)));
        Check.Throws(ErrorType.TypeError, "Cannot add int and str: unsupported operand type(s) for +: 'int' and 'str'", () => Ops.Add(I(1), S("a")));
        Check.Throws(ErrorType.TypeError, "Cannot multiply str and float: can't multiply sequence by non-int of type 'float'", () => Ops.Mul(S("a"), F(2.0)));
        Check.Throws(ErrorType.ValueError, "complex numbers are not supported", () => Ops.Pow(I(-8), F(1.0 / 3)));
        Check.Throws(ErrorType.OverflowError, "(34, 'Numerical result out of range')", () => Ops.Pow(F(2.0), I(10000)));
        Check.Throws(ErrorType.ZeroDivisionError, "0.0 cannot be raised to a negative power", () => Ops.Pow(I(0), I(-1)));
    }

    [Fact]
    public void RepetitionSharesItemsAndMakesNewContainers()
    {
        var inner = new AquaList();
        Value outer = Ops.Mul(L(Value.Object(inner)), I(2)); // [[]] * 2 shares the inner list
        var list = (AquaList)outer.Ref!;
        Assert.Same(list[0].Ref, list[1].Ref);
        Value a = L(I(1));
        Value sum = Ops.Add(a, L());
        Assert.NotSame(a.Ref, sum.Ref); // list + list is a new list
        Assert.Equal("[1]", Text.Repr(sum));
    }

    [Fact]
    public void TrueDivisionIsCorrectlyRoundedForBigInts()
    {
        // Python: (2**64 + 1) / 3 == 6.148914691236517e+18; 10**30 / 7 == 1.4285714285714285e+29
        Assert.Equal("6.148914691236517e+18", Text.Repr(Ops.Div(Big("18446744073709551617"), I(3))));
        Assert.Equal("1.4285714285714285e+29", Text.Repr(Ops.Div(Big("1000000000000000000000000000000"), I(7))));
        // (2**53 + 1) / 1 rounds half to even: 9007199254740992.0
        Assert.Equal("9007199254740992.0", Text.Repr(Ops.Div(I((1L << 53) + 1), I(1))));
        Assert.Equal("9007199254740996.0", Text.Repr(Ops.Div(I((1L << 53) + 3), I(1))));
    }

    public static TheoryData<string, string, string> DivisionCases => Generated.TrueDivisionCases;

    [Theory]
    [MemberData(nameof(DivisionCases))]
    public void TrueDivisionMatchesCPython(string a, string b, string expected)
    {
        string actual = Check.Outcome(() => Ops.Div(Value.Int(BigInteger.Parse(a)), Value.Int(BigInteger.Parse(b))));
        Assert.Equal(expected.StartsWith('!') ? expected : "float " + expected, actual);
    }
}
