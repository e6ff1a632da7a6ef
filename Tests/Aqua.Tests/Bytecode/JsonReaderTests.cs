using System.Numerics;
using System.Text;
using Aqua.Compiler.Bytecode;
using Xunit;

namespace Aqua.Tests.Bytecode;

/// <summary>The JSON dialect of ACODE.md 1.2, as Python json.loads reads it.</summary>
public sealed class JsonReaderTests
{
    private static Constant Parse(string text, int baseOffset = 0) => JsonReader.Parse(Encoding.UTF8.GetBytes(text), baseOffset);

    private static JsonSyntaxException ParseError(string text, int baseOffset = 0) =>
        Assert.Throws<JsonSyntaxException>(() => Parse(text, baseOffset));

    [Fact]
    public void IntAndFloatAreTellApartByTheTokenForm()
    {
        Assert.Equal(new IntConstant(5), Parse("5"));
        Assert.Equal(new FloatConstant(5.0), Parse("5.0"));
        Assert.Equal(new FloatConstant(5.0), Parse("5e0"));
        Assert.Equal(new FloatConstant(500.0), Parse("5E+2"));
        Assert.Equal(new FloatConstant(1e-05), Parse("1e-05"));
        Assert.Equal(new IntConstant(-7), Parse("-7"));
        Assert.Equal(new IntConstant(0), Parse("-0"));
        Assert.True(double.IsNegative(((FloatConstant)Parse("-0.0")).Value));
    }

    [Fact]
    public void IntegersOfAnyLengthAreKept()
    {
        Assert.Equal(new IntConstant(long.MaxValue), Parse("9223372036854775807"));
        Assert.Equal(new IntConstant(long.MinValue), Parse("-9223372036854775808"));
        Assert.Equal(new BigIntConstant(BigInteger.Parse("9223372036854775808")), Parse("9223372036854775808"));
        Assert.Equal(new BigIntConstant(BigInteger.Pow(10, 400)), Parse("1" + new string('0', 400)));
        Assert.Equal(new BigIntConstant(-BigInteger.Pow(10, 30)), Parse("-1" + new string('0', 30)));
    }

    [Fact]
    public void NonFiniteNamesAreFloats()
    {
        Assert.Equal(new FloatConstant(double.PositiveInfinity), Parse("Infinity"));
        Assert.Equal(new FloatConstant(double.NegativeInfinity), Parse("-Infinity"));
        Assert.True(double.IsNaN(((FloatConstant)Parse("NaN")).Value));
        // A literal too large for a double becomes infinity, as Python's float() does.
        Assert.Equal(new FloatConstant(double.PositiveInfinity), Parse("1e400"));
    }

    [Fact]
    public void LiteralsAndContainers()
    {
        var value = Parse(" [true, false, null, \"x\", [], {}, [1, [2.5]]] ");
        var expected = new ListConstant(
        [
            new BoolConstant(true), new BoolConstant(false), NullConstant.Instance, new StringConstant("x"),
            new ListConstant([]), new DictConstant([]),
            new ListConstant([new IntConstant(1), new ListConstant([new FloatConstant(2.5)])]),
        ]);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void ShortEscapesDecode()
    {
        Assert.Equal(new StringConstant("\"\\/\b\f\n\r\t"), Parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""));
    }

    [Fact]
    public void UnicodeEscapesDecodeWithSurrogatePairsKept()
    {
        Assert.Equal(new StringConstant("hé"), Parse("\"h\\u00e9\""));
        Assert.Equal(new StringConstant("\u00C9"), Parse("\"\\u00C9\""));
        var emoji = (StringConstant)Parse("\"\\ud83d\\ude00\"");
        Assert.Equal("😀", emoji.Value);
        Assert.Equal(2, emoji.Value.Length);
        // A lone surrogate stays as it is, as in Python.
        Assert.Equal("\ud83dx", ((StringConstant)Parse("\"\\ud83dx\"")).Value);
    }

    [Fact]
    public void RawUtf8InStringsDecodes()
    {
        Assert.Equal(new StringConstant("hé 😀"), Parse("\"hé 😀\""));
    }

