using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>Argument checks for the methods of builtin types, with CPython 3.11's messages.</summary>
internal static class MethodArgs
{
    /// <summary>`list.reverse() takes no arguments (1 given)`.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void None(string qualifiedName, ReadOnlySpan<Value> args)
    {
        if (args.Length != 0) throw AquaError.TypeError($"{qualifiedName}() takes no arguments ({args.Length} given)");
    }

    /// <summary>`list.append() takes exactly one argument (0 given)`.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value One(string qualifiedName, ReadOnlySpan<Value> args)
    {
        if (args.Length != 1) throw AquaError.TypeError($"{qualifiedName}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    /// <summary>Argument Clinic's style: `pop expected at most 1 argument, got 2`, `insert expected 2 arguments, got 1`.</summary>
    public static void Count(string name, ReadOnlySpan<Value> args, int min, int max)
    {
        int n = args.Length;
        if (n >= min && n <= max) return;
        string message = min == max
            ? $"{name} expected {min} argument{Plural(min)}, got {n}"
            : n < min
                ? $"{name} expected at least {min} argument{Plural(min)}, got {n}"
                : $"{name} expected at most {max} argument{Plural(max)}, got {n}";
        throw AquaError.TypeError(message);
    }

    /// <summary>The older style of str methods: `find() takes at least 1 argument (0 given)`.</summary>
    public static void CountOld(string name, ReadOnlySpan<Value> args, int min, int max)
    {
        int n = args.Length;
        if (n < min) throw AquaError.TypeError($"{name}() takes at least {min} argument{Plural(min)} ({n} given)");
        if (n > max) throw AquaError.TypeError($"{name}() takes at most {max} argument{Plural(max)} ({n} given)");
    }

    private static string Plural(int n) => n == 1 ? "" : "s";

    /// <summary>An index argument (Py_ssize_t): ints and bools; a huge int overflows.</summary>
    public static long Index(Value v)
    {
        if (v.IsSmallInt || v.IsBool) return v.Bits;
        if (v.IsBigInt) throw AquaError.Overflow("Python int too large to convert to C ssize_t");
        throw AquaError.TypeError($"'{Ops.TypeName(v)}' object cannot be interpreted as an integer");
    }

    /// <summary>A slice bound (start/end of find, count, index…): huge ints clamp; None means "absent" where allowed.</summary>
    public static long? SliceBound(Value v, bool noneAllowed)
    {
        if (v.IsSmallInt || v.IsBool) return v.Bits;
        if (v.IsBigInt) return v.AsBigInteger.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        if (v.IsNone && noneAllowed) return null;
        throw AquaError.TypeError(noneAllowed
            ? "slice indices must be integers or None or have an __index__ method"
            : "slice indices must be integers or have an __index__ method");
    }

    /// <summary>
    /// CPython's ADJUST_INDICES for [start:end] over a sequence of <paramref name="length"/>:
    /// negatives count from the end, end is clamped to the length, start only from below (a start
    /// past the end makes an empty, failing range).
    /// </summary>
    public static (int Start, int End) Adjust(int length, long? start, long? end)
    {
        long s = start ?? 0, e = end ?? length;
        if (e > length) e = length;
        else if (e < 0) e = Math.Max(0, e + length);
        if (s < 0) s = Math.Max(0, s + length);
        if (s > length + 1L) s = length + 1L;
        return ((int)s, (int)e);
    }
}
