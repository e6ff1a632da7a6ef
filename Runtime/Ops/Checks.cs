namespace Aqua.Runtime;

/// <summary>TYPE_CHECK (0x60 with a constant operand, ACODE.md 2.6): peek at the value and check its type.</summary>
public static class Checks
{
    /// <summary>Raises TypeError `Expected T, got U` unless the value's type is T; a bool passes an int check.</summary>
    public static void TypeCheck(Value value, string typeName)
    {
        string actual = Ops.TypeName(value);
        if (actual == typeName || (typeName == "int" && value.IsBool)) return;
        throw AquaError.TypeError($"Expected {typeName}, got {actual}");
    }
}
