namespace Aqua.Benchmarks.Baselines;

/// <summary>queens.py: counting the 12-queens solutions by backtracking, 3 times, with occupancy arrays.</summary>
public static class Queens
{
    private sealed class Board(int n)
    {
        public readonly int N = n;
        public readonly bool[] Cols = new bool[n];
        public readonly bool[] Diag1 = new bool[2 * n - 1];
        public readonly bool[] Diag2 = new bool[2 * n - 1];
        public long Calls;
    }

    public static void Run(TextWriter output)
    {
        const int n = 12, reps = 3;
        var board = new Board(n);
        long solutions = 0;
        for (int rep = 0; rep < reps; rep++) solutions += Place(board, 0);
        output.Write($"queens n={n} reps={reps}\n");
        output.Write($"solutions={solutions} calls={board.Calls}\n");
    }

    private static long Place(Board b, int row)
    {
        b.Calls++;
        if (row == b.N) return 1;
        long count = 0;
        for (int c = 0; c < b.N; c++)
        {
            int d1 = row + c, d2 = row - c + b.N - 1;
            if (b.Cols[c] || b.Diag1[d1] || b.Diag2[d2]) continue;
            b.Cols[c] = b.Diag1[d1] = b.Diag2[d2] = true;
            count += Place(b, row + 1);
            b.Cols[c] = b.Diag1[d1] = b.Diag2[d2] = false;
        }
        return count;
    }
}
