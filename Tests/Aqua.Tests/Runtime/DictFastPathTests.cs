using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Runtime.V;

namespace Aqua.Tests.Runtime;

/// <summary>
/// The dict's open-addressing table, its small-int / string fast paths, the string hash and the
/// cached texts of small ints: every result must stay Python's (ACODE.md 2.7).
/// </summary>
public class DictFastPathTests
{
    private static string Repr(AquaDict d) => Text.Repr(Value.Object(d));

    [Fact]
    public void OneOnePointZeroAndTrueStayOneKeyAcrossResizes()
    {
        // Python: d = {}; d[1] = 'a'; then 1000 other keys; d[1.0] = 'b'; d[True] = 'c'
        // -> the key 1 keeps its first position and object, and its value is 'c'.
        var d = new AquaDict();
        d.Set(I(1), S("a"));
        for (int i = 2; i < 1002; i++) d.Set(I(i), I(i));
        d.Set(F(1.0), S("b"));
        d.Set(B(true), S("c"));
        Assert.Equal(1001, d.Count);
        Assert.Equal("1", Text.Repr(d.Keys[0]));
        Assert.True(d.TryGetValue(I(1), out Value v));
        Assert.Equal("c", Text.Str(v));
        Assert.True(d.ContainsKey(F(1.0)));
        Assert.True(d.ContainsKey(B(true)));
        Assert.True(d.ContainsKey(F(1001.0)));
        Assert.False(d.ContainsKey(F(1001.5)));
        Assert.True(d.ContainsKey(B(false)) == false);

        // A float key first: the float object is kept, an int finds it.
        var e = new AquaDict();
        e.Set(F(2.0), S("x"));
        e.Set(B(false), S("f"));
        e.Set(I(2), S("y"));
        e.Set(I(0), S("z"));
        Assert.Equal("{2.0: 'y', False: 'z'}", Repr(e));
    }

    [Fact]
    public void NegativeOneAndNegativeTwoShareAHashButAreTwoKeys()
    {
        // Python: hash(-1) == hash(-2) == -2
        var d = new AquaDict();
        d.Set(I(-1), S("a"));
        d.Set(I(-2), S("b"));
        d.Set(F(-1.0), S("c"));
        Assert.Equal(Ops.Hash(I(-1)), Ops.Hash(I(-2)));
        Assert.Equal("{-1: 'c', -2: 'b'}", Repr(d));
        Assert.True(d.Remove(I(-1)));
        Assert.True(d.TryGetValue(I(-2), out Value v));
        Assert.Equal("b", Text.Str(v));
        Assert.False(d.ContainsKey(I(-1)));
    }

    [Fact]
    public void BigIntKeysMatchEqualFloatsAndNeverSmallInts()
    {
        // Python: d = {2**64: 'big', 2**63 - 1: 'max', -2**63: 'min'}; d[2.0**64] == 'big'
        var d = new AquaDict();
        d.Set(Big("18446744073709551616"), S("big"));
        d.Set(I(long.MaxValue), S("max"));
        d.Set(I(long.MinValue), S("min"));
        d.Set(Big("9223372036854775808"), S("max+1"));
        Assert.Equal(4, d.Count);
        Assert.True(d.TryGetValue(F(18446744073709551616.0), out Value v));
        Assert.Equal("big", Text.Str(v));
        Assert.True(d.TryGetValue(Big("18446744073709551616"), out v));
        Assert.Equal("big", Text.Str(v));
        Assert.True(d.TryGetValue(I(long.MaxValue), out v));
        Assert.Equal("max", Text.Str(v));
        Assert.True(d.TryGetValue(F(-9223372036854775808.0), out v));
        Assert.Equal("min", Text.Str(v));
        Assert.True(d.TryGetValue(F(9223372036854775808.0), out v));
        Assert.Equal("max+1", Text.Str(v));
        Assert.False(d.ContainsKey(Big("18446744073709551617")));
        Assert.False(d.ContainsKey(I(0)));
    }

    [Fact]
    public void StringKeysMatchByContentNotIdentity()
    {
        var d = new AquaDict();
        for (int i = 0; i < 3000; i++) d.Set(S("k" + i), I(i));
        d.Set(S(""), S("empty"));
        d.Set(S("a😀é"), S("astral"));
        for (int i = 0; i < 3000; i++)
        {
            string fresh = new string(("k" + i).ToCharArray()); // a different object with the same text
            Assert.True(d.TryGetValue(S(fresh), out Value v));
            Assert.Equal(i, v.AsLong);
        }
        Assert.True(d.TryGetValue(S(new string(Array.Empty<char>())), out Value e));
        Assert.Equal("empty", Text.Str(e));
        Assert.True(d.ContainsKey(S("a" + "😀é")));
        Assert.False(d.ContainsKey(S("a😀")));
        Assert.False(d.ContainsKey(S("k3000")));
        Assert.False(d.ContainsKey(S("k")));
        Assert.False(d.ContainsKey(S("k1\0")));
        Assert.False(d.ContainsKey(I(0)));
        Assert.Equal(3002, d.Count);
    }

