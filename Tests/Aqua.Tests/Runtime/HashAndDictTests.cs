using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Runtime.V;

namespace Aqua.Tests.Runtime;

/// <summary>Ops.Hash and AquaDict: Python key semantics and insertion order (ACODE.md 2.6, 2.7).</summary>
public class HashAndDictTests
{
    public static TheoryData<Value, long> HashCases => Generated.HashCases;

    /// <summary>Numbers hash exactly as CPython 3.11's hash() (folded to 32 bits).</summary>
    [Theory]
    [MemberData(nameof(HashCases))]
    public void NumericHashIsCPythons(Value v, long pythonHash) =>
        Assert.Equal((int)pythonHash ^ (int)(pythonHash >> 32), Ops.Hash(v));

    [Fact]
    public void EqualNumbersHashAlike()
    {
        Assert.Equal(Ops.Hash(I(1)), Ops.Hash(F(1.0)));
        Assert.Equal(Ops.Hash(I(1)), Ops.Hash(B(true)));
        Assert.Equal(Ops.Hash(I(0)), Ops.Hash(F(-0.0)));
        Assert.Equal(Ops.Hash(Big("18446744073709551616")), Ops.Hash(F(18446744073709551616.0)));
        Assert.Equal(Ops.Hash(I(1L << 62)), Ops.Hash(F(4611686018427387904.0)));
        Assert.Equal(Ops.Hash(T(I(1), S("a"))), Ops.Hash(T(F(1.0), S("a"))));
        Assert.Equal(Ops.Hash(S("abc")), Ops.Hash(S(new string("abc".ToCharArray()))));
        Assert.Equal(Ops.Hash(None), Ops.Hash(None));
    }

    [Theory]
    [InlineData("list")]
    [InlineData("dict")]
    [InlineData("tuple-with-list")]
    public void ListsAndDictsAreUnhashable(string kind)
    {
        Value v = kind switch
        {
            "list" => L(),
            "dict" => D(),
            _ => T(I(1), L()),
        };
        // Python: TypeError: unhashable type: 'list' (the tuple fails on its list item)
        Check.Throws(ErrorType.TypeError, kind == "dict" ? "unhashable type: 'dict'" : "unhashable type: 'list'", () => Ops.Hash(v));
        var d = new AquaDict();
        Check.Throws(ErrorType.TypeError, kind == "dict" ? "unhashable type: 'dict'" : "unhashable type: 'list'", () => d.Set(v, I(1)));
        Assert.Throws<AquaError>(() => d.TryGetValue(v, out _));
        Assert.Throws<AquaError>(() => d.Remove(v));
    }

    [Fact]
    public void OneTrueAndOnePointZeroAreOneKeyAndTheFirstKeyIsKept()
    {
        // Python: d = {}; d[1] = 'a'; d[1.0] = 'b'; d[True] = 'c' -> {1: 'c'}
        var d = new AquaDict();
        d.Set(I(1), S("a"));
        d.Set(F(1.0), S("b"));
        d.Set(B(true), S("c"));
        Assert.Equal(1, d.Count);
        Assert.Equal("{1: 'c'}", Text.Repr(Value.Object(d)));
        Assert.True(d.TryGetValue(F(1.0), out Value v));
        Assert.Equal("c", Text.Str(v));
        Assert.True(d.ContainsKey(Big("1") )); // Value.Int normalises, so this is the small 1
        Assert.False(d.ContainsKey(S("1")));
    }

    [Fact]
    public void UpdateKeepsPositionAndDeletionKeepsOrder()
    {
        // Python: d = {'a': 1, 'b': 2, 'c': 3}; d['a'] = 9; del d['b']; d['b'] = 4 -> {'a': 9, 'c': 3, 'b': 4}
        var d = new AquaDict();
        d.Set(S("a"), I(1));
        d.Set(S("b"), I(2));
        d.Set(S("c"), I(3));
        d.Set(S("a"), I(9));
        Assert.True(d.Remove(S("b")));
        Assert.False(d.Remove(S("b")));
        d.Set(S("b"), I(4));
        Assert.Equal("{'a': 9, 'c': 3, 'b': 4}", Text.Repr(Value.Object(d)));
    }

