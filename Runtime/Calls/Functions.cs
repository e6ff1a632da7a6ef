namespace Aqua.Runtime;

/// <summary>The compiled body of an AquaScript function; for a method, args[0] is self.</summary>
public delegate Value FunctionBody(ReadOnlySpan<Value> args);

/// <summary>A function-table entry (ACODE.md 1.5): its table name, parameter count and body.</summary>
public sealed record FunctionEntry(string Name, int Arity, FunctionBody Body);

/// <summary>
/// The function table, keyed by name (ACODE.md 2.5). Generated code registers every entry at
/// start-up; a repeated name keeps the last registration, so the last body wins for every call
/// (ACODE.md 5 B27).
/// </summary>
public static class Functions
{
    private static readonly Dictionary<string, FunctionEntry> Table = new();

    public static void Register(string name, int arity, FunctionBody body) => Table[name] = new FunctionEntry(name, arity, body);

    public static bool TryGet(string name, out FunctionEntry entry) => Table.TryGetValue(name, out entry!);

    /// <summary>Forgets every registration (tests; each compiled program has its own statics).</summary>
    public static void Reset() => Table.Clear();
}
