namespace Aqua.Runtime;

/// <summary>GET_ATTR and SET_ATTR (ACODE.md 2.6, 2.12, 3.3).</summary>
public static class Attributes
{
    /// <summary>
    /// GET_ATTR: an instance's attribute (methods are not attributes), a module's attribute
    /// (<c>math.pi</c>), or a class object's <c>name</c>.
    /// </summary>
    public static Value Get(Value obj, string name)
    {
        switch (obj.Ref)
        {
            case AquaInstance instance:
                if (instance.Attributes.TryGetValue(name, out Value value)) return value;
                if (instance.Class.TryGetAttribute(name, out value)) return value;
                throw AquaError.AttributeError(
                    $"'AquaObject' object has no attribute '{name}': '{instance.Class.Name}' object has no attribute '{name}'");
            case AquaModule module:
                if (module.TryGetAttribute(name, out value)) return value;
                throw AquaError.AttributeError(
                    $"'module' object has no attribute '{name}': module '{module.Name}' has no attribute '{name}'");
            case AquaClass cls:
                if (cls.TryGetAttribute(name, out value)) return value;
                if (name == "name") return Value.Str(cls.Name);
                break;
        }
        string type = Ops.TypeName(obj);
        throw AquaError.AttributeError($"'{type}' object has no attribute '{name}': '{type}' object has no attribute '{name}'");
    }

    /// <summary>SET_ATTR: the name comes from the stack. Instances (and, as on the host VM, classes and modules) take attributes.</summary>
    public static void Set(Value obj, Value name, Value value)
    {
        if (name.Ref is not string n)
            throw AquaError.TypeError($"attribute name must be string, not '{Ops.TypeName(name)}'");
        switch (obj.Ref)
        {
            case AquaInstance instance:
                instance.Attributes[n] = value;
                return;
            case AquaClass cls:
                cls.SetAttribute(n, value);
                return;
            case AquaModule module:
                module.SetAttribute(n, value);
                return;
        }
        string type = Ops.TypeName(obj);
        throw AquaError.AttributeError($"Cannot set attribute '{n}' on {type}: '{type}' object has no attribute '{n}'");
    }
}