    [Fact]
    public void StringHashIsContentBasedAndSpreads()
    {
        var seen = new HashSet<int>();
        var texts = new List<string>();
        for (int i = 0; i < 20000; i++) texts.Add("k" + i);
        for (int len = 0; len < 40; len++) texts.Add(new string('x', len));
        for (char c = 'a'; c <= 'z'; c++)
        for (char c2 = 'A'; c2 <= 'Z'; c2++) texts.Add(new string([c, c2]));
        foreach (string t in texts)
        {
            Assert.Equal(Ops.Hash(S(t)), Ops.Hash(S(new string(t.ToCharArray()))));
            seen.Add(Ops.Hash(S(t)));
        }
        // Not a guarantee of Python, but a broken hash (e.g. ignoring a tail) would collapse these.
        Assert.True(seen.Count > texts.Count - 5, $"{seen.Count} distinct hashes of {texts.Count} texts");
        // Tuples hash their string items the same way.
        Assert.Equal(Ops.Hash(T(S("ab"), I(1))), Ops.Hash(T(S(new string("ab".ToCharArray())), F(1.0))));
    }

    [Fact]
    public void DeletingAndReinsertingKeepsPythonOrder()
    {
        // Python: d = {i: i for i in range(100)}; delete the even keys; re-add 0, 2; add 100..199
        var d = new AquaDict();
        var expected = new List<long>();
        for (int i = 0; i < 100; i++) d.Set(I(i), I(i));
        for (int i = 0; i < 100; i += 2) Assert.True(d.Remove(I(i)));
        for (int i = 1; i < 100; i += 2) expected.Add(i);
        d.Set(I(0), S("again"));
        d.Set(I(2), S("again"));
        expected.Add(0);
        expected.Add(2);
        for (int i = 100; i < 200; i++)
        {
            d.Set(I(i), I(i));
            expected.Add(i);
        }
        Assert.Equal(expected, d.Keys.Select(k => k.AsLong));
        Assert.Equal(expected.Count, d.Count);
        var enumerated = new List<long>();
        foreach (var entry in d) enumerated.Add(entry.Key.AsLong);
        Assert.Equal(expected, enumerated);
        Assert.Equal(expected, d.Items.Select(kv => kv.Key.AsLong));
        Assert.Equal(d.Values.Length, d.Count);
        Assert.False(d.ContainsKey(I(4)));
        Assert.False(d.Pop(I(4), out _));
        Assert.True(d.Pop(I(0), out Value popped));
        Assert.Equal("again", Text.Str(popped));
    }

    [Fact]
    public void ManyDeletionsThenInsertionsCompactTheTable()
    {
        // Insert and delete distinct keys far more times than the table has slots.
        var d = new AquaDict();
        d.Set(S("keep"), I(-1));
        for (int i = 0; i < 100_000; i++)
        {
            d.Set(I(i), I(i));
            if (i >= 3) Assert.True(d.Remove(I(i - 3)));
        }
        Assert.Equal("{'keep': -1, 99997: 99997, 99998: 99998, 99999: 99999}", Repr(d));
        d.Clear();
        Assert.Equal(0, d.Count);
        Assert.False(d.ContainsKey(S("keep")));
        d.Set(S("after"), I(1));
        Assert.Equal("{'after': 1}", Repr(d));
    }

    [Fact]
    public void GrowthKeepsEveryKeyAndTheOrder()
    {
        var d = new AquaDict();
        long x = 12345;
        var order = new List<long>();
        var present = new HashSet<long>();
        for (int i = 0; i < 200_000; i++)
        {
            x = x * 16807 % 2147483647;
            long k = x % 150_000;
            if (present.Add(k)) order.Add(k);
            d.Set(I(k), I(i));
        }
        Assert.Equal(order.Count, d.Count);
        Assert.Equal(order, d.Keys.Select(k => k.AsLong));
        for (long k = -10; k < 160_000; k++) Assert.Equal(present.Contains(k), d.ContainsKey(I(k)));
        var copy = d.Copy();
        Assert.Equal(order, copy.Keys.Select(k => k.AsLong));
        copy.Set(I(-5), I(0));
        Assert.False(d.ContainsKey(I(-5)));
    }

    [Fact]
    public void SetDefaultAndCopyOfEmptyAndPresizedDicts()
    {
        var d = new AquaDict(100);
        Assert.False(d.ContainsKey(I(1)));
        Assert.False(d.Remove(S("a")));
        Assert.Equal(0, d.Copy().Count);
        Assert.Equal("x", Text.Str(d.SetDefault(S("a"), S("x"))));
        Assert.Equal("x", Text.Str(d.SetDefault(S("a"), S("y"))));
        Assert.Equal("{'a': 'x'}", Repr(d.Copy()));
        Check.Throws(ErrorType.TypeError, "unhashable type: 'list'", () => new AquaDict().Pop(L(), out _));
    }

