namespace Aqua.Runtime;

/// <summary>
/// Python's str.isprintable for one code point (ACODE.md 2.11), from a table generated from
/// CPython 3.11 itself (<c>gen_printable.py</c>) rather than .NET's Unicode data, whose version differs.
/// </summary>
internal static partial class Printable
{
    public static bool IsPrintable(int cp)
    {
        if (cp < 0x7F) return cp >= 0x20;
        ReadOnlySpan<int> ranges = NonPrintableRanges;
        // Binary search for the last range starting at or before cp.
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (ranges[2 * mid] <= cp) lo = mid + 1;
            else hi = mid - 1;
        }
        return hi < 0 || cp > ranges[2 * hi + 1];
    }
}
