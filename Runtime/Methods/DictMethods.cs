namespace Aqua.Runtime;

/// <summary>The methods of dict that CALL_METHOD reaches (ACODE.md 6.6); keys/values/items return lists.</summary>
public static class DictMethods
{
    public static Value Call(AquaDict dict, string name, ReadOnlySpan<Value> args)
    {
        switch (name)
        {
            case "keys":
                MethodArgs.None("dict.keys", args);
                return Value.Object(new AquaList(Iteration.DictKeys(dict)));
            case "values":
                MethodArgs.None("dict.values", args);
                return Value.Object(new AquaList(dict.Values));
            case "items":
            {
                MethodArgs.None("dict.items", args);
                var pairs = dict.Items;
                var items = new Value[pairs.Length];
                for (int i = 0; i < pairs.Length; i++) items[i] = Value.Object(new AquaTuple([pairs[i].Key, pairs[i].Value]));
                return Value.Object(new AquaList(items));
            }
            case "get":
                MethodArgs.Count("get", args, 1, 2);
                return dict.TryGetValue(args[0], out Value found) ? found : args.Length == 2 ? args[1] : Value.None;
            case "pop":
                MethodArgs.Count("pop", args, 1, 2);
                if (dict.Pop(args[0], out Value popped)) return popped;
                if (args.Length == 2) return args[1];
                throw AquaError.KeyError(Text.Repr(args[0]));
            case "update":
                MethodArgs.Count("update", args, 0, 1);
                if (args.Length == 1) Update(dict, args[0]);
                return Value.None;
            case "clear":
                MethodArgs.None("dict.clear", args);
                dict.Clear();
                return Value.None;
            case "copy":
                MethodArgs.None("dict.copy", args);
                return Value.Object(dict.Copy());
            case "setdefault":
                MethodArgs.Count("setdefault", args, 1, 2);
                return dict.SetDefault(args[0], args.Length == 2 ? args[1] : Value.None);
        }
        throw Calls.NoAttribute(Value.Object(dict), name);
    }

    /// <summary>dict.update(other): another dict, or an iterable of key/value pairs.</summary>
    private static void Update(AquaDict dict, Value other)
    {
        if (other.Ref is AquaDict source)
        {
            // A snapshot: updating a dict from itself must not trip over its own enumeration.
            foreach (var entry in source.Items) dict.Set(entry.Key, entry.Value);
            return;
        }
        ReadOnlySpan<Value> pairs = Iteration.ItemsOf(other);
        var copy = pairs.ToArray();
        for (int i = 0; i < copy.Length; i++)
        {
            if (!Iteration.IsIterable(copy[i]))
                throw AquaError.TypeError($"cannot convert dictionary update sequence element #{i} to a sequence");
            ReadOnlySpan<Value> pair = Iteration.ItemsOf(copy[i]);
            if (pair.Length != 2)
                throw AquaError.ValueError($"dictionary update sequence element #{i} has length {pair.Length}; 2 is required");
            dict.Set(pair[0], pair[1]);
        }
    }
}
