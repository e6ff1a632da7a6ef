using Aqua.Bench;

namespace Aqua.Compare;

/// <summary>The command line: <c>[--runs N] [--only a,b] [--markdown] [--fib30]</c>.</summary>
public sealed record CompareOptions(int Runs, IReadOnlyList<string> Benchmarks, bool Markdown, bool Fib30)
{
    public const string Usage =
        """
        usage: Aqua.Compare [--runs N] [--only a,b] [--markdown] [--fib30]
          --runs N     repetitions per benchmark (default 5); each side runs once per repetition
          --only a,b   only these benchmarks (default: all of ../shared/bench)
          --markdown   print the result as a Markdown table with a line describing the machine
          --fib30      also report the program time of fib(30) compiled by aquac
        """;

    /// <summary>The options, or an error message for bad usage.</summary>
    public static (CompareOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        int runs = 5;
        IReadOnlyList<string> benchmarks = BenchSuite.Names;
        bool markdown = false, fib30 = false;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--runs" when i + 1 < args.Count && int.TryParse(args[i + 1], out runs) && runs > 0:
                    i++;
                    break;
                case "--only" when i + 1 < args.Count:
                    benchmarks = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    string? unknown = benchmarks.FirstOrDefault(b => !BenchSuite.Names.Contains(b));
                    if (unknown is not null) return (null, $"unknown benchmark '{unknown}' (known: {string.Join(", ", BenchSuite.Names)})");
                    break;
                case "--markdown":
                    markdown = true;
                    break;
                case "--fib30":
                    fib30 = true;
                    break;
                default:
                    return (null, $"bad argument '{args[i]}'");
            }
        }
        return (new CompareOptions(runs, benchmarks, markdown, fib30), null);
    }
}
