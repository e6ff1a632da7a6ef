using System.Text;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Diagnostics;
using Xunit;

namespace Aqua.Tests.Bytecode;

/// <summary>ACODE.md 1.1 and 6.1: header, section framing, encoding and JSON syntax.</summary>
public sealed class AcodeReaderContainerTests
{
    [Fact]
    public void EmptyProgramReads()
    {
        // ACODE.md 1.1: an empty source compiles to [], {}, {}, [[255, null]]: 41 bytes.
        byte[] bytes = AcodeBytes.Build();
        Assert.Equal(41, bytes.Length);
        var module = AcodeBytes.ReadOk(bytes);
        Assert.Empty(module.Constants);
        Assert.Empty(module.Globals);
        Assert.Empty(module.Functions);
        Assert.Equal([new Instruction(Opcode.Halt, null)], module.Main.Instructions.ToArray());
        Assert.True(module.Main.IsMain);
        Assert.Equal(AcodeReader.MainCodeName, module.Main.Name);
        Assert.Equal(AcodeBytes.FileName, module.SourcePath);
    }

    [Fact]
    public void SampleOfSection1_8Reads()
    {
        byte[] bytes = AcodeBytes.Build(
            "[\"sq\", 2.5, \"print\", 3, \"h\\u00e9\", true]",
            "{\"sq\": 0, \"x\": 1}",
            "{\"sq\": {\"parameters\": [\"n\"], \"local_vars\": {\"n\": 0}, \"instructions\": [[6, 0], [6, 0], [18, null], [81, null]]}}",
            "[[82, 0], [5, 0], [1, 1], [5, 1], [1, 2], [4, 0], [1, 3], [80, 1], [4, 1], [1, 4], [1, 5], [80, 4], [96, null], [255, null]]");
        Assert.Equal(314, bytes.Length);
        var module = AcodeBytes.ReadOk(bytes);
        Assert.Equal(new StringConstant("hé"), module.Constants[4]);
        Assert.Equal(new FloatConstant(2.5), module.Constants[1]);
        Assert.Equal(new IntConstant(3), module.Constants[3]);
        Assert.Equal([new("sq", 0), new KeyValuePair<string, int>("x", 1)], module.Globals.ToArray());
        var sq = Assert.Single(module.Functions);
        Assert.Equal("sq", sq.Name);
        Assert.Equal(["n"], sq.Parameters.ToArray());
        Assert.Equal(2, sq.FrameSize); // 1 parameter + 1 local_vars entry (ACODE.md 1.5)
        Assert.Equal(new Instruction(Opcode.Mul, null), sq.Code.Instructions[2]);
        Assert.False(sq.Code.IsMain);
        Assert.Equal(new Instruction(Opcode.Call, 4), module.Main.Instructions[11]);
        Assert.Equal(new Instruction(Opcode.Pop, null), module.Main.Instructions[12]);
        Assert.Equal(bytes, AcodeWriter.Write(module));
    }

    [Fact]
    public void TrailingBytesAreIgnored()
    {
        byte[] bytes = AcodeBytes.Concat(AcodeBytes.Build(), "garbage \xff\x00"u8.ToArray());
        Assert.Single(AcodeBytes.ReadOk(bytes).Main.Instructions);
    }

    [Fact]
    public void EmptyFileIsRejected()
    {
        var error = AcodeBytes.ReadError([]);
        Assert.Equal("byte 0 (header)", error.Where);
        Assert.Contains("not an .acode file", error.Message);
        Assert.Contains("empty file", error.Message);
    }

    [Fact]
    public void BadMagicIsRejected()
    {
        var error = AcodeBytes.ReadError(AcodeBytes.Concat(AcodeBytes.Header(magic: "AQUB"), AcodeBytes.Build()[6..]));
        Assert.Equal("byte 0 (header)", error.Where);
        Assert.Contains("found 41 51 55 42", error.Message);
    }

    [Fact]
    public void FileShorterThanMagicIsRejected()
    {
        var error = AcodeBytes.ReadError("AQ"u8.ToArray());
        Assert.Equal("byte 0 (header)", error.Where);
        Assert.Contains("found 41 51", error.Message);
    }

