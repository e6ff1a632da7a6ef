namespace Aqua.Runtime;

/// <summary>
/// A function implemented in the runtime that is a value of its own: a module function such as
/// <c>math.sqrt</c>, reached through GET_ATTR or IMPORT_FROM and callable through CALL (ACODE.md 6.8).
/// </summary>
public sealed class NativeFunction(string name, FunctionBody body) : IAquaObject, IAquaText
{
    public string Name { get; } = name;

    public FunctionBody Body { get; } = body;

    public string TypeName => "builtin_function_or_method";

    public string Str() => $"<built-in function {Name}>";

    public string Repr() => Str();
}
