namespace Aqua.Runtime;

/// <summary>
/// <c>+</c> and <c>*</c> on str, list and tuple, with CPython's type-error texts (ACODE.md 2.7):
/// concatenation needs two of the same kind; repetition takes an int count on either side.
/// </summary>
internal static class SequenceArithmetic
{
    public static Value Concat(Value a, Value b)
    {
        object? ra = a.Ref, rb = b.Ref;
        if (ra is string sa)
        {
            if (rb is string sb) return Value.Str(string.Concat(sa, sb));
            throw ArithmeticErrors.Wrapped(BinaryOp.Add, a, b, $"can only concatenate str (not \"{Ops.TypeName(b)}\") to str");
        }
        if (ra is AquaList la)
        {
            if (rb is AquaList lb)
            {
                if (la.IsIntMode && lb.IsIntMode)
                {
                    var ints = new long[la.Count + lb.Count];
                    la.IntItems.CopyTo(ints);
                    lb.IntItems.CopyTo(ints.AsSpan(la.Count));
                    return Value.Object(new AquaList(ints, ints.Length));
                }
                var items = new Value[la.Count + lb.Count];
                la.Items.CopyTo(items);
                lb.Items.CopyTo(items.AsSpan(la.Count));
                return Value.Object(new AquaList(items));
            }
            throw ArithmeticErrors.Wrapped(BinaryOp.Add, a, b, $"can only concatenate list (not \"{Ops.TypeName(b)}\") to list");
        }
        if (ra is AquaTuple ta)
        {
            if (rb is AquaTuple tb)
            {
                if (ta.Count == 0) return b;
                if (tb.Count == 0) return a;
                var items = new Value[ta.Count + tb.Count];
                ta.Items.CopyTo(items, 0);
                tb.Items.CopyTo(items, ta.Count);
                return Value.Object(new AquaTuple(items));
            }
            throw ArithmeticErrors.Wrapped(BinaryOp.Add, a, b, $"can only concatenate tuple (not \"{Ops.TypeName(b)}\") to tuple");
        }
        throw ArithmeticErrors.Unsupported(BinaryOp.Add, a, b);
    }

    public static Value Repeat(Value a, Value b)
    {
        if (IsSequence(a))
        {
            if (!Numeric.IsIntLike(b)) throw NonIntCount(a, b, b);
            return RepeatSequence(a, Count(b));
        }
        if (IsSequence(b))
        {
            if (!Numeric.IsIntLike(a)) throw NonIntCount(a, b, a);
            return RepeatSequence(b, Count(a));
        }
        throw ArithmeticErrors.Unsupported(BinaryOp.Mul, a, b);
    }

    private static bool IsSequence(Value v) => v.Ref is string or AquaList or AquaTuple;

    private static AquaError NonIntCount(Value a, Value b, Value count) =>
        ArithmeticErrors.Wrapped(BinaryOp.Mul, a, b, $"can't multiply sequence by non-int of type '{Ops.TypeName(count)}'");

    /// <summary>The repeat count as CPython's index conversion sees it; bool counts as 0/1.</summary>
    private static long Count(Value n)
    {
        if (n.Ref is BigInt) throw AquaError.Overflow("cannot fit 'int' into an index-sized integer");
        return n.Bits;
    }

    private static Value RepeatSequence(Value seq, long count)
    {
        object r = seq.Ref!;
        if (r is string s)
        {
            if (count <= 0 || s.Length == 0) return Value.Str("");
            if (count == 1) return seq;
            return Value.Str(RepeatString(s, count));
        }
        if (r is AquaList l)
        {
            if (count <= 0 || l.Count == 0) return Value.Object(new AquaList());
            if (l.IsIntMode)
            {
                long[] ints = RepeatItems(l.IntItems, count);
                return Value.Object(new AquaList(ints, ints.Length));
            }
            return Value.Object(new AquaList(RepeatItems(l.Items, count)));
        }
        var t = (AquaTuple)r;
        if (count <= 0 || t.Count == 0) return Value.Object(AquaTuple.Empty);
        if (count == 1) return seq;
        return Value.Object(new AquaTuple(RepeatItems(t.Items, count)));
    }

    private static string RepeatString(string s, long count)
    {
        if (count > Array.MaxLength / s.Length) throw AquaError.Overflow("repeated string is too long");
        int total = (int)(s.Length * count);
        if (s.Length == 1) return new string(s[0], total);
        return string.Create(total, s, static (span, src) =>
        {
            for (int i = 0; i < span.Length; i += src.Length) src.AsSpan().CopyTo(span.Slice(i));
        });
    }

    /// <summary>Copies the item references: <c>[[]] * 2</c> shares the inner list (ACODE.md 2.7).</summary>
    private static T[] RepeatItems<T>(ReadOnlySpan<T> items, long count)
    {
        if (count > Array.MaxLength / items.Length) throw AquaError.Overflow("repeated sequence is too long");
        var result = new T[items.Length * (int)count];
        if (items.Length == 1) result.AsSpan().Fill(items[0]);
        else for (int i = 0; i < result.Length; i += items.Length) items.CopyTo(result.AsSpan(i));
        return result;
    }
}
