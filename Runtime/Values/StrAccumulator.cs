using System.Runtime.CompilerServices;
using System.Text;

namespace Aqua.Runtime;

/// <summary>
/// A string being built by `x = x + e` in one function (see the compiler's StringAccumulation):
/// appends are amortised O(1) instead of copying the whole string each time. It lives only in
/// that function's local; every other read gets the plain string from <see cref="Strings.Flatten"/>.
/// </summary>
public sealed class StrAccumulator : IAquaObject, IAquaText
{
    private readonly StringBuilder _text;
    private string? _flat;

    internal StrAccumulator(string left, string right)
    {
        _text = new StringBuilder(left, Math.Max(256, 2 * (left.Length + right.Length)));
        _text.Append(right);
    }

    internal void Append(string s)
    {
        _text.Append(s);
        _flat = null;
    }

    /// <summary>It stands for a str, should anything ever see it.</summary>
    public string TypeName => "str";

    public string Str() => _flat ??= _text.ToString();

    public string Repr() => Text.StrRepr(Str());
}

/// <summary>The operations generated code uses for string accumulators.</summary>
public static class Strings
{
    /// <summary>Below this length a plain concatenation is cheaper than a builder.</summary>
    private const int BuilderThreshold = 256;

    /// <summary>`x = x + e` where x may hold an accumulator: the same result as Ops.Add, in amortised O(len(e)).</summary>
    public static Value Accumulate(Value left, Value right)
    {
        if (left.Ref is StrAccumulator acc)
        {
            if (right.Ref is string r)
            {
                acc.Append(r);
                return left;
            }
            return Ops.Add(Value.Str(acc.Str()), right); // the same result or error as a plain str
        }
        if (left.Ref is string l && right.Ref is string s && l.Length + s.Length >= BuilderThreshold)
            return Value.Object(new StrAccumulator(l, s));
        return Ops.Add(left, right);
    }

    /// <summary>Any other read of an accumulating local: the plain value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Flatten(Value v) => v.Ref is StrAccumulator acc ? Value.Str(acc.Str()) : v;
}
