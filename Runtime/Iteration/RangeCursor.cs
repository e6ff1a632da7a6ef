using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// The state of `for x in range(...)` kept in a local of the generated method instead of a heap
/// iterator, where the compiler proves nothing but the loop's FOR_ITER sees it. Ranges that are
/// not small-int (big bounds) fall back to the general iterator inside.
/// </summary>
public struct RangeCursor
{
    private long _next;
    private long _step;
    private int _remaining;
    private AquaIterator? _general;

    /// <summary>range(args) for iteration: the same checks and errors as range() (ACODE.md 2.10).</summary>
    public static RangeCursor Start(ReadOnlySpan<Value> args)
    {
        var it = Builtins.RangeIterator(args);
        var cursor = new RangeCursor();
        if (it.Ref is RangeIterator range) range.CopyTo(ref cursor._next, ref cursor._step, ref cursor._remaining);
        else cursor._general = (AquaIterator)it.Ref!;
        return cursor;
    }

    /// <summary>range(n) over a small int: no allocation at all.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static RangeCursor Start(Value stop) =>
        Builtins.TryStepOne(Value.Int(0), stop, out int count)
            ? new RangeCursor { _step = 1, _remaining = count }
            : Start([stop]); // also raises range()'s own errors

    /// <summary>range(start, stop) over small ints: no allocation at all.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static RangeCursor Start(Value start, Value stop) =>
        Builtins.TryStepOne(start, stop, out int count)
            ? new RangeCursor { _next = start.Bits, _step = 1, _remaining = count }
            : Start([start, stop]);

    /// <summary>Does the cursor step over small ints itself (not through a general iterator)?</summary>
    public readonly bool IsSmall
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _general is null;
    }

    /// <summary>FOR_ITER in type-specialised code, for a cursor that <see cref="IsSmall"/>: the next int, or false at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext(out long item)
    {
        if (_remaining > 0)
        {
            _remaining--;
            item = _next;
            _next += _step;
            return true;
        }
        item = 0;
        return false;
    }

    /// <summary>FOR_ITER: the next item, or false at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext(out Value item)
    {
        if (_general is null)
        {
            if (_remaining > 0)
            {
                _remaining--;
                item = Value.Int(_next);
                _next += _step;
                return true;
            }
            item = default;
            return false;
        }
        return _general.MoveNext(out item);
    }
}
