using System.Runtime.CompilerServices;
using Aqua.Runtime;
using BenchmarkDotNet.Attributes;

namespace Aqua.Benchmarks;

/// <summary>
/// The runtime's unit costs, each through Aqua.Runtime's public API as generated code uses it,
/// <see cref="N"/> operations per invocation (the reported time is per operation). Where an
/// operation's result feeds the next one, the loop is a dependency chain, as in a program.
/// </summary>
[MemoryDiagnoser]
public class RuntimeMicroBenchmarks
{
    private const int N = 1000;

    private static readonly Value One = Value.Int(1);
    private readonly Value[] _intKeys = new Value[N];
    private readonly Value[] _strKeys = new Value[N];
    private readonly AquaDict _intDict = new();
    private readonly AquaDict _strDict = new();
    private Value _intDictValue;
    private readonly AquaList _list = new();
    private Value _listValue;

    [GlobalSetup]
    public void SetUp()
    {
        Functions.Register("inc", 1, static args => Inc(args[0]));
        for (int i = 0; i < N; i++)
        {
            _intKeys[i] = Value.Int(i * 7L);
            _strKeys[i] = Value.Str("key" + i);
            _intDict.Set(_intKeys[i], Value.Int(i));
            _strDict.Set(_strKeys[i], Value.Int(i));
        }
        _intDictValue = Value.Object(_intDict);
        _listValue = Value.Object(_list);
    }

    /// <summary>A small compiled-function-like method; kept out of line, as generated function bodies are.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value Inc(Value x) => Ops.Add(x, One);

    [Benchmark(OperationsPerInvoke = N, Description = "call: Calls.CallFunction by name")]
    public Value CallByName()
    {
        Value acc = Value.Int(0);
        for (int i = 0; i < N; i++) acc = Calls.CallFunction("inc", [acc]);
        return acc;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "call: direct static call")]
    public Value CallDirect()
    {
        Value acc = Value.Int(0);
        for (int i = 0; i < N; i++) acc = Inc(acc);
        return acc;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "int add: Ops.Add")]
    public Value IntAdd()
    {
        Value acc = Value.Int(0), step = Value.Int(3);
        for (int i = 0; i < N; i++) acc = Ops.Add(acc, step);
        return acc;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "float mul: Ops.Mul")]
    public Value FloatMul()
    {
        Value acc = Value.Float(1.0), factor = Value.Float(1.0000001);
        for (int i = 0; i < N; i++) acc = Ops.Mul(acc, factor);
        return acc;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "str concat: Ops.Add")]
    public Value StrConcat()
    {
        Value a = Value.Str("hello, "), b = Value.Str("world"), last = default;
        for (int i = 0; i < N; i++) last = Ops.Add(a, b);
        return last;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "list append: AquaList.Add")]
    public int ListAdd()
    {
        _list.Clear();
        for (int i = 0; i < N; i++) _list.Add(One);
        return _list.Count;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "list append: CallMethod(\"append\")")]
    public int ListAppendMethod()
    {
        _list.Clear();
        for (int i = 0; i < N; i++) Calls.CallMethod(_listValue, "append", [One]);
        return _list.Count;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "dict lookup: TryGetValue, int key")]
    public long DictLookupInt()
    {
        long sum = 0;
        for (int i = 0; i < N; i++)
        {
            if (_intDict.TryGetValue(_intKeys[i], out Value v)) sum += v.AsLong;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "dict lookup: TryGetValue, str key")]
    public long DictLookupStr()
    {
        long sum = 0;
        for (int i = 0; i < N; i++)
        {
            if (_strDict.TryGetValue(_strKeys[i], out Value v)) sum += v.AsLong;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "dict lookup: Items.GetItem, int key")]
    public long DictGetItem()
    {
        long sum = 0;
        for (int i = 0; i < N; i++) sum += Items.GetItem(_intDictValue, _intKeys[i]).AsLong;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "alloc: new AquaList()")]
    public AquaList NewList()
    {
        AquaList last = null!;
        for (int i = 0; i < N; i++) last = new AquaList();
        return last;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "alloc: Items.BuildDict (2 pairs)")]
    public Value BuildDict()
    {
        Value k1 = Value.Str("a"), k2 = Value.Str("b"), last = default;
        for (int i = 0; i < N; i++) last = Items.BuildDict([k1, One, k2, One]);
        return last;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "Text.Str of an int")]
    public string StrOfInt()
    {
        string last = "";
        for (int i = 0; i < N; i++) last = Text.Str(Value.Int(123_456 + i));
        return last;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "Text.Str of a float")]
    public string StrOfFloat()
    {
        string last = "";
        for (int i = 0; i < N; i++) last = Text.Str(Value.Float(3.14159 + i));
        return last;
    }
}
