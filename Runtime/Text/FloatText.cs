using System.Globalization;

namespace Aqua.Runtime;

/// <summary>
/// Python's float repr (ACODE.md 2.11): the shortest round-trip digits (which .NET's "R" format
/// produces since .NET Core 3.0), laid out fixed when -4 &lt;= exponent &lt; 16 with at least one
/// fractional digit, else as d.ddde±XX with at least two exponent digits.
/// </summary>
internal static class FloatText
{
    public static string Repr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";

        Span<char> digits = stackalloc char[32];
        int count = ShortestDigits(d, digits, out int exponent);
        digits = digits.Slice(0, count);
        bool negative = d < 0;

        Span<char> buffer = stackalloc char[40];
        int n = 0;
        if (negative) buffer[n++] = '-';
        if (exponent >= -4 && exponent < 16)
        {
            int pointAt = exponent + 1; // digits before the decimal point
            if (pointAt <= 0)
            {
                buffer[n++] = '0';
                buffer[n++] = '.';
                for (int i = 0; i < -pointAt; i++) buffer[n++] = '0';
                digits.CopyTo(buffer.Slice(n));
                n += count;
            }
            else if (pointAt < count)
            {
                digits.Slice(0, pointAt).CopyTo(buffer.Slice(n));
                n += pointAt;
                buffer[n++] = '.';
                digits.Slice(pointAt).CopyTo(buffer.Slice(n));
                n += count - pointAt;
            }
            else
            {
                digits.CopyTo(buffer.Slice(n));
                n += count;
                for (int i = count; i < pointAt; i++) buffer[n++] = '0';
                buffer[n++] = '.';
                buffer[n++] = '0';
            }
        }
        else
        {
            buffer[n++] = digits[0];
            if (count > 1)
            {
                buffer[n++] = '.';
                digits.Slice(1).CopyTo(buffer.Slice(n));
                n += count - 1;
            }
            buffer[n++] = 'e';
            buffer[n++] = exponent < 0 ? '-' : '+';
            int abs = Math.Abs(exponent);
            if (abs < 10) buffer[n++] = '0';
            abs.TryFormat(buffer.Slice(n), out int written, default, CultureInfo.InvariantCulture);
            n += written;
        }
        return new string(buffer.Slice(0, n));
    }

    /// <summary>
    /// The shortest round-trip significant digits of |d| (no leading/trailing zeros) and the
    /// decimal exponent of the first digit: |d| = d1.d2d3… × 10^exponent.
    /// </summary>
    private static int ShortestDigits(double d, Span<char> digits, out int exponent)
    {
        // "E16" would not be shortest; "R" is, in either fixed or E layout depending on magnitude.
        Span<char> raw = stackalloc char[40];
        Math.Abs(d).TryFormat(raw, out int len, "R", CultureInfo.InvariantCulture);
        raw = raw.Slice(0, len);

        int ePos = raw.IndexOf('E');
        int exp10 = 0;
        ReadOnlySpan<char> mantissa = raw;
        if (ePos >= 0)
        {
            exp10 = int.Parse(raw.Slice(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = raw.Slice(0, ePos);
        }

        // Collect the digits and where the decimal point sits among them.
        int count = 0, pointAt = -1;
        foreach (char c in mantissa)
        {
            if (c == '.')
            {
                pointAt = count;
                continue;
            }
            digits[count++] = c;
        }
        if (pointAt < 0) pointAt = count;

        int lead = 0;
        while (lead < count - 1 && digits[lead] == '0') lead++;
        int end = count;
        while (end > lead + 1 && digits[end - 1] == '0') end--;
        exponent = pointAt - lead - 1 + exp10;
        int n = end - lead;
        digits.Slice(lead, n).CopyTo(digits);
        return n;
    }
}
