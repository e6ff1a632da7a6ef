using System.Text;

namespace Aqua.Runtime;

/// <summary>
/// The methods of str that CALL_METHOD reaches (ACODE.md 6.6). Positions (find, index, start/end
/// arguments) are code-point indices, as in CPython.
/// </summary>
public static class StrMethods
{
    public static Value Call(string s, string name, ReadOnlySpan<Value> args)
    {
        switch (name)
        {
            case "upper":
                MethodArgs.None("str.upper", args);
                return Value.Str(StrCase.Upper(s));
            case "lower":
                MethodArgs.None("str.lower", args);
                return Value.Str(StrCase.Lower(s));
            case "title":
                MethodArgs.None("str.title", args);
                return Value.Str(StrCase.Title(s));
            case "capitalize":
                MethodArgs.None("str.capitalize", args);
                return Value.Str(StrCase.Capitalize(s));
            case "strip":
                return Value.Str(Strip(s, "strip", args, left: true, right: true));
            case "lstrip":
                return Value.Str(Strip(s, "lstrip", args, left: true, right: false));
            case "rstrip":
                return Value.Str(Strip(s, "rstrip", args, left: false, right: true));
            case "split":
                return Split(s, args);
            case "join":
                return Value.Str(Join(s, MethodArgs.One("str.join", args)));
            case "replace":
                return Value.Str(Replace(s, args));
            case "startswith":
                return Value.Bool(Affix(s, "startswith", args, atStart: true));
            case "endswith":
                return Value.Bool(Affix(s, "endswith", args, atStart: false));
            case "find":
                return Value.Int(Find(s, "find", args));
            case "index":
                int found = Find(s, "index", args);
                if (found < 0) throw AquaError.ValueError("substring not found");
                return Value.Int(found);
            case "count":
                return Value.Int(Count(s, args));
            case "isdigit":
                MethodArgs.None("str.isdigit", args);
                return Value.Bool(All(s, static (str, i) => System.Globalization.CharUnicodeInfo.GetDigitValue(str, i) >= 0));
            case "isalpha":
                MethodArgs.None("str.isalpha", args);
                return Value.Bool(All(s, static (str, i) => char.IsLetter(str, i)));
            case "isspace":
                MethodArgs.None("str.isspace", args);
                return Value.Bool(All(s, static (str, i) => StrOps.IsPySpace(str[i])));
        }
        throw Calls.NoAttribute(Value.Str(s), name);
    }

