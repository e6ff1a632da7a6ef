using System.Collections.Immutable;

namespace Aqua.Compiler.Analysis;

/// <summary>How control leaves a basic block.</summary>
public enum TerminatorKind
{
    /// <summary>Falls into the next block (the block ends because the next one is a jump target).</summary>
    FallThrough,
    /// <summary>JUMP.</summary>
    Jump,
    /// <summary>JUMP_IF_FALSE / JUMP_IF_TRUE: <see cref="BasicBlock.Target"/> when taken, else fall through.</summary>
    Conditional,
    /// <summary>FOR_ITER: fall through into the body with the next item, or leave to <see cref="BasicBlock.Target"/>.</summary>
    ForIter,
    /// <summary>RETURN in a function.</summary>
    Return,
    /// <summary>HALT: the program ends.</summary>
    Halt,
    /// <summary>THROW.</summary>
    Throw,
    /// <summary>TRY_BEGIN: enter the try body (<see cref="BasicBlock.Next"/>); the handlers are entered by exceptions.</summary>
    Try,
}

/// <summary>
/// A maximal run of instructions <c>[Start, End)</c> entered only at <see cref="Start"/>.
/// Successor indexes are block indexes; <see cref="BasicBlock.Exit"/> stands for "end of this code"
/// (main: the program ends; a function: return null, ACODE.md 6.2).
/// </summary>
public sealed record BasicBlock(
    int Index,
    int Start,
    int End,
    TerminatorKind Terminator,
    int Target,
    int Next)
{
    /// <summary>For <see cref="TerminatorKind.Try"/>: the entry blocks of the catch clauses, then of the finally.</summary>
    public ImmutableArray<int> Handlers { get; init; } = ImmutableArray<int>.Empty;

    /// <summary>The virtual successor "end of code".</summary>
    public const int Exit = -1;

    /// <summary>No such successor.</summary>
    public const int None = -2;

    public int Last => End - 1;

    /// <summary>Successors in a fixed order: the taken/exit edge first, then the fall-through.</summary>
    public ImmutableArray<int> Successors => Terminator switch
    {
        TerminatorKind.FallThrough => [Next],
        TerminatorKind.Jump => [Target],
        TerminatorKind.Conditional or TerminatorKind.ForIter => [Target, Next],
        TerminatorKind.Try => [Next, .. Handlers],
        _ => [],
    };
}
