using System.Buffers.Binary;
using System.Text;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Diagnostics;
using Xunit;

namespace Aqua.Tests.Bytecode;

/// <summary>Builds raw .acode bytes (ACODE.md 1.1) in memory, well-formed or deliberately not.</summary>
internal static class AcodeBytes
{
    public const string FileName = "test.acode";

    /// <summary>A file from the four section texts, with a correct header.</summary>
    public static byte[] Build(
        string constants = "[]", string globals = "{}", string functions = "{}", string main = "[[255, null]]") =>
        Concat(Header(), Section(constants), Section(globals), Section(functions), Section(main));

    /// <summary>A file whose single function <c>f</c> has the given record text.</summary>
    public static byte[] WithFunction(string record, string constants = "[]", string globals = "{}") =>
        Build(constants, globals, $"{{\"f\": {record}}}");

    /// <summary>A file whose function <c>f(a)</c> with one more local <c>b</c> runs <paramref name="instructions"/>.</summary>
    public static byte[] WithFunctionCode(string instructions, string constants = "[]", string globals = "{}") =>
        WithFunction($"{{\"parameters\": [\"a\"], \"local_vars\": {{\"a\": 0, \"b\": 1}}, \"instructions\": {instructions}}}", constants, globals);

    public static byte[] Header(ushort version = 1, string magic = "AQUA")
    {
        var header = new byte[6];
        Encoding.ASCII.GetBytes(magic).CopyTo(header, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), version);
        return header;
    }

    public static byte[] Section(string json) => Section(Encoding.UTF8.GetBytes(json));

    public static byte[] Section(byte[] payload) => Concat(Length((uint)payload.Length), payload);

    public static byte[] Length(uint length)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, length);
        return bytes;
    }

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>Reads the bytes and returns the diagnostic, failing the test if they were accepted.</summary>
    public static Diagnostic ReadError(byte[] bytes)
    {
        var (module, error) = AcodeReader.TryRead(bytes, FileName);
        Assert.Null(module);
        Assert.NotNull(error);
        Assert.Equal(FileName, error.File);
        return error;
    }

    public static AcodeModule ReadOk(byte[] bytes)
    {
        var (module, error) = AcodeReader.TryRead(bytes, FileName);
        Assert.Null(error);
        return module!;
    }
}
