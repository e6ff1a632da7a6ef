using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>GET_ITER / FOR_ITER and the "any iterable" helper that builtins and methods share (ACODE.md 2.9, 6.6).</summary>
public static class Iteration
{
    /// <summary>GET_ITER: an iterator over a list, tuple, str (code points) or dict (its keys).</summary>
    public static Value GetIter(Value obj) => Value.Object(GetIterator(obj));

    /// <summary>GET_ITER with a typed result, for generated code that keeps the iterator in a local.</summary>
    public static AquaIterator GetIterator(Value obj)
    {
        switch (obj.Ref)
        {
            case AquaList list: return new ListIterator(list);
            case AquaTuple tuple: return new ArrayIterator(tuple.Items, "tuple_iterator");
            case string s: return new StrIterator(s);
            // Python raises RuntimeError when a dict changes size during iteration; iterating a
            // snapshot of the keys is the defined behaviour here (no RuntimeError type, 6.7).
            case AquaDict dict: return new ArrayIterator(DictKeys(dict), "dict_keyiterator");
            case AquaIterator iterator: return iterator;
        }
        throw NotIterable(obj);
    }

    /// <summary>FOR_ITER: the next item, or false when the loop is over.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Next(Value iterator, out Value item)
    {
        // The two iterators of hot loops first, as direct (inlinable) calls.
        if (iterator.Ref is RangeIterator range) return range.MoveNext(out item);
        if (iterator.Ref is ListIterator list) return list.MoveNext(out item);
        if (iterator.Ref is AquaIterator it) return it.MoveNext(out item);
        throw AquaError.TypeError($"'{Ops.TypeName(iterator)}' object is not an iterator");
    }

    /// <summary>CPython's "'T' object is not iterable" (TypeError).</summary>
    public static AquaError NotIterable(Value obj) => AquaError.TypeError($"'{Ops.TypeName(obj)}' object is not iterable");

    /// <summary>
    /// The items of any iterable, for builtins and methods (min, sum, extend, join…). Lists and
    /// tuples are returned without copying (a list's span is invalid once the list changes size).
    /// </summary>
    public static ReadOnlySpan<Value> ItemsOf(Value obj)
    {
        switch (obj.Ref)
        {
            case AquaList list: return list.Items;
            case AquaTuple tuple: return tuple.Items;
            case string s: return StrItems(s);
            case AquaDict dict: return DictKeys(dict);
            case AquaIterator iterator:
                var rest = new AquaList();
                while (iterator.MoveNext(out Value item)) rest.Add(item);
                return rest.Items;
        }
        throw NotIterable(obj);
    }

    /// <summary>True for the values GET_ITER accepts.</summary>
    public static bool IsIterable(Value obj) => obj.Ref is AquaList or AquaTuple or string or AquaDict or AquaIterator;

    /// <summary>A snapshot of a dict's keys in insertion order.</summary>
    public static Value[] DictKeys(AquaDict dict) => dict.Keys;

    private static Value[] StrItems(string s)
    {
        var items = new Value[StrOps.Length(s)];
        if (items.Length == s.Length)
        {
            for (int i = 0; i < s.Length; i++) items[i] = Value.Str(StrOps.CharString(s[i]));
        }
        else
        {
            string[] points = StrOps.CodePoints(s);
            for (int i = 0; i < points.Length; i++) items[i] = Value.Str(points[i]);
        }
        return items;
    }
}
