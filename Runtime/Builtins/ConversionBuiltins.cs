namespace Aqua.Runtime;

public static partial class Builtins
{
    /// <summary>str(x): exactly one argument (ACODE.md 2.10: `str()` is an error).</summary>
    public static Value Str(ReadOnlySpan<Value> args)
    {
        try
        {
            Value v = One("str", args);
            return v.Ref is string ? v : Value.Str(Text.Str(v));
        }
        catch (AquaError e)
        {
            throw InBuiltin("str", e);
        }
    }

    /// <summary>int(x): `Cannot convert T to int: <py msg>` on failure.</summary>
    public static Value Int(ReadOnlySpan<Value> args)
    {
        try
        {
            Value v = One("int", args);
            try
            {
                return Conversions.ToInt(v);
            }
            catch (AquaError e)
            {
                throw new AquaError(e.Type, $"Cannot convert {Ops.TypeName(v)} to int: {e.Message}");
            }
        }
        catch (AquaError e)
        {
            throw InBuiltin("int", e);
        }
    }

    /// <summary>float(x): `Cannot convert T to float: <py msg>` on failure.</summary>
    public static Value Float(ReadOnlySpan<Value> args)
    {
        try
        {
            Value v = One("float", args);
            try
            {
                return v.IsFloat ? v : Value.Float(Conversions.ToFloat(v));
            }
            catch (AquaError e)
            {
                throw new AquaError(e.Type, $"Cannot convert {Ops.TypeName(v)} to float: {e.Message}");
            }
        }
        catch (AquaError e)
        {
            throw InBuiltin("float", e);
        }
    }
}
