namespace Aqua.Runtime;

public static partial class Builtins
{
    /// <summary>min(a, b, …) or min(iterable): Python's min (ACODE.md 6.6: one iterable argument gives its smallest item).</summary>
    public static Value Min(ReadOnlySpan<Value> args)
    {
        try
        {
            return Extreme("min", args, wantLess: true);
        }
        catch (AquaError e)
        {
            throw InBuiltin("min", e);
        }
    }

    /// <summary>max(a, b, …) or max(iterable).</summary>
    public static Value Max(ReadOnlySpan<Value> args)
    {
        try
        {
            return Extreme("max", args, wantLess: false);
        }
        catch (AquaError e)
        {
            throw InBuiltin("max", e);
        }
    }

    private static Value Extreme(string name, ReadOnlySpan<Value> args, bool wantLess)
    {
        if (args.Length == 0) throw AquaError.TypeError($"{name}() requires at least 1 argument");
        try
        {
            ReadOnlySpan<Value> items = args.Length == 1 ? Iteration.ItemsOf(args[0]) : args;
            if (items.Length == 0) throw AquaError.ValueError($"{name}() arg is an empty sequence");
            // CPython keeps the first extreme item: it replaces only on item < best (min) / item > best (max).
            Value best = items[0];
            for (int i = 1; i < items.Length; i++)
            {
                Value item = items[i];
                if (wantLess ? Ops.IsLess(item, best) : Ops.IsGreater(item, best)) best = item;
            }
            return best;
        }
        catch (AquaError e)
        {
            throw new AquaError(e.Type, $"Cannot compute {name}(): {RawMessage(e)}");
        }
    }

    /// <summary>sum(iterable, start=0): left-to-right addition (3.11); a str start is rejected.</summary>
    public static Value Sum(ReadOnlySpan<Value> args)
    {
        try
        {
            if (args.Length == 0) throw AquaError.TypeError("sum() takes at least 1 positional argument (0 given)");
            if (args.Length > 2) throw AquaError.TypeError($"sum() takes at most 2 arguments ({args.Length} given)");
            try
            {
                Value total = args.Length == 2 ? args[1] : Value.Int(0);
                if (total.IsStr) throw AquaError.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
                ReadOnlySpan<Value> items = Iteration.ItemsOf(args[0]);
                for (int i = 0; i < items.Length; i++) total = Ops.Add(total, items[i]);
                return total;
            }
            catch (AquaError e)
            {
                throw new AquaError(e.Type, $"Cannot compute sum(): {RawMessage(e)}");
            }
        }
        catch (AquaError e)
        {
            throw InBuiltin("sum", e);
        }
    }
}
