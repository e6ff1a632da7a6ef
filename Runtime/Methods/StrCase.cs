using System.Globalization;
using System.Text;

namespace Aqua.Runtime;

/// <summary>
/// CPython's full case mapping for str.upper/lower/title/capitalize: .NET's invariant simple
/// mapping plus <see cref="CaseTables"/> for the one-to-many and version-specific cases, and the
/// final-sigma rule of lower().
/// </summary>
internal static class StrCase
{
    public static string Upper(string s)
    {
        if (Ascii.IsValid(s)) return s.ToUpperInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (Rune r in s.EnumerateRunes()) AppendUpper(sb, r);
        return sb.ToString();
    }

    public static string Lower(string s)
    {
        if (Ascii.IsValid(s)) return s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        int i = 0;
        foreach (Rune r in s.EnumerateRunes())
        {
            AppendLower(sb, s, i, r);
            i += r.Utf16SequenceLength;
        }
        return sb.ToString();
    }

    /// <summary>Words start at a cased character after an uncased one: "they're" → "They'Re", as CPython.</summary>
    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool previousIsCased = false;
        int i = 0;
        foreach (Rune r in s.EnumerateRunes())
        {
            if (previousIsCased) AppendLower(sb, s, i, r);
            else AppendTitle(sb, r);
            previousIsCased = IsCased(r);
            i += r.Utf16SequenceLength;
        }
        return sb.ToString();
    }

    /// <summary>The first character titlecased (3.8+), the rest lowercased.</summary>
    public static string Capitalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        int i = 0;
        foreach (Rune r in s.EnumerateRunes())
        {
            if (i == 0) AppendTitle(sb, r);
            else AppendLower(sb, s, i, r);
            i += r.Utf16SequenceLength;
        }
        return sb.ToString();
    }

    private static void AppendUpper(StringBuilder sb, Rune r)
    {
        if (CaseTables.Upper.TryGetValue(r.Value, out string? special)) sb.Append(special);
        else AppendRune(sb, Rune.ToUpperInvariant(r));
    }

    private static void AppendTitle(StringBuilder sb, Rune r)
    {
        if (CaseTables.Title.TryGetValue(r.Value, out string? special)) sb.Append(special);
        else AppendUpper(sb, r);
    }

    private static void AppendLower(StringBuilder sb, string s, int offset, Rune r)
    {
        if (r.Value == 0x03A3)
        {
            sb.Append(IsFinalSigma(s, offset) ? 'ς' : 'σ');
            return;
        }
        if (CaseTables.Lower.TryGetValue(r.Value, out string? special)) sb.Append(special);
        else AppendRune(sb, Rune.ToLowerInvariant(r));
    }

    /// <summary>Σ lowercases to ς at the end of a word: a cased letter before it and none after it.</summary>
    private static bool IsFinalSigma(string s, int offset)
    {
        int i = offset - 1;
        while (i >= 0 && IsCaseIgnorable(s[i])) i--;
        if (i < 0 || !IsCased(new Rune(char.IsSurrogate(s[i]) ? 'x' : s[i]))) return false;
        int j = offset + 1;
        while (j < s.Length && IsCaseIgnorable(s[j])) j++;
        return j >= s.Length || char.IsSurrogate(s[j]) || !IsCased(new Rune(s[j]));
    }

    private static bool IsCaseIgnorable(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
            || c is '\'' or '.' or ':' or '^' or '`' or '\u00B7' or '\u2019';
    }

    private static bool IsCased(Rune r) =>
        Rune.IsUpper(r) || Rune.IsLower(r) || Rune.GetUnicodeCategory(r) == UnicodeCategory.TitlecaseLetter;

    private static void AppendRune(StringBuilder sb, Rune r)
    {
        if (r.IsBmp) sb.Append((char)r.Value);
        else sb.Append(r.ToString());
    }
}
