using System.Globalization;

namespace Aqua.Runtime;

/// <summary>
/// Python's str.isprintable for one code point: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, or
/// Zs other than the space (ACODE.md 2.11).
/// </summary>
internal static class Printable
{
    public static bool IsPrintable(int cp)
    {
        if (cp < 0x7F) return cp >= 0x20;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false; // a lone surrogate
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }
}
