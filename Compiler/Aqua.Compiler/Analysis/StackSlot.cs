namespace Aqua.Compiler.Analysis;

/// <summary>
/// What the analysis knows about one operand-stack value: whether it is a known constant
/// (pushed by LOAD_CONST or LOAD_FUNC on every path), or was read from a known global slot.
/// Call lowering uses this to resolve callees at compile time (ACODE.md 6.3).
/// </summary>
public readonly record struct StackSlot(int ConstantIndex, int Global = -1)
{
    public static readonly StackSlot Unknown = new(-1);

    public bool IsConstant => ConstantIndex >= 0;

    public bool IsGlobal => Global >= 0;

    /// <summary>The meet of two paths' knowledge.</summary>
    public StackSlot Meet(StackSlot other) => this == other ? this : Unknown;
}
