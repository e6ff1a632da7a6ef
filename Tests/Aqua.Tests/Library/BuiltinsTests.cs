using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Library.V;

namespace Aqua.Tests.Library;

/// <summary>The 13 builtins (ACODE.md 2.10, 6.6) except print (see OutputTests); expectations are CPython 3.11's.</summary>
public class BuiltinsTests
{
    [Fact]
    public void NamesAndLookup()
    {
        Assert.Equal(13, Builtins.Names.Count);
        foreach (string name in Builtins.Names) Assert.True(Builtins.TryGet(name, out _));
        Assert.False(Builtins.TryGet("input", out _));
    }

    [Fact]
    public void Str()
    {
        Assert.Equal("'5'", Repr(Builtins.Str([I(5)])));
        Assert.Equal("'[1, 'a']'", Repr(Builtins.Str([L(I(1), S("a"))])).Replace("\"", "'"));
        Assert.Equal("'None'", Repr(Builtins.Str([None])));
        Assert.Equal("'2.5'", Repr(Builtins.Str([F(2.5)])));
        Throws(ErrorType.TypeError, "Error in builtin function 'str': str() takes exactly one argument (0 given)", () => Builtins.Str([]));
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData(" 7 ", "7")]            // int(" 7 ") == 7
    [InlineData("1_000", "1000")]       // int("1_000") == 1000
    [InlineData("-0", "0")]
    [InlineData("+12", "12")]
    [InlineData("007", "7")]
    [InlineData("\t-3\n", "-3")]
    [InlineData("١٢", "12")]            // Arabic-Indic digits: int("١٢") == 12
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    public void IntFromString(string text, string expected) => Assert.Equal(expected, Repr(Builtins.Int([S(text)])));

    [Theory]
    [InlineData("abc")]
    [InlineData("4.5")]
    [InlineData("")]
    [InlineData("1__0")]
    [InlineData("_1")]
    [InlineData("1_")]
    [InlineData("- 1")]
    public void IntFromBadString(string text) =>
        Throws(ErrorType.ValueError, $"Error in builtin function 'int': Cannot convert str to int: invalid literal for int() with base 10: {Text.StrRepr(text)}", () => Builtins.Int([S(text)]));

    [Fact]
    public void IntOfOtherValues()
    {
        Assert.Equal("-4", Repr(Builtins.Int([F(-4.9)])));   // int(-4.9) == -4
        Assert.Equal("1", Repr(Builtins.Int([B(true)])));    // int(True) == 1
        Assert.Equal("1e+20", Repr(Builtins.Float([Builtins.Int([F(1e20)])])));
        Assert.Equal("100000000000000000000", Repr(Builtins.Int([F(1e20)])));
        Throws(ErrorType.TypeError, "Error in builtin function 'int': Cannot convert list to int: int() argument must be a string, a bytes-like object or a real number, not 'list'", () => Builtins.Int([L()]));
        Throws(ErrorType.TypeError, "Error in builtin function 'int': Cannot convert NoneType to int: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'", () => Builtins.Int([None]));
        Throws(ErrorType.ValueError, "Error in builtin function 'int': Cannot convert float to int: cannot convert float NaN to integer", () => Builtins.Int([F(double.NaN)]));
        Throws(ErrorType.OverflowError, "Error in builtin function 'int': Cannot convert float to int: cannot convert float infinity to integer", () => Builtins.Int([F(double.PositiveInfinity)]));
        Throws(ErrorType.ValueError, "Error in builtin function 'int': Cannot convert str to int: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit", () => Builtins.Int([S(new string('1', 5000))]));
    }

    [Theory]
    [InlineData("3.5", "3.5")]
    [InlineData("1e3", "1000.0")]
    [InlineData(" inf ", "inf")]
    [InlineData("-Infinity", "-inf")]
    [InlineData("nan", "nan")]
    [InlineData("1_000.5", "1000.5")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5.0")]
    [InlineData("1e400", "inf")]
    [InlineData("-0", "-0.0")]
    [InlineData("0.1", "0.1")]
    public void FloatFromString(string text, string expected) => Assert.Equal(expected, Repr(Builtins.Float([S(text)])));

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("1e")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("in f")]
    public void FloatFromBadString(string text) =>
        Throws(ErrorType.ValueError, $"Error in builtin function 'float': Cannot convert str to float: could not convert string to float: {Text.StrRepr(text)}", () => Builtins.Float([S(text)]));