    /// <summary>True when s is non-empty and every code point passes (isdigit, isalpha, isspace).</summary>
    private static bool All(string s, Func<string, int, bool> test)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i += StrOps.CharsAt(s, i))
        {
            if (!test(s, i)) return false;
        }
        return true;
    }

    private static string Strip(string s, string name, ReadOnlySpan<Value> args, bool left, bool right)
    {
        MethodArgs.Count(name, args, 0, 1);
        Value chars = args.Length == 1 ? args[0] : Value.None;
        int start = 0, end = s.Length;
        if (chars.IsNone)
        {
            if (left) while (start < end && StrOps.IsPySpace(s[start])) start++;
            if (right) while (end > start && StrOps.IsPySpace(s[end - 1])) end--;
            return s[start..end];
        }
        if (chars.Ref is not string set) throw AquaError.TypeError($"{name} arg must be None or str");
        // Code points, so that a non-BMP character in the set strips as a whole.
        if (left)
        {
            while (start < end)
            {
                int n = StrOps.CharsAt(s, start);
                if (!set.Contains(s.AsSpan(start, n), StringComparison.Ordinal)) break;
                start += n;
            }
        }
        if (right)
        {
            while (end > start)
            {
                int n = end - 2 >= start && char.IsLowSurrogate(s[end - 1]) && char.IsHighSurrogate(s[end - 2]) ? 2 : 1;
                if (!set.Contains(s.AsSpan(end - n, n), StringComparison.Ordinal)) break;
                end -= n;
            }
        }
        return s[start..end];
    }

    /// <summary>str.split(sep=None, maxsplit=-1): whitespace runs without sep, exact separators with one.</summary>
    private static Value Split(string s, ReadOnlySpan<Value> args)
    {
        MethodArgs.CountOld("split", args, 0, 2);
        Value sep = args.Length > 0 ? args[0] : Value.None;
        long maxSplit = args.Length > 1 ? MethodArgs.Index(args[1]) : -1;
        if (maxSplit < 0) maxSplit = long.MaxValue;
        var parts = new AquaList();
        if (sep.IsNone)
        {
            int i = 0;
            while (true)
            {
                while (i < s.Length && StrOps.IsPySpace(s[i])) i++;
                if (i >= s.Length) break;
                if (maxSplit-- == 0)
                {
                    // The rest, leading whitespace dropped, trailing whitespace kept (CPython).
                    parts.Add(Value.Str(s[i..]));
                    break;
                }
                int start = i;
                while (i < s.Length && !StrOps.IsPySpace(s[i])) i++;
                parts.Add(Value.Str(s[start..i]));
            }
            return Value.Object(parts);
        }
        if (sep.Ref is not string separator) throw AquaError.TypeError($"must be str or None, not {Ops.TypeName(sep)}");
        if (separator.Length == 0) throw AquaError.ValueError("empty separator");
        int from = 0;
        while (maxSplit-- > 0)
        {
            int at = s.IndexOf(separator, from, StringComparison.Ordinal);
            if (at < 0) break;
            parts.Add(Value.Str(s[from..at]));
            from = at + separator.Length;
        }
        parts.Add(Value.Str(s[from..]));
        return Value.Object(parts);
    }

    private static string Join(string separator, Value iterable)
    {
        if (!Iteration.IsIterable(iterable)) throw AquaError.TypeError("can only join an iterable");
        ReadOnlySpan<Value> items = Iteration.ItemsOf(iterable);
        var parts = new string[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            parts[i] = items[i].Ref as string
                ?? throw AquaError.TypeError($"sequence item {i}: expected str instance, {Ops.TypeName(items[i])} found");
        }
        return string.Join(separator, parts);
    }

    /// <summary>str.replace(old, new[, count]); an empty old inserts new around every code point.</summary>
    private static string Replace(string s, ReadOnlySpan<Value> args)
    {
        MethodArgs.Count("replace", args, 2, 3);
        if (args[0].Ref is not string old)
            throw AquaError.TypeError($"replace() argument 1 must be str, not {Ops.TypeName(args[0])}");
        if (args[1].Ref is not string replacement)
            throw AquaError.TypeError($"replace() argument 2 must be str, not {Ops.TypeName(args[1])}");
        long count = args.Length == 3 ? MethodArgs.Index(args[2]) : -1;
        if (count < 0) count = long.MaxValue;
        if (count == 0) return s;
        var sb = new StringBuilder(s.Length);
        if (old.Length == 0)
        {
            int i = 0;
            while (i < s.Length && count-- > 0)
            {
                sb.Append(replacement);
                int n = StrOps.CharsAt(s, i);
                sb.Append(s, i, n);
                i += n;
            }
            if (i >= s.Length && count > 0) sb.Append(replacement);
            else sb.Append(s, i, s.Length - i);
            return sb.ToString();
        }
        int from = 0;
        while (count-- > 0)
        {
            int at = s.IndexOf(old, from, StringComparison.Ordinal);
            if (at < 0) break;
            sb.Append(s, from, at - from).Append(replacement);
            from = at + old.Length;
        }
        if (from == 0) return s;
        sb.Append(s, from, s.Length - from);
        return sb.ToString();
    }

    /// <summary>The [start:end] window of s in UTF-16 offsets, from code-point bounds; null when start &gt; end.</summary>
    private static (int Start, int End)? Window(string s, ReadOnlySpan<Value> args, int first)
    {
        long? start = args.Length > first ? MethodArgs.SliceBound(args[first], noneAllowed: true) : null;
        long? end = args.Length > first + 1 ? MethodArgs.SliceBound(args[first + 1], noneAllowed: true) : null;
        bool bmp = StrOps.IsBmp(s);
        int length = bmp ? s.Length : StrOps.Length(s);
        var (cpStart, cpEnd) = MethodArgs.Adjust(length, start, end);
        if (cpStart > cpEnd) return null;
        return bmp ? (cpStart, cpEnd) : (StrOps.Utf16Offset(s, cpStart), StrOps.Utf16Offset(s, cpEnd));
    }

    private static string SubArgument(Value v) =>
        v.Ref as string ?? throw AquaError.TypeError($"must be str, not {Ops.TypeName(v)}");

    private static int Find(string s, string name, ReadOnlySpan<Value> args)
    {
        MethodArgs.CountOld(name, args, 1, 3);
        string sub = SubArgument(args[0]);
        if (Window(s, args, 1) is not var (start, end)) return -1;
        int at = s.AsSpan(start, end - start).IndexOf(sub, StringComparison.Ordinal);
        return at < 0 ? -1 : StrOps.CodePointIndex(s, start + at);
    }

    private static int Count(string s, ReadOnlySpan<Value> args)
    {
        MethodArgs.CountOld("count", args, 1, 3);
        string sub = SubArgument(args[0]);
        if (Window(s, args, 1) is not var (start, end)) return 0;
        if (sub.Length == 0) return StrOps.Length(s.Substring(start, end - start)) + 1;
        int count = 0;
        ReadOnlySpan<char> window = s.AsSpan(start, end - start);
        int from = 0;
        while (true)
        {
            int at = window[from..].IndexOf(sub, StringComparison.Ordinal);
            if (at < 0) return count;
            count++;
            from += at + sub.Length;
        }
    }

    /// <summary>startswith/endswith: a str or a tuple of str, within the optional [start:end] window.</summary>
    private static bool Affix(string s, string name, ReadOnlySpan<Value> args, bool atStart)
    {
        MethodArgs.CountOld(name, args, 1, 3);
        Value affix = args[0];
        if (affix.Ref is not (string or AquaTuple))
            throw AquaError.TypeError($"{name} first arg must be str or a tuple of str, not {Ops.TypeName(affix)}");
        if (Window(s, args, 1) is not var (start, end)) return false;
        ReadOnlySpan<char> window = s.AsSpan(start, end - start);
        if (affix.Ref is string one) return Matches(window, one, atStart);
        foreach (Value item in ((AquaTuple)affix.Ref).Items)
        {
            if (item.Ref is not string candidate)
                throw AquaError.TypeError($"tuple for {name} must only contain str, not {Ops.TypeName(item)}");
            if (Matches(window, candidate, atStart)) return true;
        }
        return false;
    }

    private static bool Matches(ReadOnlySpan<char> window, string affix, bool atStart) =>
        atStart ? window.StartsWith(affix, StringComparison.Ordinal) : window.EndsWith(affix, StringComparison.Ordinal);
}
