namespace Aqua.Runtime;

/// <summary>CREATE_CLASS, CREATE_OBJECT, the class registry and instantiation (ACODE.md 2.5, 2.6, 2.12, 6.7).</summary>
public static class Classes
{
    private static readonly Dictionary<string, AquaClass> Registry = new();

    /// <summary>
    /// CREATE_CLASS: methods is a dict {method name: function-table name}. Each function is
    /// resolved now; the class replaces any earlier class of that name (instances made before
    /// keep the old class).
    /// </summary>
    public static Value Create(Value methods, string name)
    {
        if (methods.Ref is not AquaDict dict) throw AquaError.TypeError("CREATE_CLASS requires methods dict");
        var table = new Dictionary<string, FunctionEntry>();
        foreach (var entry in dict.Entries)
        {
            string functionName = entry.Value.Ref as string ?? Text.Str(entry.Value);
            if (!Functions.TryGet(functionName, out FunctionEntry? function))
                throw AquaError.NameError($"Method function '{functionName}' not found");
            table[entry.Key.Ref as string ?? Text.Str(entry.Key)] = function;
        }
        var cls = new AquaClass(name, table);
        Registry[name] = cls;
        return Value.Object(cls);
    }

    /// <summary>CREATE_OBJECT: a new instance without running __init__.</summary>
    public static Value CreateObject(Value cls)
    {
        if (cls.Ref is AquaClass c) return Value.Object(new AquaInstance(c));
        throw AquaError.TypeError("CREATE_OBJECT requires AquaClass object");
    }

    public static bool TryGetClass(string name, out AquaClass cls)
    {
        // Most programs define no class: skip the lookup then (every call by name comes here first).
        if (Registry.Count == 0)
        {
            cls = null!;
            return false;
        }
        return Registry.TryGetValue(name, out cls!);
    }

    /// <summary>
    /// C(args): a new instance; __init__ (if any) runs with [obj] + args, and C(...) is always the
    /// instance, whatever __init__ returns (ACODE.md 6.7).
    /// </summary>
    public static Value Instantiate(AquaClass cls, ReadOnlySpan<Value> args)
    {
        var obj = Value.Object(new AquaInstance(cls));
        if (cls.Init is { } init) Calls.InvokeWithSelf(init, obj, args);
        else if (args.Length > 0)
            throw AquaError.TypeError($"Class '{cls.Name}' has no constructor but arguments were provided");
        return obj;
    }

    /// <summary>Forgets every class (Host.Run does this at start; tests).</summary>
    public static void Reset() => Registry.Clear();
}
