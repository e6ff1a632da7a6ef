namespace Aqua.Runtime;

/// <summary>str() and repr() of any value (ACODE.md 2.11, 6.5). STUB: owned by the numbers/text helper.</summary>
public static partial class Text
{
    /// <summary>Python str(v): what print and FORMAT_VALUE write.</summary>
    public static string Str(Value v) => throw new NotImplementedException();

    /// <summary>Python repr(v): how containers show their items.</summary>
    public static string Repr(Value v) => throw new NotImplementedException();

    /// <summary>Python repr of a float (shortest round-trip digits, Python's exponent layout).</summary>
    public static string FloatRepr(double d) => throw new NotImplementedException();

    /// <summary>Python repr of a string (quote choice and escapes).</summary>
    public static string StrRepr(string s) => throw new NotImplementedException();
}
