namespace Aqua.Runtime;

/// <summary>
/// A runtime object that is not one of the built-in value kinds (instance, class, module,
/// iterator) and names its own Python type for messages and type() (ACODE.md 2.6, 2.10).
/// </summary>
public interface IAquaObject
{
    /// <summary>The type name shown in messages: "AquaObject", "AquaClass", "module", ...</summary>
    string TypeName { get; }
}