    [Fact]
    public void MissingVersionIsRejected()
    {
        var error = AcodeBytes.ReadError([.. "AQUA"u8, 1]);
        Assert.Equal("byte 4 (header)", error.Where);
        Assert.Contains("ends inside the version", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(256)]
    public void OtherVersionsAreRejected(int version)
    {
        var error = AcodeBytes.ReadError(AcodeBytes.Concat(AcodeBytes.Header((ushort)version), AcodeBytes.Build()[6..]));
        Assert.Equal("byte 4 (header)", error.Where);
        Assert.Equal($"unsupported bytecode version {version} (only version 1 is supported)", error.Message);
    }

    [Fact]
    public void HeaderOnlyIsRejectedAtTheConstantsSection()
    {
        var error = AcodeBytes.ReadError(AcodeBytes.Header());
        Assert.Equal("byte 6 (constants section)", error.Where);
        Assert.Contains("file ends before the constants section", error.Message);
    }

    [Fact]
    public void TruncatedLengthFieldIsRejected()
    {
        var error = AcodeBytes.ReadError(AcodeBytes.Concat(AcodeBytes.Header(), AcodeBytes.Section("[]"), [2, 0]));
        Assert.Equal("byte 12 (globals section)", error.Where);
        Assert.Contains("needs 4 bytes, 2 left", error.Message);
    }

    [Fact]
    public void SectionLengthBeyondTheFileIsRejected()
    {
        var error = AcodeBytes.ReadError(AcodeBytes.Concat(AcodeBytes.Header(), AcodeBytes.Length(500), "[]"u8.ToArray()));
        Assert.Equal("byte 6 (constants section)", error.Where);
        Assert.Equal("constants section length 500 goes past the end of the file (only 2 bytes follow)", error.Message);
    }

    [Fact]
    public void HugeSectionLengthIsRejected()
    {
        var error = AcodeBytes.ReadError(AcodeBytes.Concat(AcodeBytes.Header(), AcodeBytes.Length(uint.MaxValue), "[]"u8.ToArray()));
        Assert.Contains("4294967295 goes past the end", error.Message);
    }

    [Fact]
    public void MissingMainSectionIsRejected()
    {
        byte[] bytes = AcodeBytes.Build()[..^17]; // drop the main section (4 + 13 bytes)
        var error = AcodeBytes.ReadError(bytes);
        Assert.Equal($"byte {bytes.Length} (main section)", error.Where);
        Assert.Contains("file ends before the main section", error.Message);
    }

    [Fact]
    public void BadJsonNamesTheAbsoluteByte()
    {
        // constants "[]" at 10..11, globals length at 12, globals text from 16: {"a" 0}: the error is at 16 + 5.
        var error = AcodeBytes.ReadError(AcodeBytes.Build(globals: "{\"a\" 0}"));
        Assert.Equal("byte 21 (globals section)", error.Where);
        Assert.StartsWith("bad JSON: expecting ':'", error.Message);
    }

    [Fact]
    public void TrailingDataInsideASectionIsRejected()
    {
        var error = AcodeBytes.ReadError(AcodeBytes.Build(constants: "[] []"));
        Assert.Equal("byte 13 (constants section)", error.Where);
        Assert.Contains("extra data", error.Message);
    }

    [Fact]
    public void InvalidUtf8IsRejected()
    {
        byte[] bytes = AcodeBytes.Concat(AcodeBytes.Header(), AcodeBytes.Section([(byte)'[', (byte)'"', 0xFF, (byte)'"', (byte)']']),
            AcodeBytes.Section("{}"), AcodeBytes.Section("{}"), AcodeBytes.Section("[]"));
        var error = AcodeBytes.ReadError(bytes);
        Assert.Equal("byte 12 (constants section)", error.Where);
        Assert.Equal("invalid UTF-8", error.Message);
    }

    [Fact]
    public void ReadThrowsOneDiagnostic()
    {
        var e = Assert.Throws<DiagnosticException>(() => AcodeReader.Read(AcodeBytes.Header(version: 9), "x.acode"));
        Assert.Equal(new Diagnostic("x.acode", "byte 4 (header)", "unsupported bytecode version 9 (only version 1 is supported)"), e.Diagnostic);
        Assert.Equal("x.acode: byte 4 (header): error: unsupported bytecode version 9 (only version 1 is supported)", e.Message);
    }

    [Fact]
    public void MissingFileIsADiagnostic()
    {
        string path = Path.Combine(Path.GetTempPath(), $"aquac-missing-{Guid.NewGuid():N}.acode");
        var (module, error) = AcodeReader.TryRead(path);
        Assert.Null(module);
        Assert.NotNull(error);
        Assert.Equal(path, error.File);
        Assert.Equal("", error.Where);
        Assert.StartsWith("cannot read the file", error.Message);
    }

    [Fact]
    public void ReadsFromAPath()
    {
        string path = Path.Combine(Path.GetTempPath(), $"aquac-reader-{Guid.NewGuid():N}.acode");
        File.WriteAllBytes(path, AcodeBytes.Build(constants: "[\"x\"]"));
        try
        {
            var module = AcodeReader.Read(path);
            Assert.Equal(path, module.SourcePath);
            Assert.Equal([new StringConstant("x")], module.Constants.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SectionTextIsAscii()
    {
        // Writer output is pure ASCII even for non-ASCII strings (ensure_ascii).
        var module = AcodeBytes.ReadOk(AcodeBytes.Build(constants: "[\"€\"]"));
        byte[] written = AcodeWriter.Write(module);
        Assert.All(written[6..], b => Assert.True(b < 0x80));
        Assert.Contains("\\u20ac", Encoding.ASCII.GetString(written));
    }
}
