namespace Aqua.Compare;

/// <summary>One thing to time: a side's command for a program, and the output it must print.</summary>
public sealed record Contender(string Side, Command Command, string ExpectedStdout);

/// <summary>The median wall time of a contender, or why it has none.</summary>
public sealed record Timing(double? MedianMs, string? Failure)
{
    public static readonly Timing NotAvailable = new(null, null);
}

/// <summary>
/// Times contenders in one interleaved run: each repetition runs every contender once, and the
/// order rotates from one repetition to the next, so slow drifts of a noisy machine hit all
/// sides alike. Every run's stdout must equal the expected output exactly; a run that differs
/// (or exits non-zero) is reported at once and the contender gets no time.
/// </summary>
public static class RoundRobin
{
    public static Timing[] Measure(IReadOnlyList<Contender> contenders, int runs, string benchmark, TextWriter log)
    {
        var times = contenders.Select(_ => new List<double>()).ToArray();
        var failures = new string?[contenders.Count];
        for (int rep = 0; rep < runs; rep++)
        {
            for (int k = 0; k < contenders.Count; k++)
            {
                int i = (k + rep) % contenders.Count;
                if (failures[i] is not null) continue;
                var result = ProcessTimer.Run(contenders[i].Command);
                failures[i] = Check(contenders[i], result, benchmark, log);
                times[i].Add(result.WallMs);
            }
        }
        return contenders.Select((_, i) => failures[i] is not null ? new Timing(null, failures[i]) : new Timing(Median(times[i]), null)).ToArray();
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string? Check(Contender contender, ProcessResult result, string benchmark, TextWriter log)
    {
        string? failure =
            result.ExitCode != 0 ? $"exit code {result.ExitCode}"
            : result.Stdout != contender.ExpectedStdout ? "wrong output"
            : null;
        if (failure is null) return null;
        log.WriteLine($"*** MISMATCH: {benchmark} on {contender.Side}: {failure} ({contender.Command})");
        log.WriteLine($"*** expected stdout:\n{contender.ExpectedStdout}*** actual stdout:\n{result.Stdout}*** stderr:\n{result.Stderr}");
        return failure;
    }
}
