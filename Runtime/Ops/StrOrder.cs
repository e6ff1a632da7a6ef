namespace Aqua.Runtime;

/// <summary>
/// Python string order is by code point (ACODE.md 2.7). Ordinal UTF-16 order differs only where
/// a surrogate pair (a code point above U+FFFF) meets a unit in U+E000..U+FFFF, so the first
/// differing position is decoded to code points.
/// </summary>
internal static class StrOrder
{
    public static int Compare(string x, string y)
    {
        int n = Math.Min(x.Length, y.Length);
        int i = x.AsSpan(0, n).CommonPrefixLength(y.AsSpan(0, n));
        if (i == n) return x.Length.CompareTo(y.Length);
        int cx = CodePointAt(x, i), cy = CodePointAt(y, i);
        return cx.CompareTo(cy);
    }

    /// <summary>The code point covering UTF-16 position i (a low surrogate belongs to the pair before it).</summary>
    private static int CodePointAt(string s, int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) return char.ConvertToUtf32(c, s[i + 1]);
        if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1])) return char.ConvertToUtf32(s[i - 1], c);
        return c;
    }
}
