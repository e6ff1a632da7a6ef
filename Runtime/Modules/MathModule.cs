using System.Numerics;

namespace Aqua.Runtime;

/// <summary>
/// The built-in <c>math</c> module (ACODE.md 6.8): CPython 3.11's functions and constants that
/// take and give ints and floats, with its special-value rules and error texts
/// ("math domain error" ValueError, "math range error" OverflowError).
/// </summary>
internal static class MathModule
{
    public static AquaModule Create()
    {
        var attributes = new Dictionary<string, Value>
        {
            ["pi"] = Value.Float(Math.PI),
            ["e"] = Value.Float(Math.E),
            ["tau"] = Value.Float(Math.Tau),
            ["inf"] = Value.Float(double.PositiveInfinity),
            ["nan"] = Value.Float(double.NaN),
        };
        void Add(string name, FunctionBody body) => attributes[name] = Value.Object(new NativeFunction(name, body));

        Add("sqrt", a => Unary("sqrt", a, Math.Sqrt, canOverflow: false));
        Add("sin", a => Unary("sin", a, Math.Sin, canOverflow: false));
        Add("cos", a => Unary("cos", a, Math.Cos, canOverflow: false));
        Add("tan", a => Unary("tan", a, Math.Tan, canOverflow: false));
        Add("asin", a => Unary("asin", a, Math.Asin, canOverflow: false));
        Add("acos", a => Unary("acos", a, Math.Acos, canOverflow: false));
        Add("atan", a => Unary("atan", a, Math.Atan, canOverflow: false));
        Add("exp", a => Unary("exp", a, Math.Exp, canOverflow: true));
        Add("fabs", a => Unary("fabs", a, Math.Abs, canOverflow: false));
        Add("degrees", a => Value.Float(ToDouble(One("degrees", a)) * (180.0 / Math.PI)));
        Add("radians", a => Value.Float(ToDouble(One("radians", a)) * (Math.PI / 180.0)));
        Add("isnan", a => Value.Bool(double.IsNaN(ToDouble(One("isnan", a)))));
        Add("isinf", a => Value.Bool(double.IsInfinity(ToDouble(One("isinf", a)))));
        Add("atan2", Atan2);
        Add("pow", Pow);
        Add("log", Log);
        Add("log10", a => Value.Float(LogHelper(One("log10", a), Math.Log10)));
        Add("log2", a => Value.Float(LogHelper(One("log2", a), Math.Log2)));
        Add("floor", a => ToIntegral(One("floor", a), Math.Floor));
        Add("ceil", a => ToIntegral(One("ceil", a), Math.Ceiling));
        Add("trunc", a => ToIntegral(One("trunc", a), Math.Truncate));
        Add("hypot", Hypot);
        Add("gcd", Gcd);
        Add("factorial", Factorial);
        return new AquaModule("math", attributes);
    }