    [Fact]
    public void ObjectsKeepInsertionOrder()
    {
        var dict = (DictConstant)Parse("{\"b\": 1, \"a\": 2, \"c\": 3}");
        Assert.Equal(["b", "a", "c"], dict.Entries.Select(e => e.Key));
    }

    [Fact]
    public void DuplicateKeyKeepsFirstPositionAndLastValue()
    {
        var dict = (DictConstant)Parse("{\"a\": 1, \"b\": 2, \"a\": 3}");
        Assert.Equal(["a", "b"], dict.Entries.Select(e => e.Key));
        Assert.Equal([new IntConstant(3), new IntConstant(2)], dict.Entries.Select(e => e.Value));
    }

    [Theory]
    [InlineData("", 0, "expecting a value")]
    [InlineData("   ", 3, "expecting a value")]
    [InlineData("[1, 2] x", 7, "extra data")]
    [InlineData("[1 2]", 3, "expecting ',' or ']'")]
    [InlineData("[1, 2,]", 6, "expecting a value")]
    [InlineData("[1, 2", 5, "unterminated array")]
    [InlineData("{\"a\" 1}", 5, "expecting ':'")]
    [InlineData("{\"a\": 1,}", 8, "property name")]
    [InlineData("{1: 2}", 1, "property name")]
    [InlineData("{\"a\": 1 \"b\": 2}", 8, "expecting ',' or '}'")]
    [InlineData("\"abc", 0, "unterminated string")]
    [InlineData("\"a\\qb\"", 2, "invalid escape")]
    [InlineData("\"\\u12g4\"", 1, "invalid \\uXXXX escape")]
    [InlineData("\"\\u12\"", 1, "invalid \\uXXXX escape")]
    [InlineData("\"a\tb\"", 2, "control character")]
    [InlineData("01", 1, "extra data")]
    [InlineData("1.", 1, "extra data")]
    [InlineData(".5", 0, "expecting a value")]
    [InlineData("-", 0, "expecting a value")]
    [InlineData("+1", 0, "expecting a value")]
    [InlineData("tru", 0, "expecting a value")]
    [InlineData("True", 0, "expecting a value")]
    [InlineData("nan", 0, "expecting a value")]
    [InlineData("'x'", 0, "expecting a value")]
    [InlineData("\u00a0[]", 0, "expecting a value")]
    public void SyntaxErrorsCarryTheOffset(string text, int offset, string reason)
    {
        var error = ParseError(text);
        Assert.Contains(reason, error.Reason);
        Assert.Equal(offset, error.Offset);
    }

    [Fact]
    public void OffsetsAreAbsoluteInTheFile()
    {
        var error = ParseError("[1, x]", baseOffset: 100);
        Assert.Equal(104, error.Offset);
        Assert.StartsWith("byte 104: ", error.Message);
    }

    [Fact]
    public void InvalidUtf8IsReportedAtItsByte()
    {
        byte[] bytes = [.. "[\"ok\", \""u8, 0xC3, 0x28, .. "\"]"u8];
        var error = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(bytes, 10));
        Assert.Equal(JsonReader.InvalidUtf8Reason, error.Reason);
        Assert.Equal(18, error.Offset);
    }

    [Fact]
    public void Utf8EncodedSurrogatesAreInvalid()
    {
        // Python's UTF-8 decoder rejects ED A0 80 (an encoded surrogate).
        byte[] bytes = [(byte)'"', 0xED, 0xA0, 0x80, (byte)'"'];
        Assert.Equal(1, Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(bytes)).Offset);
    }

    [Fact]
    public void ByteOrderMarkIsRejected()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'[', (byte)']'];
        Assert.Contains("expecting a value", Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(bytes)).Reason);
    }

    [Fact]
    public void DeepNestingIsAnErrorNotACrash()
    {
        string deep = new string('[', 100_000) + new string(']', 100_000);
        var error = ParseError(deep);
        Assert.Contains("nested", error.Reason);
        Assert.Equal(JsonReader.MaxDepth, error.Offset);
        // Up to the limit is fine.
        Assert.IsType<ListConstant>(Parse(new string('[', JsonReader.MaxDepth) + new string(']', JsonReader.MaxDepth)));
    }
}
