namespace Aqua.Runtime;

/// <summary>IMPORT_MODULE and IMPORT_FROM (ACODE.md 2.14, 6.8): only the built-in math and typing exist.</summary>
public static class Imports
{
    private static readonly Dictionary<string, AquaModule> Loaded = new();

    /// <summary>IMPORT_MODULE: the module object for "math" or "typing" (one per program).</summary>
    public static Value ImportModule(Value name)
    {
        string n = name.Ref as string ?? Text.Str(name);
        return Value.Object(Load(n));
    }

    /// <summary>
    /// IMPORT_FROM, one name at a time: the module (a module value, or its name) and the name to
    /// bind. Each name gets its own value (6.8); a typing name is None.
    /// </summary>
    public static Value ImportFrom(Value module, string name)
    {
        AquaModule m = module.Ref as AquaModule ?? Load(module.Ref as string ?? Text.Str(module));
        if (m.TryGetAttribute(name, out Value value)) return value;
        throw AquaError.NameError($"cannot import name '{name}' from '{m.Name}' (unknown location)");
    }

    private static AquaModule Load(string name)
    {
        if (Loaded.TryGetValue(name, out AquaModule? module)) return module;
        module = name switch
        {
            "math" => MathModule.Create(),
            "typing" => new AquaModule("typing", new Dictionary<string, Value>(), everyNameIsNone: true),
            _ => null,
        };
        if (module is null) throw NotFound(name);
        Loaded[name] = module;
        return module;
    }

    /// <summary>
    /// CPython's ModuleNotFoundError text, wrapped as the VM does. There is no ImportError type in
    /// 6.7's list, so it is a NameError (an unknown name, like an unknown function).
    /// </summary>
    private static AquaError NotFound(string name)
    {
        int dot = name.IndexOf('.');
        string head = dot < 0 ? name : name[..dot];
        string reason = dot >= 0 && head is "math" or "typing"
            ? $"No module named '{name}'; '{head}' is not a package"
            : $"No module named '{head}'";
        return AquaError.NameError($"Cannot import module '{name}': {reason}");
    }

    /// <summary>Forgets loaded modules (Host.Run does this at start; tests).</summary>
    public static void Reset() => Loaded.Clear();
}