    [Fact]
    public void FloatOfOtherValues()
    {
        Assert.Equal("7.0", Repr(Builtins.Float([I(7)])));
        Assert.Equal("1.0", Repr(Builtins.Float([B(true)])));
        Assert.Equal("9007199254740992.0", Repr(Builtins.Float([I(9007199254740993)])));       // ties to even
        Assert.Equal("1.8014398509481988e+16", Repr(Builtins.Float([I(18014398509481987)])));
        Assert.Equal("1.8446744073709552e+19", Repr(Builtins.Float([Big("18446744073709551615")])));
        Assert.Equal("9.223372036854778e+18", Repr(Builtins.Float([Big("9223372036854776833")])));
        Assert.Equal("5.153775207320113e+47", Repr(Builtins.Float([Big("515377520732011331036461129765621272702107522001")])));
        Throws(ErrorType.OverflowError, "Error in builtin function 'float': Cannot convert int to float: int too large to convert to float", () => Builtins.Float([Value.Int(System.Numerics.BigInteger.Pow(10, 400))]));
        Throws(ErrorType.TypeError, "Error in builtin function 'float': Cannot convert list to float: float() argument must be a string or a real number, not 'list'", () => Builtins.Float([L()]));
    }

    [Fact]
    public void BigIntToFloatRoundsHalfEvenLikeCPython()
    {
        // float(2**1024 - 2**970 - 1) == 1.7976931348623157e+308; float(2**1024 - 2**970) overflows.
        var max = System.Numerics.BigInteger.Pow(2, 1024) - System.Numerics.BigInteger.Pow(2, 970);
        Assert.Equal("1.7976931348623157e+308", Repr(Builtins.Float([Value.Int(max - 1)])));
        Assert.Throws<AquaError>(() => Builtins.Float([Value.Int(max)]));
        var rng = new Random(7);
        for (int i = 0; i < 2000; i++)
        {
            var bytes = new byte[rng.Next(8, 40)];
            rng.NextBytes(bytes);
            var n = new System.Numerics.BigInteger(bytes, isUnsigned: true);
            // Reference: parsing the decimal digits is correctly rounded (.NET Core 3.0+), as CPython's float(int) is.
            Assert.Equal(double.Parse(n.ToString(), System.Globalization.CultureInfo.InvariantCulture), Conversions.BigToDouble(n));
        }
    }

    [Fact]
    public void Bool()
    {
        Assert.Equal("False", Repr(Builtins.Bool([L()])));
        Assert.Equal("True", Repr(Builtins.Bool([S("0")])));
        Assert.Equal("False", Repr(Builtins.Bool([F(0.0)])));
        Assert.Equal("False", Repr(Builtins.Bool([None])));
    }

    [Fact]
    public void Len()
    {
        Assert.Equal("3", Repr(Builtins.Len([S("a😀é")])));
        Throws(ErrorType.TypeError, "Error in builtin function 'len': Object of type int has no len(): object of type 'int' has no len()", () => Builtins.Len([I(5)]));
        Throws(ErrorType.TypeError, "Error in builtin function 'len': len() takes exactly one argument (2 given)", () => Builtins.Len([I(5), I(6)]));
    }

    [Fact]
    public void Range()
    {
        Assert.Equal("[0, 1, 2]", Repr(Builtins.Range([I(3)])));
        Assert.Equal("[2, 3, 4]", Repr(Builtins.Range([I(2), I(5)])));
        Assert.Equal("[10, 7, 4, 1]", Repr(Builtins.Range([I(10), I(0), I(-3)])));   // list(range(10, 0, -3))
        Assert.Equal("[]", Repr(Builtins.Range([I(5), I(2)])));
        Assert.Equal("[]", Repr(Builtins.Range([I(-2)])));
        Assert.Equal("[0, 1]", Repr(Builtins.Range([F(2.7)])));        // ACODE.md 2.10: range(2.7) == [0, 1]
        Assert.Equal("[0, 1, 2]", Repr(Builtins.Range([S("3")])));     // range("3") == [0, 1, 2]
        Assert.Equal("[0, 2, 4]", Repr(Builtins.Range([I(0), I(5), I(2)])));
        Assert.Equal("[9223372036854775806, 9223372036854775807]", Repr(Builtins.Range([I(long.MaxValue - 1), Big("9223372036854775808")])));
        Assert.Equal("[100000000000000000000, 100000000000000000001]", Repr(Builtins.Range([Big("100000000000000000000"), Big("100000000000000000002")])));
        Throws(ErrorType.TypeError, "Error in builtin function 'range': range() takes 1 to 3 arguments", () => Builtins.Range([]));
        Throws(ErrorType.TypeError, "Error in builtin function 'range': range() takes 1 to 3 arguments", () => Builtins.Range([I(1), I(2), I(3), I(4)]));
        Throws(ErrorType.ValueError, "Error in builtin function 'range': Invalid arguments for range(): range() arg 3 must not be zero", () => Builtins.Range([I(1), I(2), I(0)]));
        Throws(ErrorType.ValueError, "Error in builtin function 'range': Invalid arguments for range(): invalid literal for int() with base 10: 'a'", () => Builtins.Range([S("a")]));
    }

