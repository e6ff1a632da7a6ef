using System.Collections.Immutable;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// The variables of a code unit that the typing can follow, numbered by slot. In a function: its
/// locals (LOAD_VAR / STORE_VAR are locals there, ACODE.md 2.8). In the main code: the globals
/// no function names (<see cref="PrivateGlobals"/>), since only main can see them; a global a
/// function reads or writes stays a Value field that everyone shares.
/// </summary>
public sealed class Variables
{
    private readonly bool _isMain;
    private readonly ImmutableArray<bool> _followed;

    private Variables(bool isMain, int count, int arity, ImmutableArray<bool> followed)
    {
        _isMain = isMain;
        Count = count;
        Arity = arity;
        _followed = followed;
    }

    /// <summary>Number of slots (locals, or all globals in main).</summary>
    public int Count { get; }

    /// <summary>Slots assigned on entry (a function's parameters).</summary>
    public int Arity { get; }

    public static Variables ForFunction(FunctionDef f) =>
        new(false, f.FrameSize, f.Arity, Enumerable.Repeat(true, f.FrameSize).ToImmutableArray());

    public static Variables ForMain(AcodeModule module) =>
        new(true, module.GlobalCount, 0, PrivateGlobals(module));

    /// <summary>Is slot <paramref name="slot"/> followed (else it is always Any)?</summary>
    public bool IsFollowed(int slot) => slot < Count && _followed[slot];

    /// <summary>The followed slot this instruction reads, if any.</summary>
    public int? Loaded(Instruction ins)
    {
        bool load = _isMain ? ins.Op is Opcode.LoadVar or Opcode.LoadGlobal : ins.Op is Opcode.LoadLocal or Opcode.LoadVar;
        return load && IsFollowed(ins.Arg) ? ins.Arg : null;
    }

    /// <summary>The followed slot this instruction writes, if any.</summary>
    public int? Stored(Instruction ins)
    {
        bool store = _isMain ? ins.Op is Opcode.StoreVar or Opcode.StoreGlobal : ins.Op is Opcode.StoreLocal or Opcode.StoreVar;
        return store && IsFollowed(ins.Arg) ? ins.Arg : null;
    }

    /// <summary>Globals that no function loads or stores: nothing but the main code can observe them.</summary>
    public static ImmutableArray<bool> PrivateGlobals(AcodeModule module)
    {
        var result = Enumerable.Repeat(true, module.GlobalCount).ToArray();
        foreach (var f in module.Functions)
            foreach (var ins in f.Code.Instructions)
                if (ins.Op is Opcode.LoadGlobal or Opcode.StoreGlobal && ins.Arg < result.Length)
                    result[ins.Arg] = false;
        return [.. result];
    }
}
