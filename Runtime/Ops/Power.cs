using System.Numerics;

namespace Aqua.Runtime;

/// <summary>The <c>**</c> operator's cases (ACODE.md 2.7, 6.4).</summary>
internal static class Power
{
    /// <summary>int ** non-negative int: exact.</summary>
    public static Value IntPow(Value a, Value b)
    {
        if (Numeric.Kind(a) == NumKind.Small && Numeric.Kind(b) == NumKind.Small)
        {
            long x = a.Bits, n = b.Bits;
            if (TrySmallPow(x, n, out long r)) return Value.Int(r);
        }
        BigInteger bas = a.AsBigInteger, exp = b.AsBigInteger;
        if (exp.IsZero || bas.IsOne) return Value.Int(1);
        if (bas.IsZero) return Value.Int(0);
        if (bas == BigInteger.MinusOne) return Value.Int(exp.IsEven ? 1 : -1);
        // Any other base to an exponent this large has more digits than memory can hold.
        if (exp > int.MaxValue) throw AquaError.Overflow("exponent too large");
        return Value.Int(BigInteger.Pow(bas, (int)exp));
    }

    /// <summary>Square-and-multiply in 64 bits; false as soon as anything overflows.</summary>
    private static bool TrySmallPow(long x, long n, out long result)
    {
        result = 1;
        long b = x;
        while (true)
        {
            if ((n & 1) != 0)
            {
                long high = Math.BigMul(result, b, out long low);
                if (high != (low >> 63)) return false;
                result = low;
            }
            n >>= 1;
            if (n == 0) return true;
            long h2 = Math.BigMul(b, b, out long sq);
            if (h2 != (sq >> 63)) return false;
            b = sq;
        }
    }

    /// <summary>
    /// CPython float_pow, including its special cases; a negative base with a non-integral
    /// exponent would be complex, which aquac reports as an error (ACODE.md 6.4).
    /// </summary>
    public static double FloatPow(double iv, double iw)
    {
        // x ** 0.5 (nbody's distances): sqrt where it provably equals libm's pow (SqrtPow.cs).
        if (iw == 0.5 && SqrtPow.Enabled && SqrtPow.TryPow(iv, out double root)) return root;
        if (iw == 0.0) return 1.0;
        if (double.IsNaN(iv)) return iv;
        if (double.IsNaN(iw)) return iv == 1.0 ? 1.0 : iw;
        if (double.IsInfinity(iw))
        {
            double av = Math.Abs(iv);
            if (av == 1.0) return 1.0;
            if ((iw > 0.0) == (av > 1.0)) return Math.Abs(iw);
            return 0.0;
        }
        if (double.IsInfinity(iv))
        {
            bool odd = IsOddInteger(iw);
            if (iw > 0.0) return odd ? iv : Math.Abs(iv);
            return odd ? Math.CopySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0)
        {
            if (iw < 0.0) throw AquaError.ZeroDivision("0.0 cannot be raised to a negative power");
            return IsOddInteger(iw) ? iv : 0.0;
        }
        bool negate = false;
        if (iv < 0.0)
        {
            if (iw != Math.Floor(iw)) throw ComplexResult(-iv, iw);
            iv = -iv;
            negate = IsOddInteger(iw);
        }
        if (iv == 1.0) return negate ? -1.0 : 1.0;
        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix)) throw AquaError.Overflow("(34, 'Numerical result out of range')");
        return negate ? -ix : ix;
    }

    /// <summary>
    /// CPython would compute a complex power here; it fails only when the modulus overflows
    /// (OverflowError "complex exponentiation"), else aquac reports the complex result as
    /// unsupported (ACODE.md 6.4).
    /// </summary>
    private static AquaError ComplexResult(double modulus, double exponent) =>
        double.IsInfinity(Math.Pow(modulus, exponent))
            ? AquaError.Overflow("complex exponentiation")
            : AquaError.ValueError("complex numbers are not supported");

    private static bool IsOddInteger(double x) => Math.Abs(x) % 2.0 == 1.0;
}
