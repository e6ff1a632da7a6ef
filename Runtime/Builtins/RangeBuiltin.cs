using System.Numerics;

namespace Aqua.Runtime;

public static partial class Builtins
{
    /// <summary>
    /// range(stop) / range(start, stop[, step]): a LIST (ACODE.md 2.10). Each argument passes
    /// through int() first, so range(2.7) is [0, 1] and range("3") is [0, 1, 2].
    /// </summary>
    public static Value Range(ReadOnlySpan<Value> args)
    {
        try
        {
            var (start, stop, step) = RangeArguments(args);
            if (start.IsSmallInt && stop.IsSmallInt && step.IsSmallInt) return SmallRange(start.Bits, stop.Bits, step.Bits);
            return BigRange(start.AsBigInteger, stop.AsBigInteger, step.AsBigInteger);
        }
        catch (AquaError e)
        {
            throw InBuiltin("range", e);
        }
    }

    /// <summary>
    /// `for x in range(...)`: GET_ITER of a fresh range() result. The list could never be seen, so
    /// the items are produced one at a time instead; the checks and errors are range()'s own.
    /// </summary>
    public static Value RangeIterator(ReadOnlySpan<Value> args)
    {
        // The common loops: range(n) and range(a, b) over small ints, counted in long arithmetic.
        if (args.Length == 1 && TryStepOne(Value.Int(0), args[0], out int n))
            return Value.Object(new RangeIterator(0, 1, n));
        if (args.Length == 2 && TryStepOne(args[0], args[1], out n))
            return Value.Object(new RangeIterator(args[0].Bits, 1, n));
        return RangeIteratorAnyArguments(args);
    }

    /// <summary>
    /// range(start, stop) with step 1 over small ints, when its length fits a .NET array: the
    /// count without any argument conversion. False otherwise: the general path then decides,
    /// with range()'s own checks and error messages.
    /// </summary>
    internal static bool TryStepOne(Value start, Value stop, out int count)
    {
        count = 0;
        if (!start.IsSmallInt || !stop.IsSmallInt) return false;
        if (stop.Bits <= start.Bits) return true;
        ulong n = (ulong)(stop.Bits - start.Bits); // exact even where the signed difference overflows
        if (n > (ulong)Array.MaxLength) return false;
        count = (int)n;
        return true;
    }

    private static Value RangeIteratorAnyArguments(ReadOnlySpan<Value> args)
    {
        try
        {
            var (start, stop, step) = RangeArguments(args);
            if (start.IsSmallInt && stop.IsSmallInt && step.IsSmallInt)
            {
                int count = CheckedCount(SmallCount128(start.Bits, stop.Bits, step.Bits));
                return Value.Object(new RangeIterator(start.Bits, step.Bits, count));
            }
            return Iteration.GetIter(BigRange(start.AsBigInteger, stop.AsBigInteger, step.AsBigInteger));
        }
        catch (AquaError e)
        {
            throw InBuiltin("range", e);
        }
    }

    /// <summary>range()'s arguments, each through int(); errors as the optimized VM words them (2.10).</summary>
    private static (Value Start, Value Stop, Value Step) RangeArguments(ReadOnlySpan<Value> args)
    {
        if (args.Length is < 1 or > 3) throw AquaError.TypeError("range() takes 1 to 3 arguments");
        Value start = Value.Int(0), stop, step = Value.Int(1);
        try
        {
            if (args.Length == 1)
            {
                stop = Conversions.ToInt(args[0]);
            }
            else
            {
                start = Conversions.ToInt(args[0]);
                stop = Conversions.ToInt(args[1]);
                if (args.Length == 3) step = Conversions.ToInt(args[2]);
            }
            if (step.IsSmallInt && step.Bits == 0) throw AquaError.ValueError("range() arg 3 must not be zero");
        }
        catch (AquaError e)
        {
            throw new AquaError(e.Type, $"Invalid arguments for range(): {e.Message}");
        }
        return (start, stop, step);
    }

    /// <summary>
    /// The count as in CPython's range length, ceil((stop - start) / step) when positive, for
    /// 64-bit bounds: 128-bit arithmetic cannot overflow there.
    /// </summary>
    private static long SmallCount128(long start, long stop, long step)
    {
        Int128 span = step > 0 ? (Int128)stop - start : (Int128)start - stop;
        Int128 absStep = step > 0 ? step : -(Int128)step;
        if (span <= 0) return 0;
        Int128 count = (span + absStep - 1) / absStep;
        return count > long.MaxValue ? long.MaxValue : (long)count;
    }


    private static Value SmallRange(long start, long stop, long step)
    {
        var items = new long[CheckedCount(SmallCount128(start, stop, step))];
        long value = start;
        for (int i = 0; i < items.Length; i++, value += step) items[i] = value;
        return Value.Object(new AquaList(items, items.Length));
    }

    private static Value BigRange(BigInteger start, BigInteger stop, BigInteger step)
    {
        BigInteger span = step.Sign > 0 ? stop - start : start - stop;
        BigInteger absStep = BigInteger.Abs(step);
        BigInteger count = span.Sign <= 0 ? 0 : (span + absStep - 1) / absStep;
        var items = new Value[CheckedCount(count)];
        BigInteger value = start;
        for (int i = 0; i < items.Length; i++, value += step) items[i] = Value.Int(value);
        return Value.Object(new AquaList(items));
    }

    /// <summary>A list longer than .NET arrays allow is CPython's MemoryError territory.</summary>
    private static int CheckedCount(long count) => CheckedCount((BigInteger)count);

    private static int CheckedCount(BigInteger count)
    {
        if (count > Array.MaxLength) throw AquaError.Overflow("range() result has too many items");
        return (int)count;
    }
}
