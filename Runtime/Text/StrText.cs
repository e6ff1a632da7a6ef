using System.Globalization;
using System.Text;

namespace Aqua.Runtime;

/// <summary>
/// Python's str repr (ACODE.md 2.11): single quotes unless the text has ' and no "; backslash
/// escapes for \\, the quote, \n \r \t; \xhh, \uhhhh or \Uhhhhhhhh for non-printable code points.
/// </summary>
internal static class StrText
{
    public static void AppendRepr(StringBuilder sb, string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        int runStart = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            // Printable ASCII other than the quote and backslash is the common case: copied in runs.
            if (c >= ' ' && c < 0x7F && c != quote && c != '\\') continue;
            int cp = c;
            int width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                width = 2;
            }
            if (cp > 0x7F && Printable.IsPrintable(cp))
            {
                i += width - 1;
                continue;
            }
            sb.Append(s, runStart, i - runStart);
            AppendEscape(sb, cp, quote);
            i += width - 1;
            runStart = i + 1;
        }
        sb.Append(s, runStart, s.Length - runStart);
        sb.Append(quote);
    }

    private static void AppendEscape(StringBuilder sb, int cp, char quote)
    {
        switch (cp)
        {
            case '\\': sb.Append("\\\\"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
        }
        if (cp == quote)
        {
            sb.Append('\\').Append(quote);
            return;
        }
        if (cp <= 0xFF) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
        else if (cp <= 0xFFFF) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
        else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
    }
}
