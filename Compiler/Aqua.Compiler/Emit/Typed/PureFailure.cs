namespace Aqua.Compiler.Emit.Typed;

/// <summary>
/// Leaving a pure version: it keeps nothing of its frame, it only tells its caller that it could not
/// finish (<c>Pure.Failed</c>), and its specialised entry runs the whole call again in the general code.
/// </summary>
public sealed class PureFailure : ILeave
{
    public static readonly PureFailure Instance = new();

    /// <summary>The label of the method's one failure block.</summary>
    public const string Label = "Fail";

    /// <summary>The failure block, at the end of the method; every <see cref="Leave"/> jumps to it.</summary>
    public const string Block = Label + ": Pure.Failed = true; return default;";

    public string Leave(int at, int from, int overrideDepth = -1, string? overrideValue = null) => $"goto {Label};";
}
