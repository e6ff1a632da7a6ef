using Aqua.Runtime;
using Xunit;

namespace Aqua.Tests.Runtime;

/// <summary>Text.FloatRepr against CPython 3.11's repr(float) (ACODE.md 2.11).</summary>
public class FloatReprTests
{
    public static TheoryData<long, string> Cases => Generated.FloatReprCases;

    /// <summary>A few hundred doubles (fixed, random bit patterns, powers of ten) with python3's repr.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(long bits, string expected) =>
        Assert.Equal(expected, Text.FloatRepr(BitConverter.Int64BitsToDouble(bits)));

    [Theory]
    [InlineData(5.0, "5.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1234567890123456.0, "1234567890123456.0")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e17, "1e+17")]
    [InlineData(12345678901234568.0, "1.2345678901234568e+16")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(3.333333333333333e+22, "3.333333333333333e+22")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(1.4142135623730951, "1.4142135623730951")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(-1.5e-7, "-1.5e-07")]
    [InlineData(1e100, "1e+100")]
    public void SpecExamples(double d, string expected) => Assert.Equal(expected, Text.FloatRepr(d));

    [Fact]
    public void StrOfFloatIsRepr()
    {
        Assert.Equal("5.0", Text.Str(Value.Float(5.0)));
        Assert.Equal("[0.1, -0.0]", Text.Str(Value.Object(new AquaList([Value.Float(0.1), Value.Float(-0.0)]))));
    }
}
