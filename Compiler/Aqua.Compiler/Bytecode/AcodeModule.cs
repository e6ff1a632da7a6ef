using System.Collections.Immutable;

namespace Aqua.Compiler.Bytecode;

/// <summary>A list of instructions: the main code or one function's body.</summary>
public sealed record CodeUnit(string Name, ImmutableArray<Instruction> Instructions, bool IsMain);

/// <summary>
/// A function-table record (ACODE.md 1.5). Parameters occupy local slots 0..arity-1;
/// <see cref="FrameSize"/> is the number of local slots the optimized VM allocates.
/// </summary>
public sealed record FunctionDef(
    string Name,
    ImmutableArray<string> Parameters,
    ImmutableArray<KeyValuePair<string, int>> Locals,
    CodeUnit Code)
{
    public int Arity => Parameters.Length;

    /// <summary>Slots the frame holds: len(parameters) + len(local_vars), as the optimized VM allocates.</summary>
    public int FrameSize => Parameters.Length + Locals.Length;
}

/// <summary>
/// A whole .acode file (ACODE.md 1.1): constants, globals (name → slot), functions in file
/// order (a repeated key keeps its first position and its last value), and the main code.
/// </summary>
public sealed record AcodeModule(
    string SourcePath,
    ImmutableArray<Constant> Constants,
    ImmutableArray<KeyValuePair<string, int>> Globals,
    ImmutableArray<FunctionDef> Functions,
    CodeUnit Main)
{
    /// <summary>Global slots: the optimized VM allocates one per table entry.</summary>
    public int GlobalCount => Globals.Length;

    public FunctionDef? FindFunction(string name)
    {
        foreach (var f in Functions)
            if (f.Name == name) return f;
        return null;
    }
}
