using System.Numerics;
using Aqua.Runtime;

namespace Aqua.Tests.Runtime;

/// <summary>Short constructors for test values.</summary>
internal static class V
{
    public static Value I(long n) => Value.Int(n);
    public static Value Big(string digits) => Value.Int(BigInteger.Parse(digits));
    public static Value F(double d) => Value.Float(d);
    public static Value S(string s) => Value.Str(s);
    public static Value B(bool b) => Value.Bool(b);
    public static Value None => Value.None;
    public static Value L(params Value[] items) => Value.Object(new AquaList(items));
    public static Value T(params Value[] items) => Value.Object(new AquaTuple(items));

    public static Value D(params Value[] keysAndValues)
    {
        var d = new AquaDict();
        for (int i = 0; i < keysAndValues.Length; i += 2) d.Set(keysAndValues[i], keysAndValues[i + 1]);
        return Value.Object(d);
    }

    /// <summary>Parses the tiny notation used in InlineData: "i:5", "f:2.5", "s:abc", "b:1", "n", "big:123".</summary>
    public static Value P(string spec)
    {
        if (spec == "n") return Value.None;
        int colon = spec.IndexOf(':');
        string kind = spec[..colon], text = spec[(colon + 1)..];
        return kind switch
        {
            "i" => Value.Int(BigInteger.Parse(text)),
            "f" => Value.Float(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture)),
            "s" => Value.Str(text),
            "b" => Value.Bool(text == "1" || text == "True"),
            _ => throw new ArgumentException(spec),
        };
    }
}
