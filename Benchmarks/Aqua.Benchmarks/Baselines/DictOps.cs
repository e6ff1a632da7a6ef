namespace Aqua.Benchmarks.Baselines;

/// <summary>dict_ops.py: counting 2,000,000 pseudo-random keys in a Dictionary&lt;long, long&gt;, string keys in a second one.</summary>
public static class DictOps
{
    public static void Run(TextWriter output)
    {
        const int n = 2_000_000, keySpace = 40_000;
        var counts = new Dictionary<long, long>();
        var names = new Dictionary<string, long>();
        var keys = new long[keySpace];
        int nkeys = 0;
        long x = 12345, hits = 0;
        for (long i = 0; i < n; i++)
        {
            x = x * 16807 % 2147483647;
            long k = x % keySpace;
            if (counts.TryGetValue(k, out long c))
            {
                counts[k] = c + 1;
                hits++;
            }
            else
            {
                counts[k] = 1;
                keys[nkeys++] = k;
            }
            names[$"k{k % 1000}"] = i;
        }
        long checksum = 0;
        for (int j = 0; j < nkeys; j++) checksum = (checksum + counts[keys[j]] * (j + 1)) % 1000003;
        long present = 0;
        for (long q = 0; q < 2 * keySpace; q++)
        {
            if (counts.ContainsKey(q)) present++;
        }
        long nameSum = 0;
        for (int q = 0; q < 1200; q++)
        {
            if (names.TryGetValue($"k{q}", out long position)) nameSum += position;
        }
        output.Write($"dict_ops n={n} key_space={keySpace}\n");
        output.Write($"distinct={nkeys} hits={hits} present={present} checksum={checksum} name_sum={nameSum}\n");
    }
}
