using System.Numerics;
using System.Text;

namespace Aqua.Runtime;

/// <summary>
/// Decimal digits of a finite double rounded half-to-even from its exact binary value, as C's
/// printf does for CPython's %f and %e (.NET's "F"/"E" formats round ties away from zero).
/// </summary>
internal static class ExactDecimal
{
    /// <summary>|x| with exactly <paramref name="precision"/> fractional digits, no sign.</summary>
    public static string Fixed(double x, int precision)
    {
        (BigInteger num, BigInteger den) = Rational(Math.Abs(x));
        BigInteger scaled = RoundHalfEven(num * BigInteger.Pow(10, precision), den);
        string digits = scaled.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (precision == 0) return digits;
        if (digits.Length <= precision) digits = new string('0', precision - digits.Length + 1) + digits;
        return digits.Insert(digits.Length - precision, ".");
    }

    /// <summary>
    /// |x| rounded to <paramref name="significant"/> digits: the digit string and the decimal
    /// exponent of its first digit (|x| ≈ d1.d2… × 10^exponent). Zero gives zeros and exponent 0.
    /// </summary>
    public static string Significant(double x, int significant, out int exponent)
    {
        x = Math.Abs(x);
        if (x == 0)
        {
            exponent = 0;
            return new string('0', significant);
        }
        (BigInteger num, BigInteger den) = Rational(x);
        int e = (int)Math.Floor(Math.Log10(x));
        // Correct the floating estimate so that 10^e <= x < 10^(e+1) holds exactly.
        while (Compare(num, den, e) < 0) e--;
        while (Compare(num, den, e + 1) >= 0) e++;
        BigInteger scaled = Scale(num, den, significant - 1 - e);
        if (scaled >= BigInteger.Pow(10, significant))
        {
            e++;
            scaled = Scale(num, den, significant - 1 - e);
        }
        exponent = e;
        return scaled.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The exact value as num/den with den a power of two.</summary>
    private static (BigInteger Num, BigInteger Den) Rational(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1;
        else mantissa |= 1L << 52;
        int e2 = exp - 1075;
        return e2 >= 0 ? (new BigInteger(mantissa) << e2, BigInteger.One) : (new BigInteger(mantissa), BigInteger.One << -e2);
    }

    /// <summary>Sign of num/den - 10^e.</summary>
    private static int Compare(BigInteger num, BigInteger den, int e) =>
        e >= 0 ? num.CompareTo(den * BigInteger.Pow(10, e)) : (num * BigInteger.Pow(10, -e)).CompareTo(den);

    /// <summary>round(num/den × 10^k), ties to even.</summary>
    private static BigInteger Scale(BigInteger num, BigInteger den, int k) =>
        k >= 0 ? RoundHalfEven(num * BigInteger.Pow(10, k), den) : RoundHalfEven(num, den * BigInteger.Pow(10, -k));

    private static BigInteger RoundHalfEven(BigInteger num, BigInteger den)
    {
        BigInteger q = BigInteger.DivRem(num, den, out BigInteger r);
        int c = (r * 2).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>C's %e layout of rounded digits: d.ddd e±XX.</summary>
    public static void AppendExponential(StringBuilder sb, string digits, int exponent, bool upper, bool forcePoint)
    {
        sb.Append(digits[0]);
        if (digits.Length > 1 || forcePoint) sb.Append('.');
        sb.Append(digits, 1, digits.Length - 1);
        sb.Append(upper ? 'E' : 'e').Append(exponent < 0 ? '-' : '+');
        int abs = Math.Abs(exponent);
        if (abs < 10) sb.Append('0');
        sb.Append(abs);
    }
}
