using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>CALL and CALL_METHOD: run-time name resolution, arity checks, methods (ACODE.md 2.5, 6.3, 6.6).</summary>
public static class Calls
{
    /// <summary>
    /// CALL n. A string is a function name, resolved by <see cref="CallFunction"/>; a class is
    /// instantiated; a module function is called; anything else is not callable.
    /// </summary>
    public static Value Call(Value callee, ReadOnlySpan<Value> args)
    {
        switch (callee.Ref)
        {
            case string name: return CallFunction(name, args);
            case AquaClass cls: return Classes.Instantiate(cls, args);
            case NativeFunction native: return native.Body(args);
        }
        throw NotCallable(callee);
    }

    /// <summary>
    /// A call by name, resolved at run time in this order: a class created by CREATE_CLASS, a
    /// builtin, the function table, else NameError (ACODE.md 6.3).
    /// </summary>
    public static Value CallFunction(string name, ReadOnlySpan<Value> args)
    {
        if (Classes.TryGetClass(name, out AquaClass? cls)) return Classes.Instantiate(cls, args);
        if (Builtins.TryGet(name, out FunctionBody? builtin)) return builtin(args);
        if (Functions.TryGet(name, out FunctionEntry? entry))
        {
            if (args.Length != entry.Arity) throw ArityError(entry.Name, entry.Arity, args.Length);
            return entry.Body(args);
        }
        throw AquaError.NameError($"Function '{name}' not found");
    }

    /// <summary>Calls a function-table entry after the arity check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Invoke(FunctionEntry entry, ReadOnlySpan<Value> args)
    {
        if (args.Length != entry.Arity) throw ArityError(entry.Name, entry.Arity, args.Length);
        return entry.Body(args);
    }

    /// <summary>Calls a method body with [self] + args; the arity includes self (ACODE.md 2.12).</summary>
    public static Value InvokeWithSelf(FunctionEntry entry, Value self, ReadOnlySpan<Value> args)
    {
        int n = args.Length + 1;
        if (n != entry.Arity) throw ArityError(entry.Name, entry.Arity, n);
        if (n <= ArgBuffer.Size)
        {
            ArgBuffer buffer = default;
            Span<Value> all = buffer;
            all[0] = self;
            args.CopyTo(all[1..]);
            return entry.Body(all[..n]);
        }
        var array = new Value[n];
        array[0] = self;
        args.CopyTo(array.AsSpan(1));
        return entry.Body(array);
    }

    /// <summary>
    /// CALL_METHOD: a method of the instance's class with [obj] + args; the builtin methods of
    /// list, dict, str and tuple; a module's function (ACODE.md 6.6).
    /// </summary>
    public static Value CallMethod(Value receiver, string name, ReadOnlySpan<Value> args)
    {
        switch (receiver.Ref)
        {
            case AquaInstance instance:
                if (instance.Class.TryGetMethod(name, out FunctionEntry? method))
                    return InvokeWithSelf(method, receiver, args);
                throw AquaError.AttributeError($"Method '{name}' not found in class '{instance.Class.Name}'");
            case AquaList list: return ListMethods.Call(list, name, args);
            case string s: return StrMethods.Call(s, name, args);
            case AquaDict dict: return DictMethods.Call(dict, name, args);
            case AquaTuple tuple: return TupleMethods.Call(tuple, name, args);
            case AquaModule module: return module.CallFunction(name, args);
            case AquaClass cls:
                // Python's C.m(obj, …): the function itself, called with the arguments as given.
                if (cls.TryGetMethod(name, out FunctionEntry? function)) return Invoke(function, args);
                throw AquaError.AttributeError($"type object '{cls.Name}' has no attribute '{name}'");
        }
        throw NoAttribute(receiver, name);
    }

    /// <summary>The error for a wrong argument count: `Function 'f' takes 2 arguments but 1 were given`.</summary>
    public static AquaError ArityError(string name, int expected, int given) =>
        AquaError.TypeError($"Function '{name}' takes {expected} arguments but {given} were given");

    /// <summary>`'int' object is not callable`.</summary>
    public static AquaError NotCallable(Value callee) => AquaError.TypeError($"'{Ops.TypeName(callee)}' object is not callable");

    /// <summary>CPython's `'list' object has no attribute 'foo'` for an unknown method.</summary>
    public static AquaError NoAttribute(Value receiver, string name) =>
        AquaError.AttributeError($"'{Ops.TypeName(receiver)}' object has no attribute '{name}'");
}
