using System.Globalization;
using System.Numerics;
using System.Text;

namespace Aqua.Runtime;

/// <summary>
/// <c>str % args</c>: CPython's printf-style formatting, since MOD on a str is Python's %
/// (ACODE.md 2.7, 6.4). Supports mapping keys, flags <c>-+ #0</c>, width and precision (also
/// <c>*</c>), and the conversions s r a d i u x X o e E f F g G c %. TypeErrors are CPython's
/// texts; the MOD instruction wraps them (ACODE.md 2.6).
/// </summary>
internal static class PercentFormat
{
    public static string Format(string format, Value args)
    {
        var state = new Args(args);
        var sb = new StringBuilder(format.Length + 16);
        int i = 0;
        while (i < format.Length)
        {
            int pct = format.IndexOf('%', i);
            if (pct < 0)
            {
                sb.Append(format, i, format.Length - i);
                break;
            }
            sb.Append(format, i, pct - i);
            i = FormatOne(format, pct + 1, ref state, sb);
        }
        if (state.HasUnused) throw AquaError.TypeError("not all arguments converted during string formatting");
        return sb.ToString();
    }

    /// <summary>The argument cursor: a tuple's items, or one value; a dict also serves %(key)s.</summary>
    private struct Args(Value args)
    {
        private readonly Value[] _items = args.Ref is AquaTuple t ? t.Items : [args];
        private int _next;
        private bool _keyed;

        public readonly Value Whole = args;

        // CPython treats any mapping-like argument (it has __getitem__) as exempt from the leftover check.
        public readonly bool HasUnused => !_keyed && _next < _items.Length && Whole.Ref is not (AquaDict or AquaList);

        public Value Next()
        {
            // After a %(key)s the positional arguments are used up, as in CPython.
            if (_keyed || _next >= _items.Length) throw AquaError.TypeError("not enough arguments for format string");
            return _items[_next++];
        }

        public Value ByKey(string key)
        {
            if (Whole.Ref is not AquaDict dict) throw AquaError.TypeError("format requires a mapping");
            _keyed = true;
            if (!dict.TryGetValue(Value.Str(key), out Value v)) throw AquaError.KeyError(Text.StrRepr(key));
            return v;
        }
    }

    private static int FormatOne(string f, int i, ref Args args, StringBuilder sb)
    {
        if (i < f.Length && f[i] == '%')
        {
            sb.Append('%'); // only an immediate %% is a literal; "%5%" is a bad conversion below
            return i + 1;
        }
        Value? keyed = null;
        if (i < f.Length && f[i] == '(')
        {
            int depth = 1, start = ++i;
            while (i < f.Length && depth > 0)
            {
                if (f[i] == '(') depth++;
                else if (f[i] == ')') depth--;
                i++;
            }
            if (depth > 0) throw AquaError.ValueError("incomplete format key");
            keyed = args.ByKey(f.Substring(start, i - 1 - start));
        }

        bool left = false, plus = false, space = false, alt = false, zero = false;
        for (; i < f.Length; i++)
        {
            char c = f[i];
            if (c == '-') left = true;
            else if (c == '+') plus = true;
            else if (c == ' ') space = true;
            else if (c == '#') alt = true;
            else if (c == '0') zero = true;
            else break;
        }

        int width = -1, precision = -1;
        if (i < f.Length && f[i] == '*')
        {
            width = StarArgument(args.Next(), out bool negative);
            if (negative) left = true;
            i++;
        }
        else
        {
            width = ReadNumber(f, ref i);
        }
        if (i < f.Length && f[i] == '.')
        {
            i++;
            if (i < f.Length && f[i] == '*')
            {
                precision = Math.Max(0, StarArgument(args.Next(), out bool negative) * (negative ? -1 : 1));
                i++;
            }
            else
            {
                precision = Math.Max(0, ReadNumber(f, ref i));
            }
        }
        while (i < f.Length && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) i++;
        if (i >= f.Length) throw AquaError.ValueError("incomplete format");

        char conv = f[i];
        Value arg = keyed ?? args.Next();
        string sign = "", prefix = "", body;
        bool numeric = true;
        switch (conv)
        {
            case 's':
            case 'r':
            case 'a':
                numeric = false;
                body = conv == 's' ? Text.Str(arg) : conv == 'r' ? Text.Repr(arg) : Ascii(Text.Repr(arg));
                // Precision and width count code points, as CPython's do (ACODE.md 2.7).
                if (precision >= 0 && precision < StrOps.Length(body)) body = body.Substring(0, StrOps.Utf16Offset(body, precision));
                break;
            case 'c':
                numeric = false;
                body = Char(arg);
                break;
            case 'd':
            case 'i':
            case 'u':
            case 'x':
            case 'X':
            case 'o':
                body = Integer(arg, conv, alt, precision, ref prefix, out bool neg);
                sign = neg ? "-" : plus ? "+" : space ? " " : "";
                break;
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
                if (Numeric.Kind(arg) == NumKind.None) throw AquaError.TypeError($"must be real number, not {Ops.TypeName(arg)}");
                double d = Numeric.ToDouble(arg);
                body = Float(d, conv, alt, precision < 0 ? 6 : precision);
                sign = double.IsNegative(d) && !double.IsNaN(d) ? "-" : plus ? "+" : space ? " " : "";
                if (!double.IsFinite(d)) zero = false;
                break;
            default:
                throw AquaError.ValueError(
                    $"unsupported format character '{conv}' (0x{(int)conv:x}) at index {i}");
        }

        int length = sign.Length + prefix.Length + StrOps.Length(body);
        int pad = width > length ? width - length : 0;
        if (left)
        {
            sb.Append(sign).Append(prefix).Append(body).Append(' ', pad);
        }
        else if (zero && numeric)
        {
            sb.Append(sign).Append(prefix).Append('0', pad).Append(body);
        }
        else
        {
            sb.Append(' ', pad).Append(sign).Append(prefix).Append(body);
        }
        return i + 1;
    }

