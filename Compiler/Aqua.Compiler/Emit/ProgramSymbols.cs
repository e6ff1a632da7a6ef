using System.Collections.Immutable;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Emit;

/// <summary>
/// Program-wide facts the emitter needs to lower calls (ACODE.md 6.3): which names are functions
/// (and their C# methods), which are class names that CREATE_CLASS may register, and the builtins.
/// </summary>
public sealed class ProgramSymbols
{
    /// <summary>
    /// The builtins (ACODE.md 2.10), as the runtime lists them, and the runtime method implementing
    /// each: `Builtins.Print` for `print` and so on.
    /// </summary>
    public static readonly ImmutableDictionary<string, string> Builtins =
        Aqua.Runtime.Builtins.Names.ToImmutableDictionary(
            name => name, name => char.ToUpperInvariant(name[0]) + name[1..], StringComparer.Ordinal);

    private readonly Dictionary<string, int> _functionIndex = new(StringComparer.Ordinal);

    public ProgramSymbols(AcodeModule module)
    {
        Module = module;
        for (int i = 0; i < module.Functions.Length; i++)
            _functionIndex[module.Functions[i].Name] = i;
        ClassNames = CollectClassNames(module);
        _functionGlobals = CollectFunctionGlobals(module);
    }

    private readonly Dictionary<int, int> _functionGlobals;

    /// <summary>
    /// The LOAD_FUNC constant that `func f` statements store into global <paramref name="slot"/>,
    /// when every such store names the same function. Calls through the global can then test
    /// for that exact string object and call the function directly.
    /// </summary>
    public bool TryGetFunctionGlobal(int slot, out int functionConstant) => _functionGlobals.TryGetValue(slot, out functionConstant);

    private static Dictionary<int, int> CollectFunctionGlobals(AcodeModule module)
    {
        var found = new Dictionary<int, int>();
        var mixed = new HashSet<int>();
        foreach (var unit in module.Functions.Select(f => f.Code).Append(module.Main))
        {
            var ins = unit.Instructions;
            for (int i = 0; i + 1 < ins.Length; i++)
            {
                if (ins[i].Op != Opcode.LoadFunc) continue;
                bool global = ins[i + 1].Op == Opcode.StoreGlobal || (unit.IsMain && ins[i + 1].Op == Opcode.StoreVar);
                if (!global) continue;
                int slot = ins[i + 1].Arg;
                if (found.TryGetValue(slot, out int k) && k != ins[i].Arg) mixed.Add(slot);
                found[slot] = ins[i].Arg;
            }
        }
        foreach (int slot in mixed) found.Remove(slot);
        return found;
    }

    public AcodeModule Module { get; }

    /// <summary>Every name some CREATE_CLASS in the file may register.</summary>
    public ImmutableHashSet<string> ClassNames { get; }

    public string MethodName(int functionIndex) =>
        Identifiers.Function(functionIndex, Module.Functions[functionIndex].Name);

    public bool TryGetFunction(string name, out int index) => _functionIndex.TryGetValue(name, out index);

    /// <summary>How a call by constant name resolves at compile time, if it does.</summary>
    public CallTarget ResolveCallee(string name)
    {
        // Order of ACODE.md 6.3: a class of that name may exist at run time, so decide then.
        if (ClassNames.Contains(name)) return CallTarget.Dynamic;
        if (Builtins.ContainsKey(name)) return CallTarget.Builtin;
        if (_functionIndex.ContainsKey(name)) return CallTarget.Function;
        return CallTarget.Dynamic;
    }

    private static ImmutableHashSet<string> CollectClassNames(AcodeModule module)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var unit in module.Functions.Select(f => f.Code).Append(module.Main))
            foreach (var ins in unit.Instructions)
                if (ins.Op == Opcode.CreateClass && module.Constants[ins.Arg] is StringConstant s)
                    names.Add(s.Value);
        return names.ToImmutable();
    }
}

public enum CallTarget
{
    /// <summary>Resolved by name at run time (Calls.CallFunction / Calls.Call).</summary>
    Dynamic,
    Builtin,
    /// <summary>A direct call to the function's static method.</summary>
    Function,
}
