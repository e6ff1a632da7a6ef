namespace Aqua.Compiler.Analysis.Typing;

/// <summary>
/// What the typing needs to know about calls and loops that only the emitter's symbol table can
/// answer (how a callee name resolves, which range loops keep a cursor).
/// </summary>
public interface ICallTargets
{
    /// <summary>The function a CALL at <paramref name="index"/> always calls directly, or -1.</summary>
    int DirectCallee(CodeAnalysis analysis, int index);

    /// <summary>Does the FOR_ITER at <paramref name="index"/> step a range cursor (whose items are ints)?</summary>
    bool IsRangeCursorLoop(CodeAnalysis analysis, int index);
}