    [Fact]
    public void Type()
    {
        Assert.Equal("'int'", Repr(Builtins.Type([I(1)])));
        Assert.Equal("'bool'", Repr(Builtins.Type([B(true)])));
        Assert.Equal("'float'", Repr(Builtins.Type([F(1)])));
        Assert.Equal("'str'", Repr(Builtins.Type([S("add")])));    // a function value is its name: type(add) == 'str'
        Assert.Equal("'NoneType'", Repr(Builtins.Type([None])));
        Assert.Equal("'list'", Repr(Builtins.Type([L()])));
        Assert.Equal("'tuple'", Repr(Builtins.Type([T()])));
        Assert.Equal("'dict'", Repr(Builtins.Type([D()])));
        Assert.Equal("'int'", Repr(Builtins.Type([Big("100000000000000000000")])));
    }

    [Fact]
    public void Abs()
    {
        Assert.Equal("5", Repr(Builtins.Abs([I(-5)])));
        Assert.Equal("3.14", Repr(Builtins.Abs([F(-3.14)])));
        Assert.Equal("1", Repr(Builtins.Abs([B(true)])));
        Assert.Equal("9223372036854775808", Repr(Builtins.Abs([I(long.MinValue)])));
        Assert.Equal("0.0", Repr(Builtins.Abs([F(-0.0)])));
        Throws(ErrorType.TypeError, "Error in builtin function 'abs': Cannot compute abs() of str: bad operand type for abs(): 'str'", () => Builtins.Abs([S("a")]));
        Throws(ErrorType.TypeError, "Error in builtin function 'abs': Cannot compute abs() of NoneType: bad operand type for abs(): 'NoneType'", () => Builtins.Abs([None]));
    }

    [Fact]
    public void MinMax()
    {
        Assert.Equal("10", Repr(Builtins.Min([I(10), I(20)])));
        Assert.Equal("20", Repr(Builtins.Max([I(10), I(20)])));
        Assert.Equal("1", Repr(Builtins.Min([L(I(3), I(1), I(2))])));     // 6.6: min([3,1,2]) == 1
        Assert.Equal("'c'", Repr(Builtins.Max([S("abc")])));              // max("abc") == 'c'
        Assert.Equal("'b'", Repr(Builtins.Max([D((S("a"), I(9)), (S("b"), I(1)))])));  // keys
        Assert.Equal("1", Repr(Builtins.Min([I(1), F(1.0), B(true)])));   // the first of equal items
        Assert.Equal("1", Repr(Builtins.Max([I(1), F(1.0), B(true)])));
        Assert.Equal("2.5", Repr(Builtins.Max([I(2), F(2.5)])));
        Assert.Equal("[1, 3]", Repr(Builtins.Max([L(I(1), I(2)), L(I(1), I(3))])));
        Throws(ErrorType.TypeError, "Error in builtin function 'min': min() requires at least 1 argument", () => Builtins.Min([]));
        Throws(ErrorType.ValueError, "Error in builtin function 'min': Cannot compute min(): min() arg is an empty sequence", () => Builtins.Min([L()]));
        Throws(ErrorType.ValueError, "Error in builtin function 'max': Cannot compute max(): max() arg is an empty sequence", () => Builtins.Max([S("")]));
        Throws(ErrorType.TypeError, "Error in builtin function 'min': Cannot compute min(): 'int' object is not iterable", () => Builtins.Min([I(5)]));
        Throws(ErrorType.TypeError, "Error in builtin function 'min': Cannot compute min(): '<' not supported between instances of 'str' and 'int'", () => Builtins.Min([I(1), S("a")]));
        Throws(ErrorType.TypeError, "Error in builtin function 'max': Cannot compute max(): '>' not supported between instances of 'str' and 'int'", () => Builtins.Max([I(1), S("a")]));
    }

