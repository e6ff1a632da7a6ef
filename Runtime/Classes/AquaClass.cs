namespace Aqua.Runtime;

/// <summary>
/// A class made by CREATE_CLASS: a name and a method map, no inheritance (ACODE.md 2.12). It
/// prints as <c>&lt;class 'Name'&gt;</c> (6.5) and its type name is <c>AquaClass</c>.
/// </summary>
public sealed class AquaClass : IAquaObject, IAquaText
{
    private readonly Dictionary<string, FunctionEntry> _methods;
    private Dictionary<string, Value>? _attributes;

    public AquaClass(string name, Dictionary<string, FunctionEntry> methods)
    {
        Name = name;
        _methods = methods;
        _methods.TryGetValue("__init__", out FunctionEntry? init);
        Init = init;
    }

    public string Name { get; }

    /// <summary>The constructor, if the class defines one.</summary>
    public FunctionEntry? Init { get; }

    public IReadOnlyDictionary<string, FunctionEntry> Methods => _methods;

    public string TypeName => "AquaClass";

    public bool TryGetMethod(string name, out FunctionEntry method) => _methods.TryGetValue(name, out method!);

    /// <summary>
    /// Attributes assigned on the class object itself (<c>C.x = 1</c>); the host VM allows this.
    /// Class bodies never create any (ACODE.md 2.12).
    /// </summary>
    public bool TryGetAttribute(string name, out Value value)
    {
        if (_attributes is not null && _attributes.TryGetValue(name, out value)) return true;
        value = default;
        return false;
    }

    public void SetAttribute(string name, Value value) => (_attributes ??= new())[name] = value;

    public string Str() => $"<class '{Name}'>";

    public string Repr() => Str();
}
