using System.Globalization;
using System.Numerics;
using System.Text;

namespace Aqua.Compiler.Bytecode;

/// <summary>
/// CPython 3.11 <c>repr()</c> for the values a constant pool can hold. The writer needs the float
/// form (json.dumps writes floats as repr, ACODE.md 1.2); the disassembler shows constants this way.
/// </summary>
public static class PythonRepr
{
    /// <summary>
    /// <c>repr(float)</c>: the shortest digits that round-trip, in fixed notation when the decimal
    /// exponent is in [-4, 16), otherwise as <c>1.5e+16</c> / <c>1e-05</c>; <c>inf</c>, <c>-inf</c>, <c>nan</c>.
    /// </summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";

        // "R" is the shortest round-trip form on .NET Core 3.0+; only its layout differs from Python's.
        string r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        string sign = double.IsNegative(value) ? "-" : "";
        if (r == "0") return sign + "0.0";

        int e = r.IndexOfAny(['E', 'e']);
        string mantissa = e < 0 ? r : r[..e];
        int exponent = e < 0 ? 0 : int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.');
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        // decpt: value = 0.DIGITS * 10^decpt, as CPython's float_repr computes it.
        int decpt = (dot < 0 ? mantissa.Length : dot) + exponent;
        int leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        decpt -= leadingZeros;

        if (decpt is > -4 and <= 16)
        {
            if (decpt <= 0) return $"{sign}0.{new string('0', -decpt)}{digits}";
            if (decpt >= digits.Length) return $"{sign}{digits}{new string('0', decpt - digits.Length)}.0";
            return $"{sign}{digits[..decpt]}.{digits[decpt..]}";
        }
        int exp = decpt - 1;
        string mant = digits.Length == 1 ? digits : $"{digits[0]}.{digits[1..]}";
        return $"{sign}{mant}e{(exp < 0 ? '-' : '+')}{Math.Abs(exp):00}";
    }

    /// <summary>
    /// <c>repr(str)</c>: single quotes unless the text has a single quote and no double quote;
    /// escapes for the quote, backslash, \t \n \r, and \xNN / \uNNNN / \UNNNNNNNN for characters
    /// Python does not print (controls, separators other than space, format characters, lone surrogates).
    /// </summary>
    public static string String(string value)
    {
        char quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(value.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == quote || c == '\\') { sb.Append('\\').Append(c); continue; }
            switch (c)
            {
                case '\t': sb.Append("\\t"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
            }
            if (c < 0x20 || c == 0x7F) { sb.Append($"\\x{(int)c:x2}"); continue; }
            if (c < 0x7F) { sb.Append(c); continue; }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                var rune = new Rune(c, value[i + 1]);
                i++;
                if (IsPrintable(Rune.GetUnicodeCategory(rune))) sb.Append(rune.ToString());
                else sb.Append($"\\U{rune.Value:x8}");
                continue;
            }
            if (char.IsSurrogate(c) || !IsPrintable(char.GetUnicodeCategory(c)))
                sb.Append(c <= 0xFF ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}");
            else
                sb.Append(c);
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>The repr of a constant as Python would print it inside a container.</summary>
    public static string Constant(Constant constant) => constant switch
    {
        IntConstant i => i.Value.ToString(CultureInfo.InvariantCulture),
        BigIntConstant b => b.Value.ToString(CultureInfo.InvariantCulture),
        FloatConstant f => Float(f.Value),
        StringConstant s => String(s.Value),
        BoolConstant b => b.Value ? "True" : "False",
        NullConstant => "None",
        ListConstant l => "[" + string.Join(", ", l.Items.Select(Constant)) + "]",
        DictConstant d => "{" + string.Join(", ", d.Entries.Select(e => $"{String(e.Key)}: {Constant(e.Value)}")) + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(constant), constant, "unknown constant kind"),
    };

    /// <summary>Python's str.isprintable: everything but "Other" and "Separator" categories, space excepted.</summary>
    private static bool IsPrintable(UnicodeCategory category) => category switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
