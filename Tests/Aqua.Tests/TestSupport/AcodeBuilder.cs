using System.Collections.Immutable;
using System.Numerics;
using Aqua.Compiler.Bytecode;

namespace Aqua.Tests.TestSupport;

/// <summary>
/// Hand-assembles .acode modules for samples and tests, the way the original compiler lays them
/// out: constants de-duplicated, globals numbered in order of first use, functions by name.
/// </summary>
public sealed class AcodeBuilder
{
    private readonly List<Constant> _constants = new();
    private readonly List<KeyValuePair<string, int>> _globals = new();
    private readonly List<FunctionDef> _functions = new();

    public int Constant(object? value)
    {
        var c = ToConstant(value);
        int i = _constants.IndexOf(c);
        if (i >= 0) return i;
        _constants.Add(c);
        return _constants.Count - 1;
    }

    public int Global(string name)
    {
        foreach (var (n, slot) in _globals)
            if (n == name) return slot;
        _globals.Add(new(name, _globals.Count));
        return _globals.Count - 1;
    }

    /// <summary>Defines a function; its body is written by <paramref name="body"/>.</summary>
    public AcodeBuilder Function(string name, string[] parameters, Action<CodeBuilder> body)
    {
        var code = new CodeBuilder(this, name, isMain: false, parameters);
        body(code);
        _functions.Add(new FunctionDef(name, parameters.ToImmutableArray(), code.LocalTable(), code.Build()));
        return this;
    }

    public AcodeModule Build(string path, Action<CodeBuilder> main)
    {
        var code = new CodeBuilder(this, "main", isMain: true, []);
        main(code);
        return new AcodeModule(path, _constants.ToImmutableArray(), _globals.ToImmutableArray(),
            _functions.ToImmutableArray(), code.Build());
    }

    private static Constant ToConstant(object? value) => value switch
    {
        null => NullConstant.Instance,
        bool b => new BoolConstant(b),
        int i => new IntConstant(i),
        long l => new IntConstant(l),
        BigInteger b => new BigIntConstant(b),
        double d => new FloatConstant(d),
        string s => new StringConstant(s),
        Constant c => c,
        _ => throw new ArgumentException($"no constant for {value.GetType()}"),
    };
}

/// <summary>Writes one code unit; jumps name labels, resolved when the unit is built.</summary>
public sealed class CodeBuilder
{
    private readonly AcodeBuilder _module;
    private readonly List<(Opcode Op, int? Operand, string? Label)> _code = new();
    private readonly Dictionary<string, int> _labels = new();
    private readonly List<KeyValuePair<string, int>> _locals = new();

    internal CodeBuilder(AcodeBuilder module, string name, bool isMain, string[] parameters)
    {
        _module = module;
        Name = name;
        IsMain = isMain;
        foreach (var p in parameters) Local(p);
    }

    public string Name { get; }

    public bool IsMain { get; }

    public CodeBuilder Op(Opcode op, int? operand = null)
    {
        _code.Add((op, operand, null));
        return this;
    }

    public CodeBuilder Const(object? value) => Op(Opcode.LoadConst, _module.Constant(value));

    /// <summary>The slot of a global (added if new).</summary>
    public int GlobalSlot(string name) => _module.Global(name);

    /// <summary>The constant-pool index of a value (added if new), for operands that name a constant.</summary>
    public int ConstantIndex(object? value) => _module.Constant(value);

    public CodeBuilder LoadFunc(string name) => Op(Opcode.LoadFunc, _module.Constant(name));

    /// <summary>A name in main is a global; in a function, a local if assigned there (as the original compiler decides).</summary>
    public CodeBuilder Load(string name) => !IsMain && HasLocal(name)
        ? Op(Opcode.LoadLocal, Local(name))
        : Op(Opcode.LoadGlobal, _module.Global(name));

    public CodeBuilder Store(string name) => IsMain
        ? Op(Opcode.StoreGlobal, _module.Global(name))
        : Op(Opcode.StoreLocal, Local(name));

    public CodeBuilder StoreGlobal(string name) => Op(Opcode.StoreGlobal, _module.Global(name));

    public CodeBuilder Call(int argc) => Op(Opcode.Call, argc);

    public CodeBuilder CallMethod(string name, int argc) => Op(Opcode.CallMethod, (argc << 16) | _module.Constant(name));

    public CodeBuilder Pop() => Op(Opcode.Pop);

    public CodeBuilder Return() => Op(Opcode.Return);

    public CodeBuilder Halt() => Op(Opcode.Halt);

    public CodeBuilder Label(string label)
    {
        _labels.Add(label, _code.Count);
        return this;
    }

    public CodeBuilder Jump(Opcode op, string label)
    {
        _code.Add((op, null, label));
        return this;
    }

    /// <summary>`print(args...)` as the original compiler writes it: name, arguments, CALL, POP.</summary>
    public CodeBuilder Print(params Action<CodeBuilder>[] args)
    {
        Const("print");
        foreach (var a in args) a(this);
        return Call(args.Length).Pop();
    }

    internal ImmutableArray<KeyValuePair<string, int>> LocalTable() => _locals.ToImmutableArray();

    internal CodeUnit Build() => new(Name,
        _code.Select(c => new Instruction(c.Op, c.Label is null ? c.Operand : _labels[c.Label])).ToImmutableArray(),
        IsMain);

    private bool HasLocal(string name) => _locals.Any(l => l.Key == name);

    private int Local(string name)
    {
        foreach (var (n, slot) in _locals)
            if (n == name) return slot;
        _locals.Add(new(name, _locals.Count));
        return _locals.Count - 1;
    }
}
