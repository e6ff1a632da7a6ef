using System.Globalization;
using System.Numerics;

namespace Aqua.Runtime;

/// <summary>
/// CPython's int()/float() conversions with their raw messages (ACODE.md 2.10). The builtins wrap
/// these messages; range() and the math module use them directly.
/// </summary>
public static class Conversions
{
    /// <summary>CPython 3.11's limit for int ↔ decimal string conversion.</summary>
    public const int MaxStrDigits = 4300;

    /// <summary>Python int(x) for one argument, raw messages.</summary>
    public static Value ToInt(Value v)
    {
        if (v.IsSmallInt || v.IsBigInt) return v;
        if (v.IsBool) return Value.Int(v.Bits);
        if (v.IsFloat) return Value.Int(FloatToInt(Math.Truncate(v.AsFloat)));
        if (v.Ref is string s) return ParseInt(s);
        throw AquaError.TypeError(
            $"int() argument must be a string, a bytes-like object or a real number, not '{Ops.TypeName(v)}'");
    }

    /// <summary>Python float(x) for one argument, raw messages.</summary>
    public static double ToFloat(Value v)
    {
        if (v.IsFloat) return v.AsFloat;
        if (v.IsSmallInt || v.IsBool) return v.Bits;
        if (v.IsBigInt) return BigToDouble(v.AsBigInteger);
        if (v.Ref is string s) return ParseFloat(s);
        throw AquaError.TypeError($"float() argument must be a string or a real number, not '{Ops.TypeName(v)}'");
    }

    /// <summary>An integral double as an int; NaN and infinities fail as in CPython.</summary>
    public static BigInteger FloatToInt(double d)
    {
        if (double.IsNaN(d)) throw AquaError.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw AquaError.Overflow("cannot convert float infinity to integer");
        d = Math.Truncate(d);
        if (d >= -9.2233720368547758E18 && d < 9.2233720368547758E18) return (long)d;
        return new BigInteger(d);
    }

    /// <summary>
    /// An int as the nearest double, ties to even (CPython's int.__float__), with
    /// "int too large to convert to float" past the double range.
    /// </summary>
    public static double BigToDouble(BigInteger n)
    {
        const long Exact = 1L << 53;
        if (n >= -Exact && n <= Exact) return (long)n;
        bool negative = n.Sign < 0;
        BigInteger a = BigInteger.Abs(n);
        long bits = (long)a.GetBitLength();
        if (bits > 1025) throw AquaError.Overflow("int too large to convert to float");
        // Keep 55 bits (53 + guard + round), fold every lower bit into a sticky bit, round half-even.
        int shift = (int)(bits - 55);
        BigInteger top = a >> shift;
        long m = (long)top;
        if ((top << shift) != a) m |= 1;
        long q = m >> 2;
        long rest = m & 3;
        if (rest > 2 || (rest == 2 && (q & 1) == 1)) q++;
        double d = Math.ScaleB(q, shift + 2);
        if (double.IsInfinity(d)) throw AquaError.Overflow("int too large to convert to float");
        return negative ? -d : d;
    }

    /// <summary>
    /// int(str): surrounding whitespace, an optional sign, decimal digits (any Unicode decimal
    /// digit) with single underscores between digits; nothing else.
    /// </summary>
    public static Value ParseInt(string text)
    {
        ReadOnlySpan<char> s = TrimPySpace(text);
        int i = 0;
        bool negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }
        var digits = new System.Text.StringBuilder(s.Length);
        bool lastWasDigit = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            int d = DecimalValue(c);
            if (d >= 0)
            {
                digits.Append((char)('0' + d));
                lastWasDigit = true;
            }
            else if (c == '_' && lastWasDigit && i + 1 < s.Length && DecimalValue(s[i + 1]) >= 0)
            {
                lastWasDigit = false;
            }
            else
            {
                throw InvalidInt(text);
            }
        }
        if (digits.Length == 0) throw InvalidInt(text);
        if (digits.Length > MaxStrDigits)
            throw AquaError.ValueError(
                $"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {digits.Length} digits; use sys.set_int_max_str_digits() to increase the limit");
        if (digits.Length <= 18)
        {
            long small = long.Parse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture);
            return Value.Int(negative ? -small : small);
        }
        BigInteger big = BigInteger.Parse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture);
        return Value.Int(negative ? -big : big);
    }

    private static AquaError InvalidInt(string text) =>
        AquaError.ValueError($"invalid literal for int() with base 10: {Text.StrRepr(text)}");

    /// <summary>
    /// float(str): whitespace, sign, "inf"/"infinity"/"nan" in any case, or a decimal with optional
    /// fraction and exponent (underscores only between digits). Parsing is correctly rounded.
    /// </summary>
    public static double ParseFloat(string text)
    {
        ReadOnlySpan<char> s = TrimPySpace(text);
        var clean = new System.Text.StringBuilder(s.Length);
        int i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) clean.Append(s[i++]);
        ReadOnlySpan<char> rest = s[i..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return clean.Length > 0 && clean[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase)) return double.NaN;

        int mantissaDigits = AppendDigits(s, ref i, clean);
        if (i < s.Length && s[i] == '.')
        {
            clean.Append('.');
            i++;
            mantissaDigits += AppendDigits(s, ref i, clean);
        }
        if (mantissaDigits == 0) throw InvalidFloat(text);
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            clean.Append('e');
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) clean.Append(s[i++]);
            if (AppendDigits(s, ref i, clean) == 0) throw InvalidFloat(text);
        }
        if (i != s.Length) throw InvalidFloat(text);
        return double.Parse(clean.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Copies a run of digits (single underscores allowed between them) as ASCII; returns the digit count.</summary>
    private static int AppendDigits(ReadOnlySpan<char> s, ref int i, System.Text.StringBuilder into)
    {
        int count = 0;
        while (i < s.Length)
        {
            int d = DecimalValue(s[i]);
            if (d >= 0)
            {
                into.Append((char)('0' + d));
                count++;
                i++;
            }
            else if (s[i] == '_' && count > 0 && i + 1 < s.Length && DecimalValue(s[i + 1]) >= 0)
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return count;
    }

    private static AquaError InvalidFloat(string text) =>
        AquaError.ValueError($"could not convert string to float: {Text.StrRepr(text)}");

    /// <summary>The value of a Unicode decimal digit (category Nd), else -1.</summary>
    private static int DecimalValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c < 128) return -1;
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber
            ? CharUnicodeInfo.GetDecimalDigitValue(c)
            : -1;
    }

    /// <summary>Strips Python whitespace (str.isspace) from both ends.</summary>
    internal static ReadOnlySpan<char> TrimPySpace(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && StrOps.IsPySpace(text[start])) start++;
        while (end > start && StrOps.IsPySpace(text[end - 1])) end--;
        return text.AsSpan(start, end - start);
    }
}
