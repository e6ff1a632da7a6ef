namespace Aqua.Runtime;

/// <summary>
/// An instance: its class and an attribute map that starts empty (ACODE.md 2.12). Equality is
/// identity (the default reference equality); it prints as <c>&lt;Name object&gt;</c> (6.5) and its
/// type name is <c>AquaObject</c>.
/// </summary>
public sealed class AquaInstance(AquaClass cls) : IAquaObject, IAquaText
{
    public AquaClass Class { get; } = cls;

    /// <summary>Attributes, created by assignment (<c>self.x = v</c>).</summary>
    public Dictionary<string, Value> Attributes { get; } = new();

    public string TypeName => "AquaObject";

    public string Str() => $"<{Class.Name} object>";

    public string Repr() => Str();
}
