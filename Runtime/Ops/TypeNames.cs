namespace Aqua.Runtime;

public static partial class Ops
{
    /// <summary>
    /// The Python type name used in messages and by type(): int, float, str, bool, NoneType, list,
    /// tuple, dict, and for other objects their <see cref="IAquaObject.TypeName"/> (ACODE.md 2.6).
    /// </summary>
    public static string TypeName(Value v)
    {
        object? r = v.Ref;
        if (r is null) return "NoneType";
        if (Tag.NameOf(r) is { } name) return name;
        if (r is string) return "str";
        if (r is BigInt) return "int";
        if (r is AquaList) return "list";
        if (r is AquaTuple) return "tuple";
        if (r is AquaDict) return "dict";
        if (r is IAquaObject o) return o.TypeName;
        return r.GetType().Name;
    }
}
