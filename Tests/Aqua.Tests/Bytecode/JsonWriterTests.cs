using System.Numerics;
using Aqua.Compiler.Bytecode;
using Xunit;

namespace Aqua.Tests.Bytecode;

/// <summary>The writer's output must equal Python json.dumps (ACODE.md 1.2) and repr (for floats).</summary>
public sealed class JsonWriterTests
{
    [Theory]
    [InlineData(2.5, "2.5")]
    [InlineData(5.0, "5.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(1.5e16, "1.5e+16")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00012345, "0.00012345")]
    [InlineData(1.2345e-05, "1.2345e-05")]
    [InlineData(-3.75, "-3.75")]
    [InlineData(1e300, "1e+300")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(3.141592653589793, "3.141592653589793")]
    [InlineData(100.0, "100.0")]
    [InlineData(123.456, "123.456")]
    public void FloatsUsePythonRepr(double value, string expected)
    {
        Assert.Equal(expected, PythonRepr.Float(value));
        Assert.Equal(expected, JsonWriter.Write(new FloatConstant(value)));
    }

    [Fact]
    public void NonFiniteFloatsUseJsonNames()
    {
        Assert.Equal("Infinity", JsonWriter.Write(new FloatConstant(double.PositiveInfinity)));
        Assert.Equal("-Infinity", JsonWriter.Write(new FloatConstant(double.NegativeInfinity)));
        Assert.Equal("NaN", JsonWriter.Write(new FloatConstant(double.NaN)));
        Assert.Equal("inf", PythonRepr.Float(double.PositiveInfinity));
        Assert.Equal("nan", PythonRepr.Float(double.NaN));
    }

    [Fact]
    public void StringsAreEscapedAsciiOnly()
    {
        var s = new StringConstant("q\"b\\n\n\r\t\b\f\u0001\u007f hé 😀 /");
        Assert.Equal("\"q\\\"b\\\\n\\n\\r\\t\\b\\f\\u0001\\u007f h\\u00e9 \\ud83d\\ude00 /\"", JsonWriter.Write(s));
    }

    [Fact]
    public void ContainersUsePythonSeparators()
    {
        var value = new DictConstant(
        [
            new("a", new ListConstant([new IntConstant(1), new BoolConstant(true), NullConstant.Instance])),
            new("b", new DictConstant([])),
            new("c", new ListConstant([])),
            new("d", new BigIntConstant(BigInteger.Pow(2, 70))),
        ]);
        Assert.Equal("{\"a\": [1, true, null], \"b\": {}, \"c\": [], \"d\": 1180591620717411303424}", JsonWriter.Write(value));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("5.0")]
    [InlineData("[1e+16, 1e-05, -0.0, Infinity, -Infinity, NaN]")]
    [InlineData("{\"k\": \"\\ud83d\\ude00\\u00e9\\\"\", \"n\": null}")]
    [InlineData("123456789012345678901234567890")]
    public void WriteInvertsRead(string json) =>
        Assert.Equal(json, JsonWriter.Write(JsonReader.Parse(System.Text.Encoding.UTF8.GetBytes(json))));

    [Fact]
    public void EveryDoubleBitPatternSampleRoundTrips()
    {
        var random = new Random(1234);
        Span<byte> bits = stackalloc byte[8];
        for (int i = 0; i < 20_000; i++)
        {
            random.NextBytes(bits);
            double d = BitConverter.ToDouble(bits);
            if (!double.IsFinite(d)) continue;
            string text = JsonWriter.Write(new FloatConstant(d));
            var back = Assert.IsType<FloatConstant>(JsonReader.Parse(System.Text.Encoding.ASCII.GetBytes(text)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(back.Value));
        }
    }

    [Theory]
    [InlineData("abc", "'abc'")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("it's \"x\"", "'it\\'s \"x\"'")]
    [InlineData("a\\b\n\t\r", "'a\\\\b\\n\\t\\r'")]
    [InlineData("\u0001\u007f\u00a0é", "'\\x01\\x7f\\xa0é'")]
    [InlineData("😀\u200b", "'😀\\u200b'")]
    public void StringReprIsPythonStyle(string value, string expected) =>
        Assert.Equal(expected, PythonRepr.String(value));
}
