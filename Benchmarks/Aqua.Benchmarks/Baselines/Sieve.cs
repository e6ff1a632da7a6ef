namespace Aqua.Benchmarks.Baselines;

/// <summary>sieve.py: the Sieve of Eratosthenes up to 1,000,000, 14 times.</summary>
public static class Sieve
{
    public static void Run(TextWriter output)
    {
        const int n = 1_000_000, reps = 14;
        long total = 0;
        (int Count, int Largest) result = default;
        for (int r = 0; r < reps; r++)
        {
            result = Primes(n);
            total += result.Count;
        }
        output.Write($"sieve n={n} reps={reps}\n");
        output.Write($"primes={result.Count} largest={result.Largest} total={total}\n");
    }

    private static (int Count, int Largest) Primes(int n)
    {
        var isPrime = new bool[n + 1];
        Array.Fill(isPrime, true);
        isPrime[0] = isPrime[1] = false;
        for (int i = 2; i * i <= n; i++)
        {
            if (!isPrime[i]) continue;
            for (int k = i * i; k <= n; k += i) isPrime[k] = false;
        }
        int count = 0, largest = 0;
        for (int p = 2; p <= n; p++)
        {
            if (isPrime[p])
            {
                count++;
                largest = p;
            }
        }
        return (count, largest);
    }
}
