namespace Aqua.Compiler.Emit.Typed;

/// <summary>
/// What typed code does where a value stops fitting its kind (an int overflows, an item is not a
/// number, a divisor is zero): a specialised version leaves for its resume version
/// (<see cref="Deoptimization"/>), a pure version fails and its call is run again
/// (<see cref="PureFailure"/>).
/// </summary>
public interface ILeave
{
    /// <summary>
    /// The block that leaves at instruction <paramref name="at"/> from code placed at instruction
    /// <paramref name="from"/>, stack slot <paramref name="overrideDepth"/> holding
    /// <paramref name="overrideValue"/> (a call's result of another kind, say).
    /// </summary>
    string Leave(int at, int from, int overrideDepth = -1, string? overrideValue = null);
}
