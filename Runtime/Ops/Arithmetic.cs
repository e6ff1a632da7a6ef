namespace Aqua.Runtime;

/// <summary>Binary arithmetic with CPython 3.11 results and the VM's error texts (ACODE.md 2.6, 2.7). STUB.</summary>
public static partial class Ops
{
    public static Value Add(Value a, Value b) => throw new NotImplementedException();
    public static Value Sub(Value a, Value b) => throw new NotImplementedException();
    public static Value Mul(Value a, Value b) => throw new NotImplementedException();
    public static Value Div(Value a, Value b) => throw new NotImplementedException();
    public static Value Mod(Value a, Value b) => throw new NotImplementedException();
    public static Value Pow(Value a, Value b) => throw new NotImplementedException();
}
