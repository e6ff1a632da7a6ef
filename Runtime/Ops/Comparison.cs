namespace Aqua.Runtime;

/// <summary>Comparisons, equality, hashing, truthiness (ACODE.md 2.7). STUB.</summary>
public static partial class Ops
{
    public static Value Eq(Value a, Value b) => throw new NotImplementedException();
    public static Value Ne(Value a, Value b) => throw new NotImplementedException();
    public static Value Lt(Value a, Value b) => throw new NotImplementedException();
    public static Value Gt(Value a, Value b) => throw new NotImplementedException();
    public static Value Le(Value a, Value b) => throw new NotImplementedException();
    public static Value Ge(Value a, Value b) => throw new NotImplementedException();

    /// <summary>Python ==; never throws.</summary>
    public static bool IsEqual(Value a, Value b) => throw new NotImplementedException();
    public static bool IsLess(Value a, Value b) => throw new NotImplementedException();
    public static bool IsGreater(Value a, Value b) => throw new NotImplementedException();
    public static bool IsLessOrEqual(Value a, Value b) => throw new NotImplementedException();
    public static bool IsGreaterOrEqual(Value a, Value b) => throw new NotImplementedException();

    /// <summary>Python hash, consistent with IsEqual (1, 1.0 and True hash alike); TypeError for unhashable values.</summary>
    public static int Hash(Value v) => throw new NotImplementedException();

    /// <summary>Python truthiness.</summary>
    public static bool Truthy(Value v) => throw new NotImplementedException();

    /// <summary>NOT: bool(not truthy(v)).</summary>
    public static Value Not(Value v) => Value.Bool(!Truthy(v));

    /// <summary>AND: a if not truthy(a) else b (both sides already evaluated).</summary>
    public static Value And(Value a, Value b) => Truthy(a) ? b : a;

    /// <summary>OR: a if truthy(a) else b.</summary>
    public static Value Or(Value a, Value b) => Truthy(a) ? a : b;

    /// <summary>The Python type name used in messages and by type(): int, float, str, bool, NoneType, list, tuple, dict, AquaObject, AquaClass, module.</summary>
    public static string TypeName(Value v) => throw new NotImplementedException();
}
