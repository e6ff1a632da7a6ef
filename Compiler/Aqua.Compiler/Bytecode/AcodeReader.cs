using System.Buffers.Binary;
using Aqua.Compiler.Diagnostics;

namespace Aqua.Compiler.Bytecode;

/// <summary>
/// Reads a <c>.acode</c> file (ACODE.md 1.1) into an <see cref="AcodeModule"/> and checks it
/// against the contract of ACODE.md 6.1. Malformed input of any kind ends in a
/// <see cref="DiagnosticException"/> carrying one <see cref="Diagnostic"/> that names the file,
/// the section or function, and the byte offset or instruction index.
/// </summary>
/// <remarks>Stack depths are not checked here; the analysis stage does that.</remarks>
public static class AcodeReader
{
    /// <summary>The <see cref="CodeUnit.Name"/> given to the main code.</summary>
    public const string MainCodeName = "<main>";

    public const ushort SupportedVersion = 1;

    private const int HeaderSize = 6;

    private static ReadOnlySpan<byte> Magic => "AQUA"u8;

    /// <exception cref="DiagnosticException">The file cannot be read or is malformed.</exception>
    public static AcodeModule Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new DiagnosticException(new Diagnostic(path, "", $"cannot read the file: {e.Message}"));
        }
        return Read(bytes, path);
    }

    /// <param name="displayPath">The file name used in diagnostics and kept as <see cref="AcodeModule.SourcePath"/>.</param>
    /// <exception cref="DiagnosticException">The bytes are not a well-formed .acode file.</exception>
    public static AcodeModule Read(ReadOnlySpan<byte> bytes, string displayPath)
    {
        ReadHeader(bytes, displayPath);
        int pos = HeaderSize;
        var constants = ReadSection(bytes, ref pos, "constants", displayPath);
        var globals = ReadSection(bytes, ref pos, "globals", displayPath);
        var functions = ReadSection(bytes, ref pos, "functions", displayPath);
        var main = ReadSection(bytes, ref pos, "main", displayPath);
        // Bytes after the main section are ignored, as both VMs do (ACODE.md 1.1).
        return new ModuleDecoder(displayPath).Decode(constants, globals, functions, main);
    }

    public static (AcodeModule? Module, Diagnostic? Error) TryRead(string path)
    {
        try { return (Read(path), null); }
        catch (DiagnosticException e) { return (null, e.Diagnostic); }
    }

    public static (AcodeModule? Module, Diagnostic? Error) TryRead(ReadOnlySpan<byte> bytes, string displayPath)
    {
        try { return (Read(bytes, displayPath), null); }
        catch (DiagnosticException e) { return (null, e.Diagnostic); }
    }

    private static void ReadHeader(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.Length < Magic.Length || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            string found = bytes.Length == 0
                ? "an empty file"
                : string.Join(" ", bytes[..Math.Min(Magic.Length, bytes.Length)].ToArray().Select(b => b.ToString("x2")));
            throw Fail(file, "byte 0 (header)", $"not an .acode file: expected the magic number 41 51 55 41 (\"AQUA\"), found {found}");
        }
        if (bytes.Length < HeaderSize)
            throw Fail(file, "byte 4 (header)", $"file ends inside the version field ({bytes.Length} bytes in total)");
        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(bytes[4..]);
        if (version != SupportedVersion)
            throw Fail(file, "byte 4 (header)", $"unsupported bytecode version {version} (only version {SupportedVersion} is supported)");
    }

    /// <summary>Reads one <c>(u32 LE length, UTF-8 JSON)</c> section at <paramref name="pos"/> and parses its JSON.</summary>
    private static Constant ReadSection(ReadOnlySpan<byte> bytes, ref int pos, string section, string file)
    {
        string where = $"byte {pos} ({section} section)";
        int left = bytes.Length - pos;
        if (left < 4)
            throw Fail(file, where, left == 0
                ? $"file ends before the {section} section (its 4-byte length is missing)"
                : $"file ends inside the length of the {section} section (needs 4 bytes, {left} left)");
        uint length = BinaryPrimitives.ReadUInt32LittleEndian(bytes[pos..]);
        int start = pos + 4;
        if (length > (uint)(bytes.Length - start))
            throw Fail(file, where, $"{section} section length {length} goes past the end of the file (only {bytes.Length - start} bytes follow)");

        try
        {
            var value = JsonReader.Parse(bytes.Slice(start, (int)length), start);
            pos = start + (int)length;
            return value;
        }
        catch (JsonSyntaxException e)
        {
            string message = e.Reason == JsonReader.InvalidUtf8Reason ? e.Reason : $"bad JSON: {e.Reason}";
            throw Fail(file, $"byte {e.Offset} ({section} section)", message);
        }
    }

    private static DiagnosticException Fail(string file, string where, string message) =>
        new(new Diagnostic(file, where, message));
}
