using Aqua.Compiler.Emit.Syntax;

namespace Aqua.Compiler.Emit;

/// <summary>
/// How the structurers (<see cref="StructuredEmitter"/>, <see cref="FlatEmitter"/>) turn single
/// instructions into statements and conditions: over Value slots (<see cref="InstructionEmitter"/>)
/// or over unboxed ones in a type-specialised version (<see cref="Typed.TypedInstructionEmitter"/>).
/// </summary>
public interface IInstructionLowering
{
    /// <summary>Statements for a non-terminating instruction (jumps, RETURN, HALT, THROW excluded).</summary>
    void EmitStraight(int index, List<Stmt> output);

    /// <summary>The condition of a conditional jump: true means "take the jump".</summary>
    Condition JumpCondition(int index);

    /// <summary>FOR_ITER's condition: true means "an item was produced; run the body".</summary>
    Condition ForIterCondition(int index);

    /// <summary>The statement ending a RETURN / HALT / THROW block.</summary>
    ExitStmt Exit(int index);

    /// <summary>Leaving the code by running off its end or jumping past it (ACODE.md 6.2).</summary>
    ExitStmt EndOfCode();
}
