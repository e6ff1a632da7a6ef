namespace Aqua.Runtime;

/// <summary>
/// An imported module (ACODE.md 6.8): a name and its attributes. <c>typing</c> answers every name
/// with None. Prints as <c>&lt;module 'math'&gt;</c> (6.5); type name <c>module</c>.
/// </summary>
public sealed class AquaModule(string name, Dictionary<string, Value> attributes, bool everyNameIsNone = false)
    : IAquaObject, IAquaText
{
    public string Name { get; } = name;

    public string TypeName => "module";

    public bool TryGetAttribute(string name, out Value value)
    {
        if (attributes.TryGetValue(name, out value)) return true;
        value = Value.None;
        return everyNameIsNone;
    }

    public void SetAttribute(string name, Value value) => attributes[name] = value;

    /// <summary>CALL_METHOD on a module: call the attribute (math.sqrt(16)).</summary>
    public Value CallFunction(string name, ReadOnlySpan<Value> args)
    {
        if (!TryGetAttribute(name, out Value function))
            throw AquaError.AttributeError($"module '{Name}' has no attribute '{name}'");
        return Calls.Call(function, args);
    }

    public string Str() => $"<module '{Name}'>";

    public string Repr() => Str();
}
