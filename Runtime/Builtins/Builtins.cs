using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// The 13 builtins of the opt VM (ACODE.md 2.10, 6.6), called by name through CALL or directly
/// by generated code. Every error raised inside one is re-raised as
/// "Error in builtin function 'NAME': …" with its CPython type kept.
/// </summary>
public static partial class Builtins
{
    private static readonly Dictionary<string, FunctionBody> Table = new()
    {
        ["print"] = Print,
        ["str"] = Str,
        ["int"] = Int,
        ["float"] = Float,
        ["bool"] = Bool,
        ["len"] = Len,
        ["range"] = Range,
        ["type"] = Type,
        ["abs"] = Abs,
        ["min"] = Min,
        ["max"] = Max,
        ["sum"] = Sum,
        ["round"] = Round,
    };

    /// <summary>The names, in the order of ACODE.md 2.10.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["print", "str", "int", "float", "bool", "len", "range", "type", "abs", "min", "max", "sum", "round"];

    /// <summary>A builtin by name, for calls by name (ACODE.md 6.3: builtins come after classes).</summary>
    public static bool TryGet(string name, out FunctionBody body) => Table.TryGetValue(name, out body!);

    /// <summary>bool(x): truthiness.</summary>
    public static Value Bool(ReadOnlySpan<Value> args)
    {
        try
        {
            return Value.Bool(Ops.Truthy(One("bool", args)));
        }
        catch (AquaError e)
        {
            throw InBuiltin("bool", e);
        }
    }

    /// <summary>len(x): code points of a str, items of a list/tuple/dict.</summary>
    public static Value Len(ReadOnlySpan<Value> args)
    {
        try
        {
            return Items.Len(One("len", args));
        }
        catch (AquaError e)
        {
            throw InBuiltin("len", e);
        }
    }

    /// <summary>type(x): the type NAME as a string (ACODE.md 2.10); a function (a name string) gives "str".</summary>
    public static Value Type(ReadOnlySpan<Value> args)
    {
        try
        {
            if (args.Length != 1) throw AquaError.TypeError("type() takes 1 or 3 arguments");
            return Value.Str(Ops.TypeName(args[0]));
        }
        catch (AquaError e)
        {
            throw InBuiltin("type", e);
        }
    }

    /// <summary>The single argument of a one-argument builtin.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value One(string name, ReadOnlySpan<Value> args)
    {
        if (args.Length != 1) throw ArgumentCount(name, args.Length);
        return args[0];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AquaError ArgumentCount(string name, int given) =>
        AquaError.TypeError($"{name}() takes exactly one argument ({given} given)");

    /// <summary>ACODE.md 2.10: `Error in builtin function 'NAME': <message>`, same error type.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AquaError InBuiltin(string name, AquaError inner) =>
        new(inner.Type, $"Error in builtin function '{name}': {inner.Message}");

    /// <summary>
    /// The CPython message inside one of the runtime's operator errors ("Cannot add int and str:
    /// unsupported operand…" → "unsupported operand…"): min, max and sum report Python's own text.
    /// </summary>
    internal static string RawMessage(AquaError e)
    {
        string m = e.Message;
        if (m.StartsWith("Cannot ", StringComparison.Ordinal))
        {
            int colon = m.IndexOf(": ", StringComparison.Ordinal);
            if (colon >= 0) return m[(colon + 2)..];
        }
        return m;
    }
}
