using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// Container opcodes: GET_ITEM, SET_ITEM, IN, LEN, BUILD_DICT and LIST_APPEND with Python
/// indexing and the opt VM's wrapped messages (ACODE.md 2.6, 3.3).
/// </summary>
public static class Items
{
    /// <summary>GET_ITEM: o[i]. Negative indices count from the end; True/False index as 1/0; no slices.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value GetItem(Value obj, Value index)
    {
        // Inlined into generated code: a list indexed by an in-range, non-negative small int.
        if (obj.Ref is AquaList list && index.IsSmallInt && (ulong)index.Bits < (ulong)list.Count)
            return list.ItemAt((int)index.Bits);
        return GetItemAnyKind(obj, index);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Value GetItemAnyKind(Value obj, Value index)
    {
        object? o = obj.Ref;
        if (o is AquaList list)
        {
            // The hot path of list-heavy code (sieve, queens): a small int in range.
            if (index.IsSmallInt || index.IsBool)
            {
                long i = index.Bits;
                if (i < 0) i += list.Count;
                if ((ulong)i < (ulong)list.Count) return list[(int)i];
                throw GetFailed(obj, ErrorType.IndexError, "list index out of range");
            }
            throw GetFailed(obj, SequenceIndexError(index, "list"));
        }
        if (o is string s) return GetStrItem(obj, s, index);
        if (o is AquaDict dict)
        {
            bool found;
            Value value;
            try
            {
                found = dict.TryGetValue(index, out value);
            }
            catch (AquaError e) when (e.Type == ErrorType.TypeError)
            {
                throw GetFailed(obj, ErrorType.TypeError, e.Message);
            }
            // CPython's KeyError text is the repr of the key: `Cannot get item from dict: 'b'`.
            if (!found) throw GetFailed(obj, ErrorType.KeyError, Text.Repr(index));
            return value;
        }
        if (o is AquaTuple tuple)
        {
            if (index.IsSmallInt || index.IsBool)
            {
                long i = index.Bits;
                if (i < 0) i += tuple.Count;
                if ((ulong)i < (ulong)tuple.Count) return tuple.Items[i];
                throw GetFailed(obj, ErrorType.IndexError, "tuple index out of range");
            }
            throw GetFailed(obj, SequenceIndexError(index, "tuple"));
        }
        throw GetFailed(obj, ErrorType.TypeError, $"'{Ops.TypeName(obj)}' object is not subscriptable");
    }

    private static Value GetStrItem(Value obj, string s, Value index)
    {
        if (index.IsSmallInt || index.IsBool)
        {
            long i = index.Bits;
            if (StrOps.IsBmp(s))
            {
                if (i < 0) i += s.Length;
                if ((ulong)i < (ulong)s.Length) return Value.Str(StrOps.CharString(s[(int)i]));
            }
            else
            {
                int length = StrOps.Length(s);
                if (i < 0) i += length;
                if ((ulong)i < (ulong)length) return Value.Str(StrOps.CodePointAt(s, (int)i));
            }
            throw GetFailed(obj, ErrorType.IndexError, "string index out of range");
        }
        if (index.IsBigInt)
            throw GetFailed(obj, ErrorType.IndexError, "cannot fit 'int' into an index-sized integer");
        throw GetFailed(obj, ErrorType.TypeError, $"string indices must be integers, not '{Ops.TypeName(index)}'");
    }

    /// <summary>The error for a list/tuple index that is not a small int.</summary>
    private static AquaError SequenceIndexError(Value index, string kind)
    {
        if (index.IsBigInt)
            return AquaError.IndexError("cannot fit 'int' into an index-sized integer");
        return AquaError.TypeError($"{kind} indices must be integers or slices, not {Ops.TypeName(index)}");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AquaError GetFailed(Value obj, ErrorType type, string message) =>
        new(type, $"Cannot get item from {Ops.TypeName(obj)}: {message}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AquaError GetFailed(Value obj, AquaError inner) => GetFailed(obj, inner.Type, inner.Message);

    /// <summary>SET_ITEM: o[i] = v on a list (index in range) or a dict.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItem(Value obj, Value index, Value value)
    {
        if (obj.Ref is AquaList list && index.IsSmallInt && (ulong)index.Bits < (ulong)list.Count)
        {
            list.SetItemAt((int)index.Bits, value);
            return;
        }
        SetItemAnyKind(obj, index, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void SetItemAnyKind(Value obj, Value index, Value value)
    {
        object? o = obj.Ref;
        if (o is AquaList list)
        {
            if (index.IsSmallInt || index.IsBool)
            {
                long i = index.Bits;
                if (i < 0) i += list.Count;
                if ((ulong)i < (ulong)list.Count)
                {
                    list[(int)i] = value;
                    return;
                }
                throw SetFailed(obj, ErrorType.IndexError, "list assignment index out of range");
            }
            var inner = SequenceIndexError(index, "list");
            throw SetFailed(obj, inner.Type, inner.Message);
        }
        if (o is AquaDict dict)
        {
            try
            {
                dict.Set(index, value);
            }
            catch (AquaError e) when (e.Type == ErrorType.TypeError)
            {
                throw SetFailed(obj, ErrorType.TypeError, e.Message);
            }
            return;
        }
        throw SetFailed(obj, ErrorType.TypeError, $"'{Ops.TypeName(obj)}' object does not support item assignment");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AquaError SetFailed(Value obj, ErrorType type, string message) =>
        new(type, $"Cannot set item in {Ops.TypeName(obj)}: {message}");

    /// <summary>IN: item in container, as a bool value.</summary>
    public static Value In(Value item, Value container) => Value.Bool(Contains(item, container));

    /// <summary>Python's `in`: substring for str, equality for list/tuple items, key lookup for dict.</summary>
    public static bool Contains(Value item, Value container)
    {
        object? c = container.Ref;
        if (c is AquaDict dict)
        {
            try
            {
                return dict.ContainsKey(item);
            }
            catch (AquaError e) when (e.Type == ErrorType.TypeError)
            {
                throw InFailed(item, container, e.Message);
            }
        }
        if (c is AquaList list)
        {
            if (list.IsIntMode && item.IsSmallInt) return list.IntItems.Contains(item.Bits);
            return SequenceContains(list.Items, item);
        }
        if (c is AquaTuple tuple) return SequenceContains(tuple.Items, item);
        if (c is string s)
        {
            if (item.Ref is string sub) return s.Contains(sub, StringComparison.Ordinal);
            throw InFailed(item, container, $"'in <string>' requires string as left operand, not {Ops.TypeName(item)}");
        }
        if (c is AquaIterator iterator)
        {
            // Python consumes an iterator up to the first match.
            while (iterator.MoveNext(out Value x))
            {
                if (IsSameObject(x, item) || Ops.IsEqual(x, item)) return true;
            }
            return false;
        }
        throw InFailed(item, container, $"argument of type '{Ops.TypeName(container)}' is not iterable");
    }

    /// <summary>Python's `x in seq`: identity or equality with some item.</summary>
    internal static bool SequenceContains(ReadOnlySpan<Value> items, Value item)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (IsSameObject(items[i], item) || Ops.IsEqual(items[i], item)) return true;
        }
        return false;
    }

    /// <summary>Python's `is` for heap objects, which CPython's `in`, index and count test first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSameObject(Value a, Value b) =>
        a.Ref is not null && Tag.NameOf(a.Ref) is null && ReferenceEquals(a.Ref, b.Ref);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AquaError InFailed(Value item, Value container, string message) =>
        AquaError.TypeError($"Cannot check if {Ops.TypeName(item)} is in {Ops.TypeName(container)}: {message}");

    /// <summary>LEN: len(o) for str (code points), list, tuple, dict.</summary>
    public static Value Len(Value obj) => Value.Int(Length(obj));

    /// <summary>len(o) as a number; the LEN error otherwise.</summary>
    public static int Length(Value obj)
    {
        switch (obj.Ref)
        {
            case AquaList list: return list.Count;
            case string s: return StrOps.Length(s);
            case AquaTuple tuple: return tuple.Count;
            case AquaDict dict: return dict.Count;
        }
        string type = Ops.TypeName(obj);
        throw AquaError.TypeError($"Object of type {type} has no len(): object of type '{type}' has no len()");
    }

    /// <summary>
    /// BUILD_DICT: k1, v1, …, kn, vn in source order. The VM pops pairs from the top, so the dict is
    /// filled from the LAST pair down (ACODE.md 2.6, 6.10): `{"a":1,"b":2}` prints `{'b': 2, 'a': 1}`.
    /// </summary>
    public static Value BuildDict(ReadOnlySpan<Value> keysAndValues)
    {
        var dict = new AquaDict();
        for (int i = keysAndValues.Length - 2; i >= 0; i -= 2) dict.Set(keysAndValues[i], keysAndValues[i + 1]);
        return Value.Object(dict);
    }

    /// <summary>LIST_APPEND (comprehensions): the target must be a list.</summary>
    public static void ListAppend(Value list, Value item)
    {
        if (list.Ref is AquaList l)
        {
            l.Add(item);
            return;
        }
        throw AquaError.TypeError($"Cannot append to {Ops.TypeName(list)}");
    }
}
