using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Analysis;

/// <summary>
/// What the analysis knows about one operand-stack value: whether it is a known constant
/// (pushed by LOAD_CONST or LOAD_FUNC on every path), was read from a known global slot, or is
/// the iterator a known GET_ITER made. Call lowering uses this to resolve callees at compile
/// time (ACODE.md 6.3); loop lowering to keep an iterator that nothing else sees in a local.
/// </summary>
public readonly record struct StackSlot(int ConstantIndex, int Global = -1, int Iterator = -1)
{
    public static readonly StackSlot Unknown = new(-1);

    public bool IsConstant => ConstantIndex >= 0;

    /// <summary>The constant this slot is known to hold, or null.</summary>
    public Constant? ConstantIn(AcodeModule module) => IsConstant ? module.Constants[ConstantIndex] : null;

    public bool IsGlobal => Global >= 0;

    public bool IsIterator => Iterator >= 0;

    /// <summary>The meet of two paths' knowledge.</summary>
    public StackSlot Meet(StackSlot other) => this == other ? this : Unknown;
}
