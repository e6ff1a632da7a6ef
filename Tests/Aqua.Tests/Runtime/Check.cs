using Aqua.Runtime;
using Xunit;

namespace Aqua.Tests.Runtime;

/// <summary>Turns a result or a runtime error into the text the generated tables hold.</summary>
internal static class Check
{
    /// <summary>"type repr", as Python's f"{type(r).__name__} {r!r}".</summary>
    public static string Describe(Value v)
    {
        if (v.Ref is BigInt b)
            Assert.True(b.Value < long.MinValue || b.Value > long.MaxValue, "a BigInt must hold a value outside the long range");
        return Ops.TypeName(v) + " " + Text.Repr(v);
    }

    /// <summary>The described result, or "!ErrorType: message".</summary>
    public static string Outcome(Func<Value> run)
    {
        try
        {
            return Describe(run());
        }
        catch (AquaError e)
        {
            return $"!{e.Type}: {e.Message}";
        }
    }

    public static string BoolOutcome(Func<bool> run)
    {
        try
        {
            return run() ? "True" : "False";
        }
        catch (AquaError e)
        {
            return $"!{e.Type}: {e.Message}";
        }
    }

    public static AquaError Throws(ErrorType type, string message, Action run)
    {
        var e = Assert.Throws<AquaError>(run);
        Assert.Equal(type, e.Type);
        Assert.Equal(message, e.Message);
        return e;
    }
}
