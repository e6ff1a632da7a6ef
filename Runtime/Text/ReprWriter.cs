using System.Text;

namespace Aqua.Runtime;

/// <summary>
/// repr() of nested containers into one StringBuilder (ACODE.md 2.11). The containers being
/// written are tracked so a container met inside itself prints <c>[...]</c>, <c>(...)</c> or
/// <c>{...}</c>, as CPython's Py_ReprEnter does.
/// </summary>
internal struct ReprWriter(StringBuilder sb)
{
    /// <summary>Nesting allowed before RecursionError, as CPython fails on very deep structures.</summary>
    private const int MaxDepth = 10_000;

    private readonly StringBuilder _sb = sb;
    private List<object>? _active;

    public override readonly string ToString() => _sb.ToString();

    public void Write(Value v)
    {
        object? r = v.Ref;
        if (r is AquaList list) WriteList(list);
        else if (r is AquaTuple tuple) WriteTuple(tuple);
        else if (r is AquaDict dict) WriteDict(dict);
        else if (r is string s) StrText.AppendRepr(_sb, s);
        else if (ReferenceEquals(r, Tag.Int)) IntText.Append(_sb, v.Bits);
        else _sb.Append(Text.Repr(v));
    }

    private void WriteList(AquaList list)
    {
        if (!Enter(list))
        {
            _sb.Append("[...]");
            return;
        }
        _sb.Append('[');
        // Index each time: an item's repr can run code that changes the list (CPython re-reads too).
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            Write(list[i]);
        }
        _sb.Append(']');
        Leave();
    }

    private void WriteTuple(AquaTuple tuple)
    {
        if (tuple.Count == 0)
        {
            _sb.Append("()");
            return;
        }
        if (!Enter(tuple))
        {
            _sb.Append("(...)");
            return;
        }
        _sb.Append('(');
        Value[] items = tuple.Items;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) _sb.Append(", ");
            Write(items[i]);
        }
        _sb.Append(items.Length == 1 ? ",)" : ")");
        Leave();
    }

    private void WriteDict(AquaDict dict)
    {
        if (!Enter(dict))
        {
            _sb.Append("{...}");
            return;
        }
        _sb.Append('{');
        bool first = true;
        foreach (var entry in dict)
        {
            if (!first) _sb.Append(", ");
            first = false;
            Write(entry.Key);
            _sb.Append(": ");
            Write(entry.Value);
        }
        _sb.Append('}');
        Leave();
    }

    /// <summary>False if the container is already being written (a cycle).</summary>
    private bool Enter(object container)
    {
        _active ??= new List<object>();
        for (int i = 0; i < _active.Count; i++)
        {
            if (ReferenceEquals(_active[i], container)) return false;
        }
        if (_active.Count >= MaxDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new AquaError(ErrorType.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        _active.Add(container);
        return true;
    }

    private readonly void Leave() => _active!.RemoveAt(_active.Count - 1);
}
