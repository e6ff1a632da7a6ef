using Aqua.Runtime;
using Xunit;

namespace Aqua.Tests.Library;

/// <summary>Strings as code points (ACODE.md 2.7): non-BMP characters count as one.</summary>
public class StrOpsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("a😀é", 3)]       // len("a😀é") == 3
    [InlineData("😀😀", 2)]
    public void Length(string s, int expected) => Assert.Equal(expected, StrOps.Length(s));

    [Fact]
    public void LoneSurrogateIsOneCodePoint() => Assert.Equal(2, StrOps.Length("\uD800x"));

    [Fact]
    public void IndexAndOffsets()
    {
        string s = "a😀b😀c";
        Assert.Equal("😀", StrOps.CodePointAt(s, 1));
        Assert.Equal("b", StrOps.CodePointAt(s, 2));
        Assert.Equal("c", StrOps.CodePointAt(s, 4));
        Assert.Equal(3, StrOps.Utf16Offset(s, 2));
        Assert.Equal(s.Length, StrOps.Utf16Offset(s, 5));
        Assert.Equal(2, StrOps.CodePointIndex(s, 3));
        Assert.Equal(["a", "😀", "b", "😀", "c"], StrOps.CodePoints(s));
    }

    [Fact]
    public void LongNonBmpStringUsesTheOffsetCacheCorrectly()
    {
        string s = string.Concat(Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? "😀" : "x"));
        for (int i = 0; i < 300; i++) Assert.Equal(i % 3 == 0 ? "😀" : "x", StrOps.CodePointAt(s, i));
        string other = "é" + s;
        Assert.Equal("é", StrOps.CodePointAt(other, 0));
        Assert.Equal("😀", StrOps.CodePointAt(other, 1));
    }

    [Fact]
    public void PythonWhitespace()
    {
        // CPython: '\x1c'.isspace() is True although .NET's char.IsWhiteSpace says no.
        Assert.True(StrOps.IsPySpace('\u001C'));
        Assert.True(StrOps.IsPySpace('\u00A0'));
        Assert.True(StrOps.IsPySpace('\u3000'));
        Assert.False(StrOps.IsPySpace('\u200B'));
        Assert.False(StrOps.IsPySpace('x'));
    }
}