    private static int ReadNumber(string f, ref int i)
    {
        int n = -1;
        while (i < f.Length && f[i] >= '0' && f[i] <= '9')
        {
            n = (n < 0 ? 0 : n) * 10 + (f[i] - '0');
            i++;
        }
        return n;
    }

    private static int StarArgument(Value v, out bool negative)
    {
        if (Numeric.Kind(v) != NumKind.Small) throw AquaError.TypeError("* wants int");
        negative = v.Bits < 0;
        return (int)Math.Min(Math.Abs(v.Bits), int.MaxValue);
    }

    private static string Integer(Value arg, char conv, bool alt, int precision, ref string prefix, out bool negative)
    {
        BigInteger n;
        NumKind kind = Numeric.Kind(arg);
        if (kind == NumKind.Small || kind == NumKind.Big)
        {
            n = arg.AsBigInteger;
        }
        else if (kind == NumKind.Float && (conv == 'd' || conv == 'i' || conv == 'u'))
        {
            double d = arg.AsFloat;
            if (double.IsNaN(d)) throw AquaError.ValueError("cannot convert float NaN to integer");
            if (double.IsInfinity(d)) throw AquaError.Overflow("cannot convert float infinity to integer");
            n = new BigInteger(Math.Truncate(d));
        }
        else if (conv == 'x' || conv == 'X' || conv == 'o')
        {
            throw AquaError.TypeError($"%{conv} format: an integer is required, not {Ops.TypeName(arg)}");
        }
        else
        {
            throw AquaError.TypeError($"%{conv} format: a real number is required, not {Ops.TypeName(arg)}");
        }
        negative = n.Sign < 0;
        BigInteger abs = BigInteger.Abs(n);
        string digits = conv switch
        {
            'x' => ToBase(abs, 16, false),
            'X' => ToBase(abs, 16, true),
            'o' => ToBase(abs, 8, false),
            _ => IntText.Format(abs),
        };
        if (alt && conv != 'd' && conv != 'i' && conv != 'u') prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : "0o";
        if (precision > digits.Length) digits = new string('0', precision - digits.Length) + digits;
        return digits;
    }

    private static string ToBase(BigInteger n, int radix, bool upper)
    {
        if (n.IsZero) return "0";
        string alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        var chars = new List<char>();
        while (!n.IsZero)
        {
            n = BigInteger.DivRem(n, radix, out BigInteger r);
            chars.Add(alphabet[(int)r]);
        }
        chars.Reverse();
        return new string(chars.ToArray());
    }

    private static string Float(double d, char conv, bool alt, int precision)
    {
        bool upper = char.IsUpper(conv);
        if (double.IsNaN(d)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(d)) return upper ? "INF" : "inf";
        var sb = new StringBuilder();
        switch (char.ToLowerInvariant(conv))
        {
            case 'f':
                sb.Append(ExactDecimal.Fixed(d, precision));
                if (alt && precision == 0) sb.Append('.');
                break;
            case 'e':
                ExactDecimal.AppendExponential(sb, ExactDecimal.Significant(d, precision + 1, out int e), e, upper, alt);
                break;
            default:
                AppendGeneral(sb, d, precision == 0 ? 1 : precision, alt, upper);
                break;
        }
        return sb.ToString();
    }

    /// <summary>C's %g: fixed when -4 &lt;= X &lt; P, else exponential; trailing zeros dropped unless '#'.</summary>
    private static void AppendGeneral(StringBuilder sb, double d, int p, bool alt, bool upper)
    {
        string digits = ExactDecimal.Significant(d, p, out int x);
        if (d == 0) x = 0;
        if (!alt)
        {
            int end = digits.Length;
            while (end > 1 && digits[end - 1] == '0') end--;
            digits = digits.Substring(0, end);
        }
        if (x >= -4 && x < p)
        {
            if (x < 0)
            {
                sb.Append("0.").Append('0', -x - 1).Append(digits);
            }
            else if (digits.Length > x + 1)
            {
                sb.Append(digits, 0, x + 1).Append('.').Append(digits, x + 1, digits.Length - x - 1);
            }
            else
            {
                sb.Append(digits).Append('0', x + 1 - digits.Length);
                if (alt) sb.Append('.');
            }
        }
        else
        {
            ExactDecimal.AppendExponential(sb, digits, x, upper, alt);
        }
    }

    private static string Char(Value arg)
    {
        if (Numeric.IsIntLike(arg))
        {
            BigInteger n = arg.AsBigInteger;
            if (n < 0 || n > 0x10FFFF) throw AquaError.Overflow("%c arg not in range(0x110000)");
            int cp = (int)n;
            // Python allows a lone surrogate here; char.ConvertFromUtf32 would not.
            return cp >= 0xD800 && cp <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
        }
        if (arg.Ref is string s && (s.Length == 1 || (s.Length == 2 && char.IsSurrogatePair(s[0], s[1])))) return s;
        throw AquaError.TypeError("%c requires int or char");
    }

    /// <summary>Python ascii(): repr with every non-ASCII code point escaped.</summary>
    private static string Ascii(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (int i = 0; i < repr.Length; i++)
        {
            int cp = repr[i];
            if (char.IsHighSurrogate(repr[i]) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1])) cp = char.ConvertToUtf32(repr[i], repr[++i]);
            if (cp < 0x80) sb.Append((char)cp);
            else if (cp <= 0xFF) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xFFFF) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