    [Fact]
    public void KeysOfEveryHashableKind()
    {
        var instance = Value.Object(new object());
        var d = new AquaDict();
        d.Set(None, I(1));
        d.Set(T(I(1), S("x")), I(2));
        d.Set(instance, I(3));
        d.Set(Big("100000000000000000000"), I(4));
        d.Set(F(2.5), I(5));
        d.Set(S(""), I(6));
        Assert.True(d.TryGetValue(None, out Value v) && v.AsLong == 1);
        Assert.True(d.TryGetValue(T(F(1.0), S("x")), out v) && v.AsLong == 2);
        Assert.True(d.TryGetValue(instance, out v) && v.AsLong == 3);
        Assert.False(d.ContainsKey(Value.Object(new object())));
        Assert.True(d.TryGetValue(F(1e20), out v) && v.AsLong == 4); // 10**20 == 1e20
        Assert.True(d.TryGetValue(F(2.5), out v) && v.AsLong == 5);
        Assert.True(d.TryGetValue(S(""), out v) && v.AsLong == 6);
        Assert.False(d.ContainsKey(I(0)));
    }

    [Fact]
    public void PopSetDefaultClearCopyAndSnapshots()
    {
        var d = new AquaDict();
        for (int i = 0; i < 5; i++) d.Set(I(i), I(i * 10));
        Assert.True(d.Pop(I(2), out Value popped));
        Assert.Equal(20, popped.AsLong);
        Assert.False(d.Pop(I(2), out _));
        Assert.Equal(30, d.SetDefault(I(3), I(99)).AsLong);
        Assert.Equal(99, d.SetDefault(I(7), I(99)).AsLong);
        Assert.Equal("[0, 1, 3, 4, 7]", Text.Repr(L(d.Keys)));
        Assert.Equal("[0, 10, 30, 40, 99]", Text.Repr(L(d.Values)));
        Assert.Equal(5, d.Items.Length);
        Assert.Equal(7, d.Items[4].Key.AsLong);

        AquaDict copy = d.Copy();
        copy.Set(I(0), S("changed"));
        copy.Set(I(100), I(1));
        Assert.Equal("{0: 0, 1: 10, 3: 30, 4: 40, 7: 99}", Text.Repr(Value.Object(d)));
        Assert.Equal("{0: 'changed', 1: 10, 3: 30, 4: 40, 7: 99, 100: 1}", Text.Repr(Value.Object(copy)));

        int version = d.Version;
        d.Set(I(0), I(5)); // a value update is not a structural change
        Assert.Equal(version, d.Version);
        d.Clear();
        Assert.NotEqual(version, d.Version);
        Assert.Equal(0, d.Count);
        Assert.Equal("{}", Text.Repr(Value.Object(d)));
        d.Set(S("x"), I(1));
        Assert.Equal("{'x': 1}", Text.Repr(Value.Object(d)));
    }

    [Fact]
    public void EntriesAndStructEnumeratorFollowInsertionOrder()
    {
        var d = new AquaDict();
        d.Set(S("b"), I(2));
        d.Set(S("a"), I(1));
        var keys = new List<string>();
        foreach (var e in d) keys.Add(Text.Str(e.Key));
        foreach (var e in d.Entries) keys.Add(Text.Str(e.Key));
        Assert.Equal(["b", "a", "b", "a"], keys);
    }

    /// <summary>Many inserts and deletes against a simple model (ordered list of pairs).</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomOperationsMatchAnOrderedModel(int seed)
    {
        var rnd = new Random(seed);
        var d = new AquaDict();
        var model = new List<(string Key, long Value)>();
        for (int step = 0; step < 5000; step++)
        {
            int k = rnd.Next(300);
            // The same logical key as an int, a float or a string, to exercise every fast path.
            Value key = k % 3 == 0 ? S("k" + k) : k % 3 == 1 ? I(k) : F(k);
            string modelKey = k % 3 == 0 ? "k" + k : k.ToString();
            int at = model.FindIndex(p => p.Key == modelKey);
            if (rnd.Next(3) == 0)
            {
                Assert.Equal(at >= 0, d.Remove(key));
                if (at >= 0) model.RemoveAt(at);
            }
            else
            {
                d.Set(key, I(step));
                if (at >= 0) model[at] = (modelKey, step);
                else model.Add((modelKey, step));
            }
            Assert.Equal(model.Count, d.Count);
        }
        int i = 0;
        foreach (var e in d)
        {
            string key = e.Key.Ref is string s ? s : Text.Str(Value.Int((long)Ops.Hash(e.Key)));
            Assert.Equal(model[i].Key, key);
            Assert.Equal(model[i].Value, e.Value.AsLong);
            i++;
        }
        Assert.Equal(model.Count, i);
    }

    [Fact]
    public void DictsWithManyCollidingIntKeys()
    {
        var d = new AquaDict();
        for (long i = 0; i < 20000; i++) d.Set(I(i << 20), I(i)); // multiples of a power of two
        for (long i = 0; i < 20000; i += 2) Assert.True(d.Remove(I(i << 20)));
        Assert.Equal(10000, d.Count);
        for (long i = 1; i < 20000; i += 2) Assert.True(d.TryGetValue(F((double)(i << 20)), out Value v) && v.AsLong == i);
    }
}
