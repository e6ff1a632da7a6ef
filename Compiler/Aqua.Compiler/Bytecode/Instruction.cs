namespace Aqua.Compiler.Bytecode;

/// <summary>
/// One <c>[opcode, operand]</c> pair (ACODE.md 1.7). <see cref="Operand"/> is null when the file
/// had a JSON null; the reader guarantees that it fits in an <see cref="int"/>.
/// </summary>
public readonly record struct Instruction(Opcode Op, int? Operand)
{
    /// <summary>The operand, for opcodes whose operand the reader has checked is present.</summary>
    public int Arg => Operand ?? throw new InvalidOperationException($"{OpcodeInfo.Name(Op)} has no operand");

    /// <summary>CALL_METHOD: argument count (operand &gt;&gt; 16).</summary>
    public int MethodArgCount => Arg >> 16;

    /// <summary>CALL_METHOD: constant index of the method name (operand &amp; 0xFFFF).</summary>
    public int MethodNameIndex => Arg & 0xFFFF;

    /// <summary>
    /// <c>CALL 1</c>, <c>HALT</c>. Written out because the record's generated form reads
    /// <see cref="Arg"/>, which throws for a null operand.
    /// </summary>
    public override string ToString() =>
        Operand is int operand ? $"{OpcodeInfo.Name(Op)} {operand}" : OpcodeInfo.Name(Op);
}
