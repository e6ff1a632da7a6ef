using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// Strings as sequences of Unicode code points (ACODE.md 2.7: <c>len("a😀é") == 3</c>, <c>s[1] == "😀"</c>).
/// </summary>
/// <remarks>
/// .NET strings are UTF-16, so a non-BMP character is two chars. Almost every string has no
/// surrogates at all; then a code-point index is the char index and everything is O(1). For the
/// rest, the offsets of the last string indexed are cached, so <c>for i in range(len(s)): s[i]</c>
/// stays linear. A lone surrogate (possible from JSON escapes) counts as one code point, like in
/// CPython.
/// </remarks>
public static class StrOps
{
    /// <summary>One-char strings for Latin-1, so indexing and iterating ASCII text does not allocate.</summary>
    private static readonly string[] SingleChars = BuildSingleChars();

    /// <summary>Code-point → UTF-16 offset table of the last non-BMP string indexed.</summary>
    private sealed class OffsetTable(string text, int[] offsets)
    {
        public readonly string Text = text;
        public readonly int[] Offsets = offsets;
    }

    private static OffsetTable? _lastTable;

    private static string[] BuildSingleChars()
    {
        var table = new string[256];
        for (int i = 0; i < table.Length; i++) table[i] = ((char)i).ToString();
        return table;
    }

    /// <summary>True when the string has no surrogate chars: code-point and char indexes agree.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBmp(string s) => s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0;

    /// <summary>A one-code-point string for a char, shared for Latin-1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string CharString(char c) => c < 256 ? SingleChars[c] : c.ToString();

    /// <summary>Is there a surrogate pair starting at char index i?</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPairAt(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);

    /// <summary>The number of chars of the code point starting at char index i (1 or 2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CharsAt(string s, int i) => IsPairAt(s, i) ? 2 : 1;

    /// <summary>len(s) in code points.</summary>
    public static int Length(string s)
    {
        if (IsBmp(s)) return s.Length;
        int pairs = 0;
        for (int i = 0; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                pairs++;
                i++;
            }
        }
        return s.Length - pairs;
    }

    /// <summary>s[index] for 0 &lt;= index &lt; Length(s): the code point as a string.</summary>
    public static string CodePointAt(string s, int index)
    {
        if (IsBmp(s)) return CharString(s[index]);
        int start = Utf16Offset(s, index);
        return CharsAt(s, start) == 2 ? s.Substring(start, 2) : CharString(s[start]);
    }

    /// <summary>The UTF-16 offset of code point <paramref name="index"/> (0..Length(s); Length gives s.Length).</summary>
    public static int Utf16Offset(string s, int index)
    {
        if (s.Length < 64 || IsBmp(s)) return SlowOffset(s, index);
        OffsetTable? table = _lastTable;
        if (table is null || !ReferenceEquals(table.Text, s))
        {
            table = new OffsetTable(s, BuildOffsets(s));
            _lastTable = table;
        }
        return table.Offsets[index];
    }

    private static int SlowOffset(string s, int index)
    {
        int pos = 0;
        for (int cp = 0; cp < index && pos < s.Length; cp++) pos += CharsAt(s, pos);
        return pos;
    }

    private static int[] BuildOffsets(string s)
    {
        var offsets = new int[Length(s) + 1];
        int pos = 0;
        for (int cp = 0; cp < offsets.Length - 1; cp++)
        {
            offsets[cp] = pos;
            pos += CharsAt(s, pos);
        }
        offsets[^1] = s.Length;
        return offsets;
    }

    /// <summary>The code-point index of UTF-16 offset <paramref name="offset"/> (which must start a code point).</summary>
    public static int CodePointIndex(string s, int offset)
    {
        if (offset <= 0) return 0;
        var head = s.AsSpan(0, offset);
        if (head.IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return offset;
        int pairs = 0;
        for (int i = 0; i < offset - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                pairs++;
                i++;
            }
        }
        return offset - pairs;
    }

    /// <summary>The code points of s as one-code-point strings (for iteration over non-BMP text).</summary>
    public static string[] CodePoints(string s)
    {
        var result = new string[Length(s)];
        int pos = 0;
        for (int i = 0; i < result.Length; i++)
        {
            int n = CharsAt(s, pos);
            result[i] = n == 2 ? s.Substring(pos, 2) : CharString(s[pos]);
            pos += n;
        }
        return result;
    }

    /// <summary>
    /// Python's str slice bounds s[start:end] for the optional start/end arguments of
    /// find/count/startswith…: negative values count from the end, then both are clamped.
    /// Returned in code points.
    /// </summary>
    public static (int Start, int End) ClampSlice(int length, long? start, long? end)
    {
        long s = start ?? 0, e = end ?? length;
        if (s < 0) s = Math.Max(0, s + length);
        if (e < 0) e = Math.Max(0, e + length);
        if (s > length) s = length;
        if (e > length) e = length;
        return ((int)s, (int)e);
    }

    /// <summary>Python's str.isspace for one char (.NET's char.IsWhiteSpace misses U+001C..U+001F).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPySpace(char c) => char.IsWhiteSpace(c) || (c >= '\u001C' && c <= '\u001F');
}
