using System.Globalization;
using System.Text;

namespace Aqua.Compare;

/// <summary>The median wall times of one benchmark, one per side (in the order of the sides).</summary>
public sealed record BenchmarkResult(string Name, Timing[] Timings);

/// <summary>
/// The comparison table: per benchmark the work time of each side (its median minus that side's
/// start-up median, floored at <see cref="EpsilonMs"/> so ratios stay finite), the ratios
/// CPython/aquac and Node/aquac, a start-up row, and the geometric means of the ratios.
/// The first side is aquac, the reference of the ratios.
/// </summary>
public static class ResultTable
{
    public const double EpsilonMs = 1.0;

    public static double? WorkMs(Timing timing, Timing startup) =>
        timing.MedianMs is { } total && startup.MedianMs is { } start ? Math.Max(total - start, EpsilonMs) : null;

    public static string Render(IReadOnlyList<Side> sides, Timing[] startup, IReadOnlyList<BenchmarkResult> results, bool markdown)
    {
        var header = new List<string> { "benchmark" };
        header.AddRange(sides.Select(s => $"{s.Label} ms"));
        header.AddRange(sides.Skip(1).Select(s => $"{s.Label}/{sides[0].Label}"));

        var rows = new List<string[]> { Row("start-up (empty program)", sides, startup.Select(Cell), []) };
        var ratios = sides.Skip(1).Select(_ => new List<double>()).ToArray();
        foreach (var result in results)
        {
            var work = result.Timings.Select((t, i) => WorkMs(t, startup[i])).ToArray();
            var cells = result.Timings.Select((t, i) => t.Failure is not null ? $"FAIL: {t.Failure}" : Ms(work[i]));
            var ratioCells = new List<string>();
            for (int i = 1; i < sides.Count; i++)
            {
                double? ratio = work[i] / work[0];
                if (ratio is { } r) ratios[i - 1].Add(r);
                ratioCells.Add(Ratio(ratio));
            }
            rows.Add(Row(result.Name, sides, cells, ratioCells));
        }
        var means = ratios.Select(r => Ratio(r.Count == 0 ? null : GeometricMean(r)));
        rows.Add(Row(markdown ? "**geometric mean**" : "geometric mean", sides, sides.Select(_ => ""), means));

        return markdown ? Markdown(header, rows) : Text(header, rows);
    }

    public static double GeometricMean(IReadOnlyList<double> values) => Math.Exp(values.Average(Math.Log));

    public static string Ms(double? ms) => ms switch
    {
        null => "n/a",
        < 10 => ms.Value.ToString("F1", CultureInfo.InvariantCulture),
        _ => ms.Value.ToString("F0", CultureInfo.InvariantCulture),
    };

    private static string Cell(Timing t) => t.Failure is not null ? $"FAIL: {t.Failure}" : Ms(t.MedianMs);

    private static string Ratio(double? ratio) => ratio is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) : "n/a";

    private static string[] Row(string name, IReadOnlyList<Side> sides, IEnumerable<string> times, IEnumerable<string> ratios)
    {
        var row = new List<string> { name };
        row.AddRange(times);
        row.AddRange(ratios);
        while (row.Count < 2 * sides.Count) row.Add("");
        return row.ToArray();
    }

    private static string Markdown(List<string> header, List<string[]> rows)
    {
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", header).Append(" |\n");
        sb.Append("|---").Append(string.Concat(Enumerable.Repeat("|---:", header.Count - 1))).Append("|\n");
        foreach (var row in rows) sb.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        return sb.ToString();
    }

    private static string Text(List<string> header, List<string[]> rows)
    {
        var all = rows.Prepend(header.ToArray()).ToList();
        var widths = Enumerable.Range(0, header.Count).Select(c => all.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (var row in all)
        {
            sb.Append(row[0].PadRight(widths[0]));
            for (int c = 1; c < row.Length; c++) sb.Append("  ").Append(row[c].PadLeft(widths[c]));
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