    private static Value One(string name, ReadOnlySpan<Value> args)
    {
        if (args.Length != 1)
            throw AquaError.TypeError($"math.{name}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    /// <summary>CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite is a range or domain error.</summary>
    private static Value Unary(string name, ReadOnlySpan<Value> args, Func<double, double> f, bool canOverflow)
    {
        double x = ToDouble(One(name, args));
        double r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? RangeError() : DomainError();
        return Value.Float(r);
    }

    private static Value Atan2(ReadOnlySpan<Value> args)
    {
        if (args.Length != 2) throw AquaError.TypeError($"atan2 expected 2 arguments, got {args.Length}");
        return Value.Float(Math.Atan2(ToDouble(args[0]), ToDouble(args[1])));
    }

    /// <summary>math.pow: IEEE specials handled first as CPython does, then libm pow for finite operands.</summary>
    private static Value Pow(ReadOnlySpan<Value> args)
    {
        if (args.Length != 2) throw AquaError.TypeError($"pow expected 2 arguments, got {args.Length}");
        double x = ToDouble(args[0]), y = ToDouble(args[1]);
        double r;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) r = y == 0 ? 1.0 : x;
            else if (double.IsNaN(y)) r = x == 1.0 ? 1.0 : y;
            else if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && Math.Abs(y) % 2.0 == 1.0;
                if (y > 0) r = oddY ? x : Math.Abs(x);
                else if (y == 0) r = 1.0;
                else r = oddY ? Math.CopySign(0.0, x) : 0.0;
            }
            else
            {
                if (Math.Abs(x) == 1.0) r = 1.0;
                else if (y > 0 && Math.Abs(x) > 1.0) r = y;
                else if (y < 0 && Math.Abs(x) < 1.0) r = -y;
                else r = 0.0;
            }
            return Value.Float(r);
        }
        r = Math.Pow(x, y);
        if (double.IsNaN(r)) throw DomainError();
        if (double.IsInfinity(r)) throw x == 0 ? DomainError() : RangeError();
        return Value.Float(r);
    }

    private static Value Log(ReadOnlySpan<Value> args)
    {
        if (args.Length is < 1 or > 2) throw AquaError.TypeError("math.log requires 1 to 2 arguments");
        double num = LogHelper(args[0], Math.Log);
        if (args.Length == 1) return Value.Float(num);
        double den = LogHelper(args[1], Math.Log);
        if (den == 0) throw AquaError.ZeroDivision("float division by zero");
        return Value.Float(num / den);
    }

    /// <summary>CPython's loghelper: ints too big for a float are split as m * 2**e first.</summary>
    private static double LogHelper(Value v, Func<double, double> f)
    {
        if (v.IsBigInt)
        {
            BigInteger n = v.AsBigInteger;
            if (n.Sign <= 0) throw DomainError();
            double d = (double)n;
            if (double.IsFinite(d)) return CheckedLog(d, f);
            long e = (long)n.GetBitLength();
            // m in [0.5, 1): the top 60 bits are plenty for a double's 53.
            double m = (double)(n >> (int)(e - 60)) / Math.Pow(2, 60);
            return f(m) + f(2.0) * e;
        }
        return CheckedLog(ToDouble(v), f);
    }

    private static double CheckedLog(double x, Func<double, double> f)
    {
        if (double.IsNaN(x)) return x;
        if (x <= 0) throw DomainError();
        return f(x);
    }

    /// <summary>floor/ceil/trunc: ints come back unchanged, floats become ints.</summary>
    private static Value ToIntegral(Value v, Func<double, double> f)
    {
        if (v.IsSmallInt || v.IsBigInt) return v;
        if (v.IsBool) return Value.Int(v.Bits);
        return Value.Int(Conversions.FloatToInt(f(ToDouble(v))));
    }

    /// <summary>math.hypot(*coordinates): CPython 3.11's vector_norm (extended-precision sum of squares, one correction step).</summary>
    private static Value Hypot(ReadOnlySpan<Value> args)
    {
        var coordinates = new double[args.Length];
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < args.Length; i++)
        {
            double x = Math.Abs(ToDouble(args[i]));
            coordinates[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return Value.Float(VectorNorm(coordinates, max, foundNan));
    }

    private static double VectorNorm(double[] vec, double max, bool foundNan)
    {
        const double T27 = 134217729.0; // 2**27 + 1: splits a double into two 26-bit halves
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0.0 || vec.Length <= 1) return max;
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, oldcsum, x, t, hi, lo;
        int maxE = Math.ILogB(max) + 1; // frexp's exponent: max = m * 2**maxE with m in [0.5, 1)
        if (maxE >= -1023)
        {
            double scale = Math.ScaleB(1.0, -maxE);
            foreach (double v in vec)
            {
                x = v * scale;
                t = x * T27;
                hi = t - (t - x);
                lo = x - hi;
                x = hi * hi;
                oldcsum = csum;
                csum += x;
                frac1 += (oldcsum - csum) + x;
                x = 2.0 * hi * lo;
                oldcsum = csum;
                csum += x;
                frac2 += (oldcsum - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            x = h;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = -hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = -2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            x = -lo * lo;
            oldcsum = csum;
            csum += x;
            frac3 += (oldcsum - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        // Scaling by 2**-maxE would overflow for subnormal maxima: divide by the max instead.
        foreach (double v in vec)
        {
            x = v / max;
            x *= x;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * Math.Sqrt(csum - 1.0 + frac1);
    }

    private static Value Gcd(ReadOnlySpan<Value> args)
    {
        BigInteger result = BigInteger.Zero;
        foreach (Value v in args) result = BigInteger.GreatestCommonDivisor(result, ToInteger(v));
        return Value.Int(result);
    }

    private static Value Factorial(ReadOnlySpan<Value> args)
    {
        BigInteger n = ToInteger(One("factorial", args));
        if (n.Sign < 0) throw AquaError.ValueError("factorial() not defined for negative values");
        if (n > long.MaxValue) throw AquaError.Overflow($"factorial() argument should not exceed {long.MaxValue}");
        // Product tree: multiplying balanced halves keeps big factorials fast.
        return Value.Int(Product(1, (long)n));
    }

    private static BigInteger Product(long from, long to)
    {
        if (to - from < 16)
        {
            BigInteger p = BigInteger.One;
            for (long i = from; i <= to; i++) p *= i;
            return p;
        }
        long mid = (from + to) / 2;
        return Product(from, mid) * Product(mid + 1, to);
    }

    /// <summary>An int argument (bool counts); a float is "'float' object cannot be interpreted as an integer".</summary>
    private static BigInteger ToInteger(Value v)
    {
        if (v.IsIntOrBool) return v.AsBigInteger;
        throw AquaError.TypeError($"'{Ops.TypeName(v)}' object cannot be interpreted as an integer");
    }

    /// <summary>A real-number argument as a double: "must be real number, not str" otherwise.</summary>
    internal static double ToDouble(Value v)
    {
        if (v.IsFloat) return v.AsFloat;
        if (v.IsSmallInt || v.IsBool) return v.Bits;
        if (v.IsBigInt) return Conversions.BigToDouble(v.AsBigInteger);
        throw AquaError.TypeError($"must be real number, not {Ops.TypeName(v)}");
    }

    private static AquaError DomainError() => AquaError.ValueError("math domain error");

    private static AquaError RangeError() => AquaError.Overflow("math range error");
}