    /// <summary>Random operations on mixed key kinds against a list-of-pairs model with Python ==.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomOperationsMatchAListModel(int seed)
    {
        var rng = new Random(seed);
        Value[] pool =
        [
            I(0), I(1), I(-1), I(-2), I(2), I(7), I(1000), I(long.MaxValue), I(long.MinValue),
            F(0.0), F(-0.0), F(1.0), F(2.5), F(7.0), F(-2.0), F(1e300),
            B(true), B(false), None,
            S(""), S("a"), S("b"), S("ab"), S("k1"), S("k10"), S("😀"),
            Big("18446744073709551616"), F(18446744073709551616.0), Big("-99999999999999999999"),
            T(I(1), S("a")), T(F(1.0), S("a")), T(), T(B(true), S("a")),
        ];
        for (int i = 0; i < 300; i++) pool = [.. pool, I(rng.Next(-50, 50)), S("s" + rng.Next(100))];

        var dict = new AquaDict();
        var model = new List<(Value Key, Value Value)>();
        int ModelIndex(Value key) => model.FindIndex(p => Ops.IsEqual(p.Key, key));
        for (int step = 0; step < 20_000; step++)
        {
            // Fresh string objects sometimes, so identity never decides a string match.
            Value key = pool[rng.Next(pool.Length)];
            if (key.Ref is string text && rng.Next(2) == 0) key = S(new string(text.ToCharArray()));
            int m = ModelIndex(key);
            switch (rng.Next(6))
            {
                case 0:
                case 1:
                    dict.Set(key, I(step));
                    if (m >= 0) model[m] = (model[m].Key, I(step));
                    else model.Add((key, I(step)));
                    break;
                case 2:
                    Assert.Equal(m >= 0, dict.Remove(key));
                    if (m >= 0) model.RemoveAt(m);
                    break;
                case 3:
                    Assert.Equal(m >= 0, dict.ContainsKey(key));
                    break;
                case 4:
                    Assert.Equal(m >= 0, dict.TryGetValue(key, out Value got));
                    if (m >= 0) Assert.Equal(model[m].Value.AsLong, got.AsLong);
                    break;
                default:
                    if (rng.Next(200) == 0)
                    {
                        dict.Clear();
                        model.Clear();
                    }
                    break;
            }
            Assert.Equal(model.Count, dict.Count);
        }
        var keys = dict.Keys;
        Assert.Equal(model.Count, keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            Assert.Equal(Text.Repr(model[i].Key), Text.Repr(keys[i]));
            Assert.Equal(model[i].Value.AsLong, dict.Values[i].AsLong);
        }
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(7L, "7")]
    [InlineData(999L, "999")]
    [InlineData(1023L, "1023")]
    [InlineData(1024L, "1024")]
    [InlineData(-1L, "-1")]
    [InlineData(-1000L, "-1000")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    public void StrOfSmallIntsIsTheDecimalText(long n, string text)
    {
        Assert.Equal(text, Text.Str(I(n)));
        Assert.Equal(text, Text.Str(I(n))); // again, from the cache where there is one
        Assert.Equal(text, Text.Repr(I(n)));
        Assert.Equal("k" + text, Text.Str(Ops.Add(S("k"), S(Text.Str(I(n))))));
    }
    [Fact]
    public void Str_key_writes_match_the_general_write_with_colliding_keys_tombstones_and_resizes()
    {
        // TypedDicts.Set probes by the str hash (AquaDict.FindStr) and leaves a slot of the same hash
        // holding another kind of key to the general write: both dicts must end alike at every step.
        var names = Enumerable.Range(0, 40).Select(i => $"k{i}").Append("").ToArray();
        var rng = new Random(7);
        Value fast = Value.Object(new AquaDict()), general = Value.Object(new AquaDict());
        void Both(Action<Value> act)
        {
            act(fast);
            act(general);
        }
        // Int keys hashing exactly like some of the strs (an int below 2^32 hashes as itself, folded).
        foreach (string n in names.Take(5))
        {
            long twin = (uint)Ops.Hash(S(n));
            Assert.Equal(Ops.Hash(S(n)), Ops.Hash(I(twin)));
            Both(d => Items.SetItem(d, I(twin), S("int")));
        }
        for (int step = 0; step < 3000; step++)
        {
            // A new string object each time, so equal keys are found by their characters, not by reference.
            string key = new string(names[rng.Next(names.Length)].AsSpan());
            Value value = I(step);
            switch (rng.Next(4))
            {
                case 0:
                    ((AquaDict)fast.Ref!).Remove(S(key));
                    ((AquaDict)general.Ref!).Remove(S(key));
                    break;
                default:
                    TypedDicts.Set(fast, S(key), value);
                    Items.SetItem(general, S(key), value);
                    break;
            }
            Assert.Equal(Text.Repr(general), Text.Repr(fast));
        }
        // A key of another kind, and a container that is not a dict, take the general write and its error.
        TypedDicts.Set(fast, F(1.5), S("f"));
        Items.SetItem(general, F(1.5), S("f"));
        Assert.Equal(Text.Repr(general), Text.Repr(fast));
        var error = Assert.Throws<AquaError>(() => TypedDicts.Set(S("str"), S("k"), I(1)));
        Assert.Equal(
            Assert.Throws<AquaError>(() => Items.SetItem(S("str"), S("k"), I(1))).Message, error.Message);
    }
}
