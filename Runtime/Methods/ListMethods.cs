namespace Aqua.Runtime;

/// <summary>The methods of list that CALL_METHOD reaches (ACODE.md 6.6), with CPython semantics and messages.</summary>
public static class ListMethods
{
    public static Value Call(AquaList list, string name, ReadOnlySpan<Value> args)
    {
        switch (name)
        {
            case "append":
                list.Add(MethodArgs.One("list.append", args));
                return Value.None;
            case "extend":
            {
                Value source = MethodArgs.One("list.extend", args);
                // A list source is copied without changing its storage strategy (it may be this list).
                if (source.Ref is AquaList other) list.AddRange(other);
                // A list extended by itself: ItemsOf gives the old storage, which stays valid while copying.
                else list.AddRange(Iteration.ItemsOf(source));
                return Value.None;
            }
            case "insert":
                Insert(list, args);
                return Value.None;
            case "pop":
                return Pop(list, args);
            case "remove":
                Remove(list, MethodArgs.One("list.remove", args));
                return Value.None;
            case "index":
                return Value.Int(IndexOf(list, args));
            case "count":
            {
                Value x = MethodArgs.One("list.count", args);
                if (list.IsIntMode && x.IsSmallInt) return Value.Int(list.IntItems.Count(x.Bits));
                return Value.Int(CountOf(list.Items, x));
            }
            case "sort":
                if (args.Length != 0) throw AquaError.TypeError("sort() takes no positional arguments");
                Sort(list);
                return Value.None;
            case "reverse":
                MethodArgs.None("list.reverse", args);
                list.Reverse();
                return Value.None;
            case "clear":
                MethodArgs.None("list.clear", args);
                list.Clear();
                return Value.None;
            case "copy":
                MethodArgs.None("list.copy", args);
                return Value.Object(list.Copy());
        }
        throw Calls.NoAttribute(Value.Object(list), name);
    }

    private static void Insert(AquaList list, ReadOnlySpan<Value> args)
    {
        MethodArgs.Count("insert", args, 2, 2);
        long i = MethodArgs.Index(args[0]);
        int n = list.Count;
        if (i < 0) i = Math.Max(0, i + n);
        if (i > n) i = n;
        list.Insert((int)i, args[1]);
    }

    private static Value Pop(AquaList list, ReadOnlySpan<Value> args)
    {
        MethodArgs.Count("pop", args, 0, 1);
        long i = args.Length == 1 ? MethodArgs.Index(args[0]) : -1;
        int n = list.Count;
        if (n == 0) throw AquaError.IndexError("pop from empty list");
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw AquaError.IndexError("pop index out of range");
        Value item = list[(int)i];
        list.RemoveAt((int)i);
        return item;
    }

    private static void Remove(AquaList list, Value x)
    {
        if (list.IsIntMode && x.IsSmallInt)
        {
            int at = list.IntItems.IndexOf(x.Bits);
            if (at < 0) throw AquaError.ValueError("list.remove(x): x not in list");
            list.RemoveAt(at);
            return;
        }
        ReadOnlySpan<Value> items = list.Items;
        for (int i = 0; i < items.Length; i++)
        {
            if (Items.IsSameObject(items[i], x) || Ops.IsEqual(items[i], x))
            {
                list.RemoveAt(i);
                return;
            }
        }
        throw AquaError.ValueError("list.remove(x): x not in list");
    }

    private static int IndexOf(AquaList list, ReadOnlySpan<Value> args)
    {
        MethodArgs.Count("index", args, 1, 3);
        long? start = args.Length > 1 ? MethodArgs.SliceBound(args[1], noneAllowed: false) : null;
        long? end = args.Length > 2 ? MethodArgs.SliceBound(args[2], noneAllowed: false) : null;
        int found = list.IsIntMode && args[0].IsSmallInt
            ? FindInt(list.IntItems, args[0].Bits, start, end)
            : Find(list.Items, args[0], start, end);
        if (found < 0) throw AquaError.ValueError($"{Text.Repr(args[0])} is not in list");
        return found;
    }

    /// <summary>The first index in [start:end] whose item is (or equals) x, else -1. Shared with tuple.index.</summary>
    internal static int Find(ReadOnlySpan<Value> items, Value x, long? start, long? end)
    {
        var (s, e) = MethodArgs.Adjust(items.Length, start, end);
        for (int i = s; i < e && i < items.Length; i++)
        {
            if (Items.IsSameObject(items[i], x) || Ops.IsEqual(items[i], x)) return i;
        }
        return -1;
    }

    /// <summary>Find for an int-mode list and a small int: the same bounds, compared as numbers.</summary>
    private static int FindInt(ReadOnlySpan<long> items, long x, long? start, long? end)
    {
        var (s, e) = MethodArgs.Adjust(items.Length, start, end);
        e = Math.Min(e, items.Length);
        if (s >= e) return -1;
        int at = items[s..e].IndexOf(x);
        return at < 0 ? -1 : s + at;
    }

    internal static int CountOf(ReadOnlySpan<Value> items, Value x)
    {
        int count = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (Items.IsSameObject(items[i], x) || Ops.IsEqual(items[i], x)) count++;
        }
        return count;
    }

    /// <summary>
    /// list.sort(): a stable merge sort that only asks "a &lt; b" (Ops.IsLess), like CPython's
    /// timsort; mixed types raise TypeError. It sorts a copy, so a failed sort leaves the list as it was.
    /// </summary>
    public static void Sort(AquaList list)
    {
        if (list.IsIntMode)
        {
            list.SortInts();
            return;
        }
        Value[] items = list.ToArray();
        if (items.Length < 2) return;
        var scratch = new Value[items.Length];
        try
        {
            MergeSort(items, scratch, 0, items.Length);
        }
        catch (AquaError e)
        {
            // CPython's own text: "'<' not supported between instances of 'str' and 'int'".
            throw new AquaError(e.Type, Builtins.RawMessage(e));
        }
        items.AsSpan().CopyTo(list.AsSpan());
    }

    private static void MergeSort(Value[] a, Value[] scratch, int lo, int hi)
    {
        if (hi - lo <= 16)
        {
            InsertionSort(a, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        MergeSort(a, scratch, lo, mid);
        MergeSort(a, scratch, mid, hi);
        // Already in order (common for nearly sorted input): nothing to merge.
        if (!Ops.IsLess(a[mid], a[mid - 1])) return;
        Array.Copy(a, lo, scratch, lo, hi - lo);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
        {
            // Take from the right half only when strictly smaller: equal items keep their order.
            if (Ops.IsLess(scratch[j], scratch[i])) a[k++] = scratch[j++];
            else a[k++] = scratch[i++];
        }
        while (i < mid) a[k++] = scratch[i++];
        while (j < hi) a[k++] = scratch[j++];
    }

    private static void InsertionSort(Value[] a, int lo, int hi)
    {
        for (int i = lo + 1; i < hi; i++)
        {
            Value x = a[i];
            int j = i - 1;
            while (j >= lo && Ops.IsLess(x, a[j]))
            {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }
}
