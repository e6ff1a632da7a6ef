namespace Aqua.Runtime;

/// <summary>tuple.index and tuple.count (ACODE.md 6.6).</summary>
public static class TupleMethods
{
    public static Value Call(AquaTuple tuple, string name, ReadOnlySpan<Value> args)
    {
        switch (name)
        {
            case "index":
                MethodArgs.Count("index", args, 1, 3);
                long? start = args.Length > 1 ? MethodArgs.SliceBound(args[1], noneAllowed: false) : null;
                long? end = args.Length > 2 ? MethodArgs.SliceBound(args[2], noneAllowed: false) : null;
                int found = ListMethods.Find(tuple.Items, args[0], start, end);
                if (found < 0) throw AquaError.ValueError("tuple.index(x): x not in tuple");
                return Value.Int(found);
            case "count":
                return Value.Int(ListMethods.CountOf(tuple.Items, MethodArgs.One("tuple.count", args)));
        }
        throw Calls.NoAttribute(Value.Object(tuple), name);
    }
}
