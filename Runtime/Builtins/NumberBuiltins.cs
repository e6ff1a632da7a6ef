using System.Globalization;
using System.Numerics;

namespace Aqua.Runtime;

public static partial class Builtins
{
    /// <summary>abs(x) for int, bool (gives an int) and float.</summary>
    public static Value Abs(ReadOnlySpan<Value> args)
    {
        try
        {
            Value v = One("abs", args);
            if (v.IsSmallInt || v.IsBool)
                return v.Bits == long.MinValue ? Value.Int(-(BigInteger)v.Bits) : Value.Int(Math.Abs(v.Bits));
            if (v.IsFloat) return Value.Float(Math.Abs(v.AsFloat));
            if (v.IsBigInt) return Value.Int(BigInteger.Abs(v.AsBigInteger));
            string type = Ops.TypeName(v);
            throw AquaError.TypeError($"Cannot compute abs() of {type}: bad operand type for abs(): '{type}'");
        }
        catch (AquaError e)
        {
            throw InBuiltin("abs", e);
        }
    }

    /// <summary>
    /// round(x[, n]): banker's rounding on the exact binary value. round(x) gives an int; round(x, n)
    /// gives a float for a float and an int for an int (ACODE.md 2.10).
    /// </summary>
    public static Value Round(ReadOnlySpan<Value> args)
    {
        try
        {
            if (args.Length == 0) throw AquaError.TypeError("round() missing required argument 'number' (pos 1)");
            if (args.Length > 2) throw AquaError.TypeError($"round() takes at most 2 arguments ({args.Length} given)");
            Value x = args[0];
            try
            {
                return RoundCore(x, args.Length == 2 ? args[1] : Value.None);
            }
            catch (AquaError e)
            {
                throw new AquaError(e.Type, $"Cannot round {Ops.TypeName(x)}: {e.Message}");
            }
        }
        catch (AquaError e)
        {
            throw InBuiltin("round", e);
        }
    }

    private static Value RoundCore(Value x, Value digits)
    {
        bool isInt = x.IsIntOrBool;
        if (!isInt && !x.IsFloat) throw AquaError.TypeError($"type {Ops.TypeName(x)} doesn't define __round__ method");
        if (digits.IsNone)
        {
            if (isInt) return x.IsBool ? Value.Int(x.Bits) : x;
            return Value.Int(Conversions.FloatToInt(Math.Round(x.AsFloat, MidpointRounding.ToEven)));
        }
        if (!digits.IsIntOrBool)
            throw AquaError.TypeError($"'{Ops.TypeName(digits)}' object cannot be interpreted as an integer");
        BigInteger n = digits.AsBigInteger;
        return isInt ? Value.Int(RoundInt(x.AsBigInteger, n)) : Value.Float(RoundFloat(x.AsFloat, n));
    }

    /// <summary>int.__round__(n): for n &lt; 0, round half to even at 10**-n.</summary>
    private static BigInteger RoundInt(BigInteger x, BigInteger n)
    {
        if (n.Sign >= 0) return x;
        if (-n > 100_000) return BigInteger.Zero;
        BigInteger pow = BigInteger.Pow(10, (int)-n);
        BigInteger q = BigInteger.DivRem(x, pow, out BigInteger r);
        if (r.Sign < 0)
        {
            // Floor division, as Python's divmod.
            q -= 1;
            r += pow;
        }
        BigInteger twice = r * 2;
        if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
        return q * pow;
    }

    /// <summary>
    /// float.__round__(n) as CPython does it: the exact binary value rounded half-even to n decimal
    /// places, then the nearest double to that decimal.
    /// </summary>
    private static double RoundFloat(double x, BigInteger n)
    {
        // CPython's NDIGITS_MAX / NDIGITS_MIN: beyond them the answer is x itself or a signed zero.
        if (n > 323) return x;
        if (n < -308) return 0.0 * x;
        if (x == 0 || !double.IsFinite(x)) return x;
        int digits = (int)n;
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        int exponent = (int)(bits >> 52);
        long mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0) exponent = 1;
        else mantissa |= 1L << 52;
        int binaryExponent = exponent - 1075; // |x| = mantissa * 2**binaryExponent
        BigInteger num = mantissa, den = BigInteger.One;
        if (binaryExponent >= 0) num <<= binaryExponent;
        else den <<= -binaryExponent;
        if (digits >= 0) num *= BigInteger.Pow(10, digits);
        else den *= BigInteger.Pow(10, -digits);
        BigInteger q = BigInteger.DivRem(num, den, out BigInteger r);
        BigInteger twice = r * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        string text = q.ToString(CultureInfo.InvariantCulture) + "e" + (-digits).ToString(CultureInfo.InvariantCulture);
        double result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(result)) throw AquaError.Overflow("rounded value too large to represent");
        return x < 0 ? -result : result;
    }
}
