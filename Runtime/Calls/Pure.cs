namespace Aqua.Runtime;

/// <summary>
/// The protocol of pure versions (<c>F{i}_name_P</c>): the generated version of a function that
/// changes nothing outside its own frame (no writes to lists, globals or objects, no output, calls
/// only to other pure versions). Where a value stops fitting its kind, an error would be raised or
/// the recursion gets too deep, a pure version does not finish the call itself: it sets
/// <see cref="Failed"/> and returns, every pure caller returns at once too, and the function's
/// specialised entry calls the general code again with the same arguments. Since nothing was
/// changed, running the call again from its start is the same as going on from where it failed;
/// the general code then gives the big int, the error and its traceback.
/// </summary>
public static class Pure
{
    /// <summary>Set by a pure version that could not finish its call; read and cleared by its callers.</summary>
    /// <remarks>
    /// Pure versions count no depth in <see cref="Host.Depth"/>; every 16 levels of their recursion
    /// they ask <see cref="Host.DepthOk"/>, and past <see cref="Host.MaxDepth"/> or with the stack
    /// running low they fail, so that the general code raises the RecursionError at its exact depth.
    /// </remarks>
    public static bool Failed;
}
