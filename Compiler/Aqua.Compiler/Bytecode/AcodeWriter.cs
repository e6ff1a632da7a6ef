using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;

namespace Aqua.Compiler.Bytecode;

/// <summary>
/// Writes an <see cref="AcodeModule"/> in the layout of ACODE.md 1.1 and the JSON dialect of 1.2,
/// byte for byte as the original compiler does (Python <c>json.dumps</c> defaults). Used to
/// hand-assemble programs and to check the reader by round trip; it does not validate.
/// </summary>
public static class AcodeWriter
{
    public static byte[] Write(AcodeModule module)
    {
        var sections = new[]
        {
            Encode(new ListConstant(module.Constants)),
            Encode(SlotTable(module.Globals)),
            Encode(FunctionTable(module.Functions)),
            Encode(Instructions(module.Main.Instructions)),
        };

        var bytes = new byte[6 + sections.Sum(s => 4 + s.Length)];
        "AQUA"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), AcodeReader.SupportedVersion);
        int pos = 6;
        foreach (var section in sections)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(pos), (uint)section.Length);
            section.CopyTo(bytes, pos + 4);
            pos += 4 + section.Length;
        }
        return bytes;
    }

    /// <summary>json.dumps output is pure ASCII (ensure_ascii), so UTF-8 is the identity here.</summary>
    private static byte[] Encode(Constant json) => Encoding.UTF8.GetBytes(JsonWriter.Write(json));

    private static DictConstant SlotTable(ImmutableArray<KeyValuePair<string, int>> slots) =>
        new(slots.Select(s => new KeyValuePair<string, Constant>(s.Key, new IntConstant(s.Value))).ToImmutableArray());

    /// <summary>Record keys in the original compiler's order: parameters, local_vars, instructions (ACODE.md 1.5).</summary>
    private static DictConstant FunctionTable(ImmutableArray<FunctionDef> functions) =>
        new(functions.Select(f => new KeyValuePair<string, Constant>(f.Name, new DictConstant(
        [
            new("parameters", new ListConstant(f.Parameters.Select(p => (Constant)new StringConstant(p)).ToImmutableArray())),
            new("local_vars", SlotTable(f.Locals)),
            new("instructions", Instructions(f.Code.Instructions)),
        ]))).ToImmutableArray());

    private static ListConstant Instructions(ImmutableArray<Instruction> code) =>
        new(code.Select(i => (Constant)new ListConstant(
        [
            new IntConstant((byte)i.Op),
            i.Operand is int operand ? new IntConstant(operand) : NullConstant.Instance,
        ])).ToImmutableArray());
}