    [Fact]
    public void Sum()
    {
        Assert.Equal("6", Repr(Builtins.Sum([L(I(1), I(2), I(3))])));
        Assert.Equal("16", Repr(Builtins.Sum([T(I(1), I(2), I(3)), I(10)])));
        Assert.Equal("0", Repr(Builtins.Sum([L()])));
        Assert.Equal("0.6000000000000001", Repr(Builtins.Sum([L(F(0.1), F(0.2), F(0.3))])));  // 3.11 adds left to right
        Assert.Equal("2", Repr(Builtins.Sum([L(B(true), B(true))])));
        Assert.Equal("[1, 2]", Repr(Builtins.Sum([L(L(I(1)), L(I(2))), L()])));
        Throws(ErrorType.TypeError, "Error in builtin function 'sum': Cannot compute sum(): sum() can't sum strings [use ''.join(seq) instead]", () => Builtins.Sum([L(S("a")), S("")]));
        Throws(ErrorType.TypeError, "Error in builtin function 'sum': Cannot compute sum(): unsupported operand type(s) for +: 'int' and 'str'", () => Builtins.Sum([L(I(1), S("a"))]));
        Throws(ErrorType.TypeError, "Error in builtin function 'sum': Cannot compute sum(): 'int' object is not iterable", () => Builtins.Sum([I(5)]));
        Throws(ErrorType.TypeError, "Error in builtin function 'sum': sum() takes at least 1 positional argument (0 given)", () => Builtins.Sum([]));
    }

    [Theory]
    [InlineData(2.5, "2")]      // round(2.5) == 2
    [InlineData(3.5, "4")]
    [InlineData(-0.5, "0")]
    [InlineData(-1.5, "-2")]
    [InlineData(0.49999999999999994, "0")]
    [InlineData(1e20, "100000000000000000000")]
    public void RoundToInt(double x, string expected) => Assert.Equal(expected, Repr(Builtins.Round([F(x)])));

    [Theory]
    [InlineData(2.675, 2, "2.67")]     // round(2.675, 2) == 2.67 (binary value below the tie)
    [InlineData(0.125, 2, "0.12")]     // exact tie: half to even
    [InlineData(0.375, 2, "0.38")]
    [InlineData(1234.5678, -2, "1200.0")]
    [InlineData(-2.5, 0, "-2.0")]
    [InlineData(-0.4, 0, "-0.0")]
    [InlineData(1.5, 400, "1.5")]
    [InlineData(123.0, -400, "0.0")]
    [InlineData(5e-324, 400, "5e-324")]
    [InlineData(0.1, 1, "0.1")]
    [InlineData(1.0000000000000002, 15, "1.0")]
    public void RoundFloatDigits(double x, int n, string expected) => Assert.Equal(expected, Repr(Builtins.Round([F(x), I(n)])));

    [Fact]
    public void RoundOthers()
    {
        Assert.Equal("20", Repr(Builtins.Round([I(25), I(-1)])));      // round(25, -1) == 20
        Assert.Equal("40", Repr(Builtins.Round([I(35), I(-1)])));
        Assert.Equal("-20", Repr(Builtins.Round([I(-25), I(-1)])));
        Assert.Equal("-30", Repr(Builtins.Round([I(-26), I(-1)])));
        Assert.Equal("25", Repr(Builtins.Round([I(25), I(2)])));
        Assert.Equal("1", Repr(Builtins.Round([B(true)])));
        Assert.Equal("'int'", Repr(Builtins.Type([Builtins.Round([B(true)])])));
        Assert.Equal("2", Repr(Builtins.Round([F(2.5), None])));  // round(2.5, None) == 2, an int
        Throws(ErrorType.TypeError, "Error in builtin function 'round': Cannot round str: type str doesn't define __round__ method", () => Builtins.Round([S("a")]));
        Throws(ErrorType.ValueError, "Error in builtin function 'round': Cannot round float: cannot convert float NaN to integer", () => Builtins.Round([F(double.NaN)]));
        Throws(ErrorType.OverflowError, "Error in builtin function 'round': Cannot round float: cannot convert float infinity to integer", () => Builtins.Round([F(double.PositiveInfinity)]));
        Throws(ErrorType.OverflowError, "Error in builtin function 'round': Cannot round float: rounded value too large to represent", () => Builtins.Round([F(1.7976931348623157e308), I(-308)]));
        Throws(ErrorType.TypeError, "Error in builtin function 'round': Cannot round float: 'float' object cannot be interpreted as an integer", () => Builtins.Round([F(1.5), F(1.0)]));
        Throws(ErrorType.TypeError, "Error in builtin function 'round': round() takes at most 2 arguments (3 given)", () => Builtins.Round([I(1), I(2), I(3)]));
    }
}
