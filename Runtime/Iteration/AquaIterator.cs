namespace Aqua.Runtime;

/// <summary>
/// The state GET_ITER pushes and FOR_ITER advances (ACODE.md 2.9, 6.6). One subclass per kind of
/// iterable; FOR_ITER is one virtual call.
/// </summary>
public abstract class AquaIterator : IAquaObject, IAquaText
{
    public abstract string TypeName { get; }

    /// <summary>The next item, or false at the end (and for ever after).</summary>
    public abstract bool MoveNext(out Value item);

    public string Str() => $"<{TypeName} object>";

    public string Repr() => Str();
}

/// <summary>
/// Iterates a list by index, re-reading its length each step: items appended during the loop are
/// visited and a shrinking list ends the loop early, as in CPython (ACODE.md 6.6).
/// </summary>
public sealed class ListIterator(AquaList list) : AquaIterator
{
    private int _index;

    public override string TypeName => "list_iterator";

    public override bool MoveNext(out Value item)
    {
        AquaList l = list;
        if (_index < l.Count)
        {
            item = l[_index++];
            return true;
        }
        _index = int.MaxValue;
        item = default;
        return false;
    }
}

/// <summary>Iterates a fixed array of values (tuple items, a dict's keys snapshot, a string's code points).</summary>
public sealed class ArrayIterator(Value[] items, string typeName) : AquaIterator
{
    private int _index;

    public override string TypeName => typeName;

    public override bool MoveNext(out Value item)
    {
        if (_index < items.Length)
        {
            item = items[_index++];
            return true;
        }
        item = default;
        return false;
    }
}

/// <summary>Iterates a string by code point; BMP text (no surrogates) is walked char by char.</summary>
public sealed class StrIterator : AquaIterator
{
    private readonly string _text;
    private readonly bool _bmp;
    private int _offset;

    public StrIterator(string text)
    {
        _text = text;
        _bmp = StrOps.IsBmp(text);
    }

    public override string TypeName => "str_iterator";

    public override bool MoveNext(out Value item)
    {
        string s = _text;
        int i = _offset;
        if (i >= s.Length)
        {
            item = default;
            return false;
        }
        if (_bmp || !StrOps.IsPairAt(s, i))
        {
            _offset = i + 1;
            item = Value.Str(StrOps.CharString(s[i]));
        }
        else
        {
            _offset = i + 2;
            item = Value.Str(s.Substring(i, 2));
        }
        return true;
    }
}

/// <summary>The items of a small-int range(), made one at a time (see Builtins.RangeIterator).</summary>
public sealed class RangeIterator(long start, long step, int count) : AquaIterator
{
    private long _next = start;
    private int _remaining = count;

    public override string TypeName => "list_iterator";

    internal void CopyTo(ref long next, ref long stepTo, ref int remaining)
    {
        next = _next;
        stepTo = step;
        remaining = _remaining;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public override bool MoveNext(out Value item)
    {
        if (_remaining > 0)
        {
            _remaining--;
            item = Value.Int(_next);
            _next += step;
            return true;
        }
        item = default;
        return false;
    }
}
