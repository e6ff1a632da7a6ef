using System.Numerics;
using Aqua.Runtime;
using Xunit;

namespace Aqua.Tests.Library;

/// <summary>Builds values tersely and checks results by their Python repr (ACODE.md 2.11).</summary>
internal static class V
{
    public static Value I(long v) => Value.Int(v);
    public static Value Big(string digits) => Value.Int(BigInteger.Parse(digits));
    public static Value F(double v) => Value.Float(v);
    public static Value S(string v) => Value.Str(v);
    public static Value B(bool v) => Value.Bool(v);
    public static readonly Value None = Value.None;
    public static Value L(params Value[] items) => Value.Object(new AquaList(items));
    public static Value T(params Value[] items) => Value.Object(new AquaTuple(items));

    /// <summary>A dict with the pairs inserted in the order given.</summary>
    public static Value D(params (Value Key, Value Value)[] pairs)
    {
        var d = new AquaDict();
        foreach (var (k, v) in pairs) d.Set(k, v);
        return Value.Object(d);
    }

    public static string Repr(Value v) => Text.Repr(v);

    /// <summary>Asserts the call fails with this CPython type and exact message.</summary>
    public static void Throws(ErrorType type, string message, Action action)
    {
        var e = Assert.Throws<AquaError>(action);
        Assert.Equal(message, e.Message);
        Assert.Equal(type, e.Type);
    }

    public static void Throws(ErrorType type, string message, Func<Value> call) => Throws(type, message, () => { call(); });

    public static Value Method(Value receiver, string name, params Value[] args) => Calls.CallMethod(receiver, name, args);
}
